/**
 * The document page in Chromium: for each corpus PDF, the time from opening document.html?url=… to a checked
 * report (fetch, pdf.js start, reading every page, the check) and to the last drawn page with findings, read from
 * the page's own performance marks; median of several openings, each a fresh page (a new pdf.js worker, as when a
 * user clicks 「检查附件」). Uses the test build that browserBench built.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../tools/browser';
import { serveFixtures } from '../tools/server';

const RUNS = 5;
const PDF_DIR = join(import.meta.dirname, '../test/fixtures/pdf');

export interface DocumentCost {
  pdf: string;
  /** Median ms from navigation to the checked report. */
  checked: number;
  /** Median ms from navigation to the last page drawn. */
  drawn: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function documentBench(): Promise<DocumentCost[]> {
  const srv = await serveFixtures();
  const ext = await launchWithExtension();
  const out: DocumentCost[] = [];
  try {
    for (const file of readdirSync(PDF_DIR).filter((f) => f.endsWith('.pdf'))) {
      const name = file.replace(/\.pdf$/, '');
      const url = `chrome-extension://${ext.extensionId}/document.html?url=${encodeURIComponent(`${srv.base}/pdf/${file}`)}`;
      const checked: number[] = [];
      const drawn: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const page = await ext.ctx.newPage();
        await page.goto(url);
        await page.waitForFunction(
          () => {
            const sheets = Array.from(document.querySelectorAll('.sheet'));
            return sheets.length > 0 && sheets.every((s) => s.getAttribute('data-drawn') === 'true');
          },
          undefined,
          { timeout: 60_000 },
        );
        const marks = await page.evaluate(() => ({
          checked: performance.getEntriesByName('govreport:checked')[0]?.startTime ?? Number.NaN,
          drawn: Math.max(...performance.getEntriesByName('govreport:drawn').map((e) => e.startTime)),
        }));
        await page.close();
        // The first opening warms the disk cache and the browser's code cache; it is not counted.
        if (i === 0) continue;
        checked.push(marks.checked);
        drawn.push(marks.drawn);
      }
      out.push({ pdf: name, checked: median(checked), drawn: median(drawn) });
    }
  } finally {
    await ext.close();
    await srv.close();
  }
  return out;
}
