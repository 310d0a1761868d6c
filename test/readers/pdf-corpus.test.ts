// The three real PDF reports of ../shared/corpus (copied to test/fixtures/pdf), read by pdf.js in Node and the
// engine's PDF layout: every cell of 表三 and 表四 as the PDF prints it (the .cells.json files were checked row by
// row against each PDF's own text layer and against SOURCES.md), and the findings a person finds in them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { analyze, type Analysis } from '../../core/index';
import { T3_COLS, T4_COLS, T4_GROUP_IDS } from '../../core/vocabulary';
import { FIXTURES } from '../helpers';
import { pictureOnlyPdf } from '../support/pdf';

type Read = Extract<Analysis, { isReport: true }>;

async function read(name: string): Promise<Read> {
  const reading = await readPdf(new Uint8Array(readFileSync(join(FIXTURES, 'pdf', `${name}.pdf`))));
  expect(reading.warnings).toEqual([]);
  const a = analyze(parseHtml(reading.html), `${name}.pdf`, { debug: true });
  if (!a.isReport) throw new Error(`${name}: not a report (${a.reason})`);
  return a;
}

function expectCells(a: Read, name: string) {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'pdf', `${name}.cells.json`), 'utf8')) as {
    T3: Record<string, number[]>;
    T4: Record<string, number[]>;
  };
  const t3 = a.report.tables.T3!;
  expect(Object.keys(t3.rows).sort()).toEqual(Object.keys(expected.T3).sort());
  for (const [row, values] of Object.entries(expected.T3)) {
    expect(
      T3_COLS.map((c) => t3.rows[row]!.cells[c]?.value),
      row,
    ).toEqual(values);
  }
  for (const g of T4_GROUP_IDS)
    expect(
      T4_COLS.map((c) => a.report.tables.T4!.rows[g]!.cells[c]?.value),
      g,
    ).toEqual(expected.T4[g]);
  const cells = Object.values(expected.T3).flat().length + 15;
  return cells;
}

const rules = (a: Read) => a.findings.map((f) => f.rule).sort();

describe('PDF reports of the corpus', () => {
  it('Hongze 2023: every cell; the two 表四 group totals, the 19-row （六）, the typo label', async () => {
    const a = await read('hongze-qu-renmin-zhengfu_2023');
    expect(expectCells(a, 'hongze-qu-renmin-zhengfu_2023')).toBe(23 * 7 + 15);
    expect(a.report).toMatchObject({ agency: '洪泽区人民政府', year: 2023, formatVersion: '2021' });
    expect(rules(a)).toEqual(['STR-07', 'SUM-05', 'SUM-07', 'TBL-04', 'TBL-06']);
    const msg = (rule: string) => a.findings.find((f) => f.rule === rule)!.message;
    expect(msg('SUM-05')).toBe('表四 行政复议：维持+纠正+其他+尚未审结=10+1+0+0=11 ≠ 总计0');
    expect(msg('SUM-07')).toBe('表四 复议后起诉：分项之和5+0+0+0=5 ≠ 总计0');
    expect(msg('TBL-04')).toBe('“（六）其他处理”缺少3个细分项（2021版格式）');
    expect(msg('TBL-06')).toContain('2.其他法律行政止公开');
  });

  it('Hongze 2024: every cell; the same deviation and typo, and the text’s 17 applications against 95', async () => {
    const a = await read('hongze-qu-renmin-zhengfu_2024');
    expect(expectCells(a, 'hongze-qu-renmin-zhengfu_2024')).toBe(23 * 7 + 15);
    expect(a.report).toMatchObject({ agency: '淮安市洪泽区人民政府', year: 2024 });
    expect(rules(a)).toEqual(['STR-07', 'TBL-04', 'TBL-06', 'TXT-01']);
    expect(a.findings.find((f) => f.rule === 'TXT-01')!.message).toBe(
      '正文申请数17件与表三（新收95，上年结转0）不一致',
    );
  });

  it('Huai’an 2024: every cell, the label cut by the page break ("（四）无｜法提供") joined; nothing at error or warning level', async () => {
    const a = await read('huaian-shi-renmin-zhengfu_2024');
    expect(expectCells(a, 'huaian-shi-renmin-zhengfu_2024')).toBe(25 * 7 + 15);
    expect(a.report).toMatchObject({ agency: '淮安市人民政府', year: 2024 });
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(a.relationsChecked).toBe(44);
  });

  it('keeps where each value came from: page and box on the page', async () => {
    const a = await read('huaian-shi-renmin-zhengfu_2024');
    const cell = a.report.tables.T3!.rows.r4_2!.cells.total!;
    expect(cell.value).toBe(11);
    expect(cell.source.page).toBe(5);
    expect(cell.source.box).toHaveLength(4);
    const [x, y, w, h] = cell.source.box!;
    expect(x).toBeGreaterThan(0);
    expect(x + w).toBeLessThanOrEqual(595);
    expect(y + h).toBeLessThanOrEqual(842);
  });
});

describe('PDFs that cannot be checked', () => {
  it('a PDF with no text layer is read by OCR, and where that finds no text either, says so plainly', async () => {
    const reading = await readPdf(pictureOnlyPdf());
    expect(reading).toEqual({ html: '', pages: 1, tables: 0, warnings: [{ kind: 'nothing-read', pages: 1 }] });
  });

  it('bytes that are no PDF are an error the command line reports, not a crash', async () => {
    await expect(readPdf(new TextEncoder().encode('<html>not a pdf</html>'))).rejects.toThrow();
  });
});
