/**
 * npm run bench:ocr — how well scans are read (issue 30's figures): the printed fixtures scanned at 150, 200 and
 * 300 dpi with each distortion of tools/scans.ts, read by the command line's OCR and checked; per dpi and
 * distortion, the share of 表三/表四 cells read exactly (against the HTML page), errors the HTML page does not
 * raise (on sound and on planted reports alike), planted errors found, and seconds a page.
 * `npm run bench:ocr -- 200 scanner` measures one dpi, or one distortion, or both.
 * `npm run bench:ocr -- --page`: instead, the document page in Chromium (the test build) on a 10-page scan at 200 dpi
 * (Shanghai 2019, scanner's distortion): seconds from picking the file to the checked report, median of 3.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../cli/document';
import { parseHtml } from '../cli/load';
import { analyze, type Analysis } from '../core/index';
import type { PdfJsLib } from '../core/readers/pdf-pages';
import { cellValues } from '../tools/cell-values';
import { DISTORTIONS, scanPdf } from '../tools/scans';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');
const REPORTS = ['seed-001-xiangtan-2024', 'seed-004-weidong-2023', 'corpus-shanghai-2019', 'planted-arithmetic'];
const DPIS = [150, 200, 300];

type Read = Extract<Analysis, { isReport: true }>;

const errorsOf = (a: Read) => a.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`);

/** 表三's and 表四's cells, the ones the issue counts. */
const cellsOf = (a: Read) => cellValues(a, ['T3', 'T4']);

const args = process.argv.slice(2);
if (args.includes('--page')) {
  await pageBench();
  process.exit(0);
}

async function pageBench(): Promise<void> {
  const { launchWithExtension } = await import('../tools/browser');
  const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLib;
  const printed = new Uint8Array(readFileSync(join(FIXTURES, 'printed', 'corpus-shanghai-2019.ruled.pdf')));
  const scan = Buffer.from(await scanPdf(lib, printed, 200, DISTORTIONS.scanner!));
  const ext = await launchWithExtension();
  const seconds: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const page = await ext.ctx.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/document.html`);
      const picked = Date.now();
      await page
        .locator('[data-action="pick"]')
        .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: scan });
      await page.waitForFunction(() => performance.getEntriesByName('govreport:checked').length > 0, undefined, {
        timeout: 300_000,
      });
      seconds.push((Date.now() - picked) / 1000);
      await page.close();
    }
  } finally {
    await ext.close();
  }
  seconds.sort((a, b) => a - b);
  console.log(
    `document page, 10-page scan at 200 dpi: ${seconds[1]!.toFixed(1)} s (runs ${seconds.map((s) => s.toFixed(1)).join(', ')})`,
  );
}
const dpis = DPIS.filter((d) => !args.some((a) => /^\d+$/.test(a)) || args.includes(String(d)));
const kinds = Object.keys(DISTORTIONS).filter((k) => !args.some((a) => a in DISTORTIONS) || args.includes(k));
const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLib;

const rows: string[][] = [
  ['dpi', 'distortion', '表三/表四 cells exact', 'errors not on the page', 'planted found', 's / page'],
];
for (const dpi of dpis) {
  for (const kind of kinds) {
    let [exact, cells, extra, found, planted, seconds, pages] = [0, 0, 0, 0, 0, 0, 0];
    const notes: string[] = [];
    for (const name of REPORTS) {
      const page = analyze(parseHtml(readFileSync(join(FIXTURES, `${name}.html`), 'utf8')), name) as Read;
      const printed = new Uint8Array(readFileSync(join(FIXTURES, 'printed', `${name}.ruled.pdf`)));
      const scan = await scanPdf(lib, printed, dpi, DISTORTIONS[kind]!);
      const t = performance.now();
      const reading = await readDocument(`${name}.pdf`, scan);
      seconds += (performance.now() - t) / 1000;
      const want = cellsOf(page);
      const wantErrors = errorsOf(page);
      cells += want.size;
      if (name === 'planted-arithmetic') planted += wantErrors.length;
      if ('error' in reading) {
        notes.push(`${name}: ${reading.error}`);
        continue;
      }
      pages += Number(/(\d+)页图片/.exec(reading.notes[0] ?? '')?.[1] ?? 0);
      const a = analyze(parseHtml(reading.html), name);
      if (!a.isReport) {
        notes.push(`${name}: not a report (${a.reason})`);
        continue;
      }
      const got = cellsOf(a);
      for (const [k, v] of want) if (got.get(k) === v) exact++;
      const gotErrors = errorsOf(a);
      extra += gotErrors.filter((e) => !wantErrors.includes(e)).length;
      if (name === 'planted-arithmetic') found += wantErrors.filter((e) => gotErrors.includes(e)).length;
    }
    rows.push([
      String(dpi),
      kind,
      `${((exact / cells) * 100).toFixed(2)}% (${exact}/${cells})`,
      String(extra),
      `${found}/${planted}`,
      (seconds / Math.max(1, pages)).toFixed(1),
    ]);
    console.log(rows[rows.length - 1]!.join(' | '), notes.length ? `— ${notes.join('; ')}` : '');
  }
}
console.log();
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
