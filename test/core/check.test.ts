// The runner: a rule that throws is a failure apart from the findings ("could not check"), and debug rethrows.
import { describe, expect, it } from 'vitest';
import { check } from '../../core/check';
import { analyze, toExport } from '../../core/index';
import { ExportSchema } from '../../core/export-schema';
import { defineRule } from '../../core/rules/types';
import { checkSummary } from '../../core/summary';
import { RULES } from '../../core/rules/registry';
import { analyzeFixture, loadFixture } from '../helpers';

const thrower = defineRule(
  {
    id: 'SUM-99',
    severity: 'error',
    summary: { zh: '测试用', en: 'for the test' },
    messages: { default: { zh: '不应出现', en: 'never shown' } },
  },
  () => {
    throw new Error('boom');
  },
);

function report() {
  const a = analyzeFixture('seed-001-xiangtan-2024');
  if (!a.isReport) throw new Error('not a report');
  return a.report;
}

describe('check', () => {
  it('records a throwing rule as a failure, not as a finding of that rule', () => {
    const result = check(report(), { rules: [...RULES, thrower] });
    expect(result.failures).toEqual([{ rule: 'SUM-99', error: 'Error: boom' }]);
    expect(result.findings.some((f) => f.rule === 'SUM-99')).toBe(false);
    // The other rules still ran: the seed's one finding is there.
    expect(result.findings.map((f) => f.rule)).toEqual(['STR-07']);
  });

  it('rethrows in debug mode', () => {
    expect(() => check(report(), { rules: [thrower], debug: true })).toThrow('boom');
  });

  it('a report without failures exports none; with failures the export lists them and validates', () => {
    const a = analyze(loadFixture('seed-001-xiangtan-2024'));
    if (!a.isReport) throw new Error('not a report');
    expect(a.failures).toEqual([]);
    expect('failures' in toExport(a)).toBe(false);
    const failed = toExport({ ...a, failures: [{ rule: 'SUM-99', error: 'Error: boom' }] });
    expect(ExportSchema.safeParse(JSON.parse(JSON.stringify(failed))).success).toBe(true);
    expect(failed.failures).toEqual([{ rule: 'SUM-99', error: 'Error: boom' }]);
  });
});

describe('a table read short (DET-05)', () => {
  it('draws no finding from it, nor from its absence: the planted errors of 表三 give way to the notice', () => {
    const a = analyzeFixture('planted-arithmetic');
    if (!a.isReport) throw new Error('not a report');
    const inT3 = (f: { table?: string; cells?: { table: string }[] }) =>
      f.table === 'T3' || !!f.cells?.some((c) => c.table === 'T3');
    expect(a.findings.some(inT3)).toBe(true);
    const { T3: _, ...tables } = a.report.tables;
    const short = { ...a.report, tables, reading: { T3: { read: 21, expected: 175 }, T4: { read: 15, expected: 15 } } };
    const { findings } = check(short);
    expect(findings.filter(inT3).map((f) => f.rule)).toEqual(['DET-05']);
    expect(findings.some((f) => f.rule === 'TBL-01')).toBe(false);
    // 表四 was read whole: its planted sums are still found.
    expect(findings.some((f) => f.rule === 'SUM-05')).toBe(true);
  });
});

describe('checkSummary', () => {
  it('tells a correct report so, with the number of relations that hold (seed 001: 44)', () => {
    const a = analyzeFixture('seed-001-xiangtan-2024');
    if (!a.isReport) throw new Error('not a report');
    expect(checkSummary(a.report, a.findings, a.relationsChecked)).toEqual({
      zh: '表二、表三、表四已读取，44项勾稽关系全部成立',
      en: 'table 2, table 3, table 4 read; all 44 relations hold',
    });
  });

  it('counts the relations that fail among those checked (planted arithmetic)', () => {
    const a = analyzeFixture('planted-arithmetic');
    if (!a.isReport) throw new Error('not a report');
    const failed = a.findings.filter((f) => f.rule.startsWith('SUM-')).length;
    expect(failed).toBeGreaterThan(0);
    expect(checkSummary(a.report, a.findings, a.relationsChecked).zh).toBe(
      `表二、表三、表四已读取，${a.relationsChecked}项勾稽关系中${a.relationsChecked - failed}项成立、${failed}项不成立`,
    );
  });
});
