// The real Shanghai 2019 page: what a person computes by hand (../shared/corpus/SOURCES.md).
import { describe, expect, it } from 'vitest';
import { analyzeFixture } from './helpers';

const a = analyzeFixture('corpus-shanghai-2019');

describe('上海市人民政府办公厅 2019 (2019 form, real markup)', () => {
  if (!a.isReport) throw new Error('not detected');
  const { report, findings } = a;

  it('is read as a 2019-form report', () => {
    expect(report.formatVersion).toBe('2019');
    expect(report.publishDate).toBe('2020-01-31');
    expect(findings.some((f) => f.rule === 'DET-04')).toBe(true);
  });

  it('holds 一+二 = （七）+四 in the 自然人 and 总计 columns (821+18 = 767+72; 859+18 = 805+72)', () => {
    const t3 = report.tables.T3!;
    expect([
      t3.rows.new!.cells.np!.value,
      t3.rows.carry!.cells.np!.value,
      t3.rows.r7!.cells.np!.value,
      t3.rows.fwd!.cells.np!.value,
    ]).toEqual([821, 18, 767, 72]);
    expect([
      t3.rows.new!.cells.total!.value,
      t3.rows.carry!.cells.total!.value,
      t3.rows.r7!.cells.total!.value,
      t3.rows.fwd!.cells.total!.value,
    ]).toEqual([859, 18, 805, 72]);
    expect(findings.filter((f) => f.rule.startsWith('SUM-'))).toEqual([]);
  });

  it('reports the empty 总计 column of the result rows once, as blanks (TBL-03)', () => {
    const t3blank = findings.filter((f) => f.rule === 'TBL-03' && f.table === 'T3');
    expect(t3blank).toHaveLength(1);
    expect(t3blank[0]!.cells).toContainEqual({ table: 'T3', row: 'r1', col: 'total' });
    expect(t3blank[0]!.cells).not.toContainEqual({ table: 'T3', row: 'new', col: 'total' });
  });

  it('reads table 4: 复议 5+0+0+2 = 7, 直接起诉 8+0+0+1 = 9, 复议后起诉 empty', () => {
    const t4 = report.tables.T4!;
    expect(t4.rows.review!.cells.kept!.value).toBe(5);
    expect(t4.rows.review!.cells.pending!.value).toBe(2);
    expect(t4.rows.review!.cells.total!.value).toBe(7);
    expect(t4.rows.litDirect!.cells.total!.value).toBe(9);
    expect(t4.rows.litAfterReview!.cells.total!.value).toBeNull();
  });

  it('maps table 2 by header order despite different colspans, and keeps the unit of 251000元', () => {
    const t2 = report.tables.T2!;
    expect(t2.rows.rules!.cells.totalPublic!.value).toBe(524);
    expect(t2.rows.licensing!.cells.prevCount!.value).toBe(0);
    expect(t2.rows.procurement!.cells.procAmount).toMatchObject({ value: 251000, unit: '元' });
  });

  it('finds the text that disagrees with the table: 258 vs 272+3 = 275, 265 vs 265+47+25 = 337', () => {
    const txt = findings.filter((f) => f.rule === 'TXT-03').map((f) => f.message);
    // 总计 is blank in these rows: the message shows the applicant columns it added instead.
    expect(txt).toEqual([
      '正文“予以公开及部分公开258件”与表三（275=258+12+1+1+3，“总计”栏空白，按各类申请人相加）不一致',
      '正文“无法提供265件”与表三（337=252+12+1+44+3+25，“总计”栏空白，按各类申请人相加）不一致',
    ]);
  });
});
