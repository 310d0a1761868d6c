// Reports as spreadsheets: the national layout of the three tables, the findings and batch sheets, CSV for Excel/WPS,
// and the .xlsx writer read back by an independent reader (exceljs) cell by cell.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toExport } from '../../core/index';
import { batchSheets, reportSheets, sourceKind, toCsv, type Sheet } from '../../core/sheets';
import { columnName, xlsxParts } from '../../core/xlsx';
import { analyzeFixture } from '../helpers';

function exportOf(name: string) {
  const a = analyzeFixture(name);
  if (!a.isReport) throw new Error(`${name}: not a report`);
  return toExport(a);
}

function xlsx(sheets: Sheet[]): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(xlsxParts(sheets)).map(([k, v]) => [k, strToU8(v)])));
}

async function readBack(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** A sheet's values as exceljs reads them, row by row; null for empty cells and the covered part of a merge. */
function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1).map((v, i) => {
      const cell = ws.getCell(n, i + 1);
      return cell.isMerged && cell.master.address !== cell.address ? null : (v ?? null);
    });
  });
  return out;
}

const trim = (rows: unknown[][]) =>
  rows.map((r) => {
    const copy = [...r];
    while (copy.length && copy.at(-1) === null) copy.pop();
    return copy;
  });

describe('one report as sheets', () => {
  const exp = exportOf('planted-arithmetic');
  const sheets = reportSheets(exp);

  it('has 表二, 表三, 表四 and 问题', () => {
    expect(sheets.map((s) => s.name)).toEqual(['表二', '表三', '表四', '问题']);
  });

  it('lays 表三 out as the national form: 申请人情况 over 自然人, 法人或其他组织 (five) and 总计', () => {
    const t3 = sheets[1]!;
    expect(t3.rows.slice(0, 3)).toEqual([
      ['项目', '申请人情况', null, null, null, null, null, null],
      [null, '自然人', '法人或其他组织', null, null, null, null, '总计'],
      [null, null, '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', null],
    ]);
    expect(t3.rows[3]).toEqual(['一、本年新收政府信息公开申请数量', 20, 0, 0, 0, 0, 0, 20]);
    const fwd = t3.rows.find((r) => r[0] === '四、结转下年度继续办理');
    expect(fwd).toEqual(['四、结转下年度继续办理', 4, 0, 0, 0, 0, 0, 4]);
    expect(t3.merges).toContainEqual([0, 1, 0, 7]);
  });

  it('keeps 表四 in one row under 行政复议 / 行政诉讼 and 表二 by 第二十条 item', () => {
    const t4 = sheets[2]!;
    expect(t4.rows[0]![0]).toBe('行政复议');
    expect(t4.rows[0]![5]).toBe('行政诉讼');
    expect(t4.rows[3]).toEqual([1, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 3, 0, 2]);
    const t2 = sheets[0]!;
    expect(t2.rows[0]![0]).toBe('第二十条第（一）项');
    expect(t2.rows[1]).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(t2.rows.find((r) => r[0] === '行政强制')).toEqual(['行政强制', -2]);
  });

  it('lists every finding with severity, rule, message and place', () => {
    const f = sheets[3]!;
    expect(f.rows).toHaveLength(exp.findings.length + 1);
    expect(f.rows).toContainEqual([
      expect.any(Number),
      '错误',
      'SUM-01',
      '表三“自然人”列：新收20+上年结转1=21 ≠ 办理结果总计18+结转下年度4=22',
      '表三 一、本年新收政府信息公开申请数量/自然人',
    ]);
  });

  it('an .xlsx that another reader opens with the same values, merges and sheet names', async () => {
    const wb = await readBack(xlsx(sheets));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表二', '表三', '表四', '问题']);
    for (const [i, sheet] of sheets.entries()) {
      const ws = wb.worksheets[i]!;
      expect(trim(values(ws))).toEqual(trim(sheet.rows));
      for (const [r1, c1, r2, c2] of sheet.merges) {
        expect(ws.getCell(r2 + 1, c2 + 1).isMerged).toBe(true);
        expect(ws.getCell(r2 + 1, c2 + 1).master.address).toBe(`${columnName(c1)}${r1 + 1}`);
      }
    }
    expect(wb.worksheets[1]!.getCell('B1').font?.bold).toBe(true);
  });
});

