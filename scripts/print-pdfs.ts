/**
 * npx tsx scripts/print-pdfs.ts — the printed-report fixtures (test/fixtures/printed): fixture reports printed to
 * PDF by Chromium, as an agency's staff print a page or save a Word file as PDF, in the layouts the PDF reader meets:
 * tables with their rules and without (Word/WPS tables with hidden borders), with rules between rows only, with
 * 表三 alone without rules, A4 portrait and landscape, and page breaks falling inside every table. test/readers/printed.test.ts holds each to its HTML page, cell for cell.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tools/browser';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');
const OUT = join(FIXTURES, 'printed');

/** Reports of both formats, the CMSs' markups among them, a planted error, and the 2019 form's 表二. */
export const PRINTED_REPORTS = [
  'seed-001-xiangtan-2024',
  'seed-002-yanzhou-2024',
  'seed-004-weidong-2023',
  'corpus-shanghai-2019',
  'planted-arithmetic',
] as const;

const RULED = 'table{border-collapse:collapse} td,th{border:1px solid #000 !important}';
const BORDERLESS = 'table,tr,td,th{border:none !important} table{border-collapse:collapse}';
/** Every table broken across two pages after its eighth row (and again after its twentieth). */
const SPLIT = 'tr:nth-child(9),tr:nth-child(21){break-before:page}';

/** Rules between rows only, none between columns (a typeset table, or Word's 'horizontal borders only'). */
const ROWS_RULED = `${BORDERLESS} td,th{border-bottom:1px solid #000 !important} table{border-top:1.5px solid #000 !important}`;
/** 表三 alone without rules, the other tables with theirs (a report pieced together from several files). */
const PLAIN = '[data-print-plain] td,[data-print-plain] th{border:none !important}';

interface Layout {
  css: string;
  landscape: boolean;
  /** Tables whose text holds this are marked data-print-plain. */
  plain?: string;
}

export const LAYOUTS: Record<string, Layout> = {
  ruled: { css: RULED, landscape: false },
  borderless: { css: BORDERLESS, landscape: false },
  'ruled-landscape': { css: RULED, landscape: true },
  'borderless-landscape': { css: BORDERLESS, landscape: true },
  'ruled-split': { css: `${RULED} ${SPLIT}`, landscape: false },
  'borderless-split': { css: `${BORDERLESS} ${SPLIT}`, landscape: false },
  'rows-ruled': { css: ROWS_RULED, landscape: false },
  'mixed-split': { css: `${RULED} ${PLAIN} ${SPLIT}`, landscape: false, plain: '申请人' },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  // The layouts named on the command line, or all of them.
  const only = process.argv.slice(2);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  try {
    const page = await browser.newPage();
    for (const name of PRINTED_REPORTS) {
      const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
      for (const [layout, { css, landscape, plain }] of Object.entries(LAYOUTS)) {
        if (only.length && !only.includes(layout)) continue;
        await page.setContent(html, { waitUntil: 'load' });
        if (plain)
          await page.evaluate((words) => {
            for (const t of document.querySelectorAll('table'))
              if (t.textContent?.includes(words)) t.setAttribute('data-print-plain', '');
          }, plain);
        // Cells sized in px and kept from wrapping by a Word export (Shanghai 2019) overflow A4 and would be cut off:
        // the tables fit the page.
        const fit = 'table{max-width:100% !important} td,th{width:auto !important;white-space:normal !important}';
        await page.addStyleTag({ content: `body{font-family:"WenQuanYi Zen Hei",sans-serif} ${fit} ${css}` });
        const pdf = await page.pdf({
          format: 'A4',
          landscape,
          margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        });
        writeFileSync(join(OUT, `${name}.${layout}.pdf`), pdf);
      }
    }
  } finally {
    await browser.close();
  }
}
