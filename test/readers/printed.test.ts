// Fixture reports printed to PDF by Chromium (scripts/print-pdfs.ts): with their tables' rules and without (Word and
// WPS tables with hidden borders), A4 portrait and landscape, and with page breaks falling inside every table. Each
// reading is held to the HTML page's own: every canonical cell of 表二, 表三 and 表四, and the same errors and
// warnings. Where a table without rules is not read whole, the check says so (DET-05) and draws nothing from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { analyze, type Analysis } from '../../core/index';
import { LAYOUTS, PRINTED_REPORTS } from '../../scripts/print-pdfs';
import { analyzeFixture, FIXTURES } from '../helpers';

type Read = Extract<Analysis, { isReport: true }>;

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

/** Every canonical cell's value, by table, row and column. */
function cells(a: Read): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [id, table] of Object.entries(a.report.tables))
    for (const [row, data] of Object.entries(table.rows))
      for (const [col, cell] of Object.entries(data.cells)) out.set(`${id}.${row}.${col}`, cell.value);
  return out;
}

/** The errors and warnings, as rule ids with their messages. */
const raised = (a: Read) =>
  a.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.message}`)
    .sort();

/**
 * The readings not yet exact, and the tables they read short: Shanghai 2019 without rules (a sparse 表三 whose rows go
 * on across pages; 表四 whose heads and row a page break parts).
 */
const SHORT: Record<string, string[]> = {
  'corpus-shanghai-2019.borderless': ['T3'],
  'corpus-shanghai-2019.borderless-landscape': ['T4'],
  'corpus-shanghai-2019.borderless-split': ['T3'],
};

const all = PRINTED_REPORTS.flatMap((name) => Object.keys(LAYOUTS).map((layout) => [name, layout] as const));
const exact = all.filter(([n, l]) => !SHORT[`${n}.${l}`]);

describe('printed reports read as their HTML pages', () => {
  it.each(exact)('%s, %s: every cell, the same errors and warnings', async (name, layout) => {
    const [pdf, html] = [await readPrinted(name, layout), page(name)];
    expect(Object.fromEntries(cells(pdf))).toEqual(Object.fromEntries(cells(html)));
    expect(raised(pdf)).toEqual(raised(html));
  });

  it('reads 27 of the 30 printings exactly, of both forms, with rules and without, whole and across pages', () => {
    expect(exact).toHaveLength(27);
    const layouts = new Set(exact.map(([, l]) => l));
    expect([...layouts].sort()).toEqual(Object.keys(LAYOUTS).sort());
    expect(exact.some(([n]) => n === 'corpus-shanghai-2019')).toBe(true);
  });
});

describe('a table read short says so and is not checked', () => {
  it.each(Object.entries(SHORT))('%s: DET-05 for %j, and nothing the page itself does not raise', async (key, ids) => {
    const [name, layout] = key.split('.') as [string, string];
    const [pdf, html] = [await readPrinted(name, layout), page(name)];
    const notices = pdf.findings.filter((f) => f.rule === 'DET-05');
    expect(notices.map((f) => f.table).sort()).toEqual(ids);
    for (const f of notices) {
      const { read, expected } = pdf.report.reading![f.table!]!;
      expect(read).toBeLessThan(expected);
      expect(f.message).toBe(
        `${{ T2: '表二', T3: '表三', T4: '表四' }[f.table!]}读取不完整（读到${read}/${expected}格），未检查`,
      );
    }
    // Findings from the tables read whole are the page's own; none comes from a table read short.
    const own = new Set(raised(html));
    for (const f of raised(pdf).filter((m) => !m.startsWith('DET-05'))) expect(own).toContain(f);
    expect(pdf.findings.some((f) => f.rule !== 'DET-05' && ids.includes(f.table ?? ''))).toBe(false);
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
