// Fixture reports printed to PDF by Chromium (scripts/print-pdfs.ts): with their tables' rules and without (Word and
// WPS tables with hidden borders), A4 portrait and landscape, and with page breaks falling inside every table. Each
// reading is held to the HTML page's own: every canonical cell of 表二, 表三 and 表四, and the same errors and
// warnings. Where a table is not read whole (a page without text), the check says so (DET-05) and draws nothing from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { analyze, type Analysis } from '../../core/index';
import { pdfToHtml } from '../../core/readers/pdf-layout';
import { readPdfPages, type PdfJsLib } from '../../core/readers/pdf-pages';
import { LAYOUTS, PRINTED_REPORTS } from '../../scripts/print-pdfs';
import { cellValues } from '../../tools/cell-values';
import { analyzeFixture, FIXTURES } from '../helpers';

type Read = Extract<Analysis, { isReport: true }>;

const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLib>;

async function readPrinted(name: string, layout: string): Promise<Read> {
  const reading = await readPdf(new Uint8Array(readFileSync(join(FIXTURES, 'printed', `${name}.${layout}.pdf`))));
  const a = analyze(parseHtml(reading.html), `${name}.${layout}.pdf`, { debug: true });
  if (!a.isReport) throw new Error(`${name}.${layout}: not a report (${a.reason})`);
  return a;
}

function page(name: string): Read {
  const a = analyzeFixture(name);
  if (!a.isReport) throw new Error(`${name}: not a report`);
  return a;
}

/** The errors and warnings, as rule ids with their messages. */
const raised = (a: Read) =>
  a.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.message}`)
    .sort();

const all = PRINTED_REPORTS.flatMap((name) => Object.keys(LAYOUTS).map((layout) => [name, layout] as const));

describe('printed reports read as their HTML pages', () => {
  it.each(all)('%s, %s: every cell, the same errors and warnings', async (name, layout) => {
    const [pdf, html] = [await readPrinted(name, layout), page(name)];
    expect(Object.fromEntries(cellValues(pdf))).toEqual(Object.fromEntries(cellValues(html)));
    expect(raised(pdf)).toEqual(raised(html));
  });

  it('holds all 40 printings: both forms; with rules, without, between rows only, 表三 alone without; whole and across pages; portrait and landscape', () => {
    expect(all).toHaveLength(40);
    expect(Object.keys(LAYOUTS)).toHaveLength(8);
  });
});

describe('a table read short says so and is not checked', () => {
  // A page whose text layer is lost (an image page amid text ones, or a page clipped by the writer) takes 表三's
  // rows on it away: the reading counts them, says 表三 was read short, and draws nothing from it.
  it('a page of 表三 with no text: DET-05 for 表三, and nothing the page itself does not raise', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'printed', 'corpus-shanghai-2019.borderless.pdf')));
    const pages = await readPdfPages(await pdfjs(), bytes);
    const lost = pages.map((p) => (p.n === 6 ? { ...p, text: [] } : p));
    const pdf = analyze(parseHtml(pdfToHtml(lost).html), 'lost-page.pdf', { debug: true });
    if (!pdf.isReport) throw new Error('not a report');
    const notices = pdf.findings.filter((f) => f.rule === 'DET-05');
    expect(notices.map((f) => f.table)).toEqual(['T3']);
    const { read, expected } = pdf.report.reading!.T3!;
    expect([read < expected, expected]).toEqual([true, 161]);
    expect(notices[0]!.message).toBe(`表三读取不完整（读到${read}/161格），未检查`);
    // Findings from the tables read whole are the page's own; none comes from the table read short.
    const own = new Set(raised(page('corpus-shanghai-2019')));
    for (const f of raised(pdf).filter((m) => !m.startsWith('DET-05'))) expect(own).toContain(f);
    expect(pdf.findings.some((f) => f.rule !== 'DET-05' && f.table === 'T3')).toBe(false);
  });

  it('a document with tables read by their rules carries no reading counts', async () => {
    const a = await readPrinted('seed-001-xiangtan-2024', 'ruled');
    expect(a.report.reading).toBeUndefined();
    expect((await readPrinted('seed-001-xiangtan-2024', 'borderless')).report.reading).toEqual({
      T2: { read: 10, expected: 10 },
      T3: { read: 175, expected: 175 },
      T4: { read: 15, expected: 15 },
    });
  });
});
