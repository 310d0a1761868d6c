// Findings as text to paste: one sentence with severity, rule and place; a report as header and numbered list.
import { describe, expect, it } from 'vitest';
import { countFindings } from '../../core/counts';
import { findingText, reportText } from '../../core/findings-text';
import { locationOf } from '../../core/location';
import { checkSummary } from '../../core/summary';
import { analyzeFixture } from '../helpers';

describe('findings as text', () => {
  const a = analyzeFixture('planted-arithmetic');
  if (!a.isReport) throw new Error('not a report');
  const sum01 = a.findings.find((f) => f.rule === 'SUM-01' && f.cells?.[0]?.col === 'np')!;

  it('one finding: severity, rule, the message with its numbers, and where it is', () => {
    expect(findingText(sum01, locationOf(sum01), 'zh')).toBe(
      '【错误】SUM-01 表三“自然人”列：新收20+上年结转1=21 ≠ 办理结果总计18+结转下年度4=22（位置：表三 一、本年新收政府信息公开申请数量/自然人）',
    );
    expect(findingText(sum01, locationOf(sum01), 'en')).toBe(
      '[Error] SUM-01 Table 3, column “natural persons”: new 20 + carried over 1 = 21 ≠ handled total 18 + carried forward 4 = 22 (at table 3, new applications this year / natural persons)',
    );
  });

  it('places a finding without cells by its section, or the whole report', () => {
    expect(locationOf({ section: 'S5' })).toEqual({
      zh: '五、存在的主要问题及改进情况',
      en: 'Part 5: Problems and improvements',
    });
    expect(locationOf({})).toEqual({ zh: '全文', en: 'the whole report' });
  });

  it('the whole report: title, address, counts and what was checked, then every finding numbered', () => {
    const text = reportText(
      {
        title: a.report.title,
        url: 'http://127.0.0.1/planted-arithmetic.html',
        counts: countFindings(a.findings),
        summary: checkSummary(a.report, a.findings, a.relationsChecked),
        findings: a.findings,
        locations: a.findings.map(locationOf),
      },
      'zh',
    );
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '湘潭县卫生健康局2024年政府信息公开工作年度报告',
      'http://127.0.0.1/planted-arithmetic.html',
      '错误10项，警告7项，提示5项；表二、表三、表四已读取，52项勾稽关系中42项成立、10项不成立',
    ]);
    expect(lines.slice(4)).toHaveLength(a.findings.length);
    expect(lines[4]).toMatch(/^1\. 【错误】/);
  });
});