describe('表二 in the 2019 form', () => {
  it('keeps the form’s column order: 上一年项目数量, 本年增/减, 处理决定数量', () => {
    const sheets = reportSheets(exportOf('corpus-shanghai-2019'));
    const t2 = sheets.find((s) => s.name === '表二')!;
    expect(t2.rows.find((r) => r[0] === '信息内容' && r.includes('处理决定数量'))).toEqual([
      '信息内容',
      '上一年项目数量',
      '本年增/减',
      '处理决定数量',
    ]);
  });
});

describe('a batch as sheets', () => {
  const entries = [
    { source: 'a.html', kind: '网页', report: exportOf('planted-arithmetic') },
    { source: 'b.html', kind: '网页', report: exportOf('seed-001-xiangtan-2024') },
    { source: 'https://x.gov.cn/c.html', kind: '网页', problem: '反爬虫验证页，未能读取' },
  ];
  const [summary, findings] = batchSheets(entries);

  it('a summary row per report, the first error, and the reports that could not be read', () => {
    expect(summary!.rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['湘潭县卫生健康局', 2024, '网页', 10, 7, 5],
      ['湘潭县卫生健康局', 2024, '网页', 0, 0, 1],
      [null, null, '网页', null, null, null],
    ]);
    expect(summary!.rows[1]![6]).toMatch(/^数值无效|^表三/);
    expect(summary!.rows[3]![8]).toBe('反爬虫验证页，未能读取');
  });

  it('a report without errors gives its first warning where the first error would be, as the batch page does', () => {
    const [sheet] = batchSheets([{ source: 'd.html', kind: '网页', report: exportOf('seed-002-yanzhou-2024') }]);
    const report = exportOf('seed-002-yanzhou-2024');
    expect(report.counts.error).toBe(0);
    expect(sheet!.rows[1]![6]).toBe(`警告：${report.findings.find((f) => f.severity === 'warning')!.message}`);
  });

  it('every finding of every report with its agency and source', () => {
    expect(findings!.rows).toHaveLength(1 + 22 + 1);
    expect(findings!.rows.at(-1)).toEqual([
      '湘潭县卫生健康局',
      2024,
      1,
      '提示',
      'STR-07',
      '未说明上年度问题的整改情况',
      '五、存在的主要问题及改进情况',
      'b.html',
    ]);
  });
});

describe('the kind of source', () => {
  it.each([
    ['https://x.gov.cn/a.html', '网页'],
    ['https://x.gov.cn/a.PDF?download=1', 'PDF'],
    ['报告.docx', 'Word'],
    ['https://x.gov.cn/art/2025/1/1/art_1.html#附件.pdf', '网页'],
  ])('%s → %s', (source, kind) => {
    expect(sourceKind(source)).toBe(kind);
  });
});

describe('CSV for Excel and WPS', () => {
  it('UTF-8 with a byte-order mark, CRLF, quoted where needed, formulas defused', () => {
    expect(
      toCsv([
        ['机关', '说明'],
        ['甲局', '含,逗号'],
        ['乙局', '含"引号"\n换行'],
        [null, '=HYPERLINK("x")'],
        [-2, '-3'],
      ]),
    ).toBe('\ufeff机关,说明\r\n甲局,"含,逗号"\r\n乙局,"含""引号""\n换行"\r\n,"\'=HYPERLINK(""x"")"\r\n-2,-3\r\n');
  });
});

describe('the writer', () => {
  it('names columns past Z', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes markup and drops characters XML cannot hold; sheet names made legal and unique', async () => {
    const sheet = (name: string): Sheet => ({
      name,
      rows: [['<b>&"x"\u0001', 1.5]],
      merges: [],
      headerRows: 0,
      widths: [],
    });
    const wb = await readBack(xlsx([sheet('a/b:c'), sheet('a/b:c')]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['a b c', 'a b c_2']);
    expect(values(wb.worksheets[0]!)).toEqual([['<b>&"x"', 1.5]]);
  });
});
