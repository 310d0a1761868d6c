// Spec §4: what a correct checker reports for each of the five seed reports, asserted rule by rule.
import { describe, expect, it } from 'vitest';
import { analyzeFixture, findingsOf } from './helpers';

function report(name: string) {
  const a = analyzeFixture(name);
  if (!a.isReport) throw new Error(`${name} not detected`);
  return a;
}

const counts = (name: string) => {
  const f = findingsOf(analyzeFixture(name));
  return [
    f.filter((x) => x.severity === 'error').length,
    f.filter((x) => x.severity === 'warning').length,
    f.filter((x) => x.severity === 'info').length,
  ];
};

describe('seed 000 沙河市卫生健康局 2024', () => {
  const a = report('seed-000-shahe-2024');
  it('finds only TBL-04 for the one-row （六） and STR-07', () => {
    expect(a.findings.map((f) => f.rule).sort()).toEqual(['STR-07', 'TBL-04']);
    expect(a.findings.find((f) => f.rule === 'TBL-04')!.message).toContain('（六）其他处理”缺少3个细分项');
    expect(counts('seed-000-shahe-2024')).toEqual([0, 1, 1]);
  });
  it('reads the title, the year and all six sections despite the bookmark before 二', () => {
    expect(a.report.year).toBe(2024);
    expect(a.report.agency).toBe('沙河市卫生健康局');
    expect(a.report.sections.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
  });
  it('has 23 numeric rows in table 3 and sums （七） with the single （六） row', () => {
    const t3 = a.report.tables.T3!;
    expect(Object.keys(t3.rows)).toHaveLength(23);
    expect(t3.rows.r6!.cells.total!.value).toBe(0);
  });
  it('parses cells written as "　　0"', () => {
    expect(a.report.tables.T2!.rows.rules!.cells.issued).toMatchObject({ value: 0, status: 'number' });
    expect(a.report.tables.T2!.rows.penalty!.cells.decisions!.value).toBe(21);
  });
});

describe('seed 001 湘潭县卫生健康局 2024', () => {
  const a = report('seed-001-xiangtan-2024');
  it('finds only STR-07', () => {
    expect(a.findings.map((f) => f.rule)).toEqual(['STR-07']);
  });
  it('reads the complete 2021 tables (25 rows) across the 续表 split, and T2 行政许可 209 / 行政处罚 9', () => {
    expect(Object.keys(a.report.tables.T3!.rows)).toHaveLength(25);
    expect(a.report.tables.T3!.pageTables.length).toBe(2);
    expect(a.report.tables.T3!.rows.new!.cells.np!.value).toBe(1);
    expect(a.report.tables.T3!.rows.r1!.cells.total!.value).toBe(1);
    expect(a.report.tables.T2!.rows.licensing!.cells.decisions!.value).toBe(209);
    expect(a.report.tables.T2!.rows.penalty!.cells.decisions!.value).toBe(9);
  });
});

describe('seed 002 济宁市兖州区卫生健康局 2024', () => {
  const a = report('seed-002-yanzhou-2024');
  it('finds STR-02 on the heading of 三, STR-09 in 六 and STR-07', () => {
    expect(a.findings.map((f) => f.rule).sort()).toEqual(['STR-02', 'STR-07', 'STR-09']);
    expect(a.findings.find((f) => f.rule === 'STR-02')!.section).toBe('S3');
    expect(a.findings.find((f) => f.rule === 'STR-09')!.message).toContain('（一）（二）（五）（六）（七）');
    expect(counts('seed-002-yanzhou-2024')).toEqual([0, 1, 2]);
  });
  it('still finds 三 by its core text, and normalises labels broken over lines', () => {
    expect(a.report.sections.find((s) => s.id === 'S3')!.numeral).toBeNull();
    const t3 = a.report.tables.T3!;
    expect(t3.rows.r5_5!.fuzzy).toBe(false);
    expect(t3.rows.r6_3!.cells.total!.value).toBe(1);
    expect(a.report.tables.T4!.rows.review!.cells.kept!.value).toBe(0);
    expect(a.report.tables.T2!.rows.penalty!.cells.decisions!.value).toBe(41);
  });
});

describe('seed 003 隆德县卫生健康局 2024', () => {
  const a = report('seed-003-longde-2024');
  it('finds TBL-02 on table 4 (header only) and STR-07; SUM-05/06/07 and TXT-04 stay silent', () => {
    expect(a.findings.map((f) => f.rule).sort()).toEqual(['STR-07', 'TBL-02']);
    expect(a.findings.find((f) => f.rule === 'TBL-02')!.table).toBe('T4');
    expect(counts('seed-003-longde-2024')).toEqual([1, 0, 1]);
  });
  it('reads the row shifted one cell left by its label (no TBL-03/05)', () => {
    const row = a.report.tables.T3!.rows.r3_3!;
    expect(row.dataCells).toBe(7);
    expect(Object.values(row.cells).every((c) => c.value === 0)).toBe(true);
  });
});

describe('seed 004 卫东区卫生健康委员会 2023', () => {
  const a = report('seed-004-weidong-2023');
  it('takes the year from the title (2023) and finds only STR-10 (no statistics period)', () => {
    expect(a.report.year).toBe(2023);
    expect(a.findings.map((f) => f.rule)).toEqual(['STR-10']);
    expect(a.findings[0]!.severity).toBe('info');
  });
  it('reads table 4 from the row before the phantom row of &nbsp;', () => {
    expect(a.report.tables.T4!.rows.litAfterReview!.cells.total!.value).toBe(0);
    expect(a.report.tables.T4!.rows.review!.dataCells).toBe(15);
  });
});
