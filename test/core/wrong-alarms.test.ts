// Classes of wrong alarms seen on real portals (issue 9, items 1–6): each reproduced by a fixture rendered the way
// a CMS renders it, each failing before the fix.
import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../core/sections';
import { analyzeFixture, analyzeHtml, findingsOf } from '../helpers';

const rules = (name: string) => findingsOf(analyzeFixture(name)).map((f) => f.rule);

describe('wrong alarms', () => {
  it('1. a notice whose attachment is the blank official template is not a report', () => {
    const a = analyzeFixture('not-report-template');
    expect(a).toMatchObject({ isReport: false, reason: 'template' });
  });

  it('1. a notice that carries a real report (its year, its numbers) is still checked', () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>${title}</h1>` +
      [
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
      ]
        .map((h) => `<p>${h}</p><p>正文。</p>`)
        .join('') +
      '<table><tr><td>本年新收政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table></body></html>';
    expect(analyzeHtml(page('关于印发某区2024年政府信息公开工作年度报告的通知')).isReport).toBe(true);
    expect(analyzeHtml(page('政府信息公开工作年度报告格式')).isReport).toBe(false);
  });

  it('2. a numbered heading with a stray character is its section', () => {
    expect(matchHeading('四、政府信息公开行政法复议、行政诉讼情况')).toMatchObject({ def: { id: 'S4' }, numeral: 4 });
    expect(matchHeading('六、其它需要报告的事项')).toMatchObject({ def: { id: 'S6' } });
    expect(matchHeading('四、行政复议、行政诉讼情况')).toMatchObject({ def: { id: 'S4' } });
    expect(rules('real-zone-typo-heading')).not.toContain('STR-01');
  });

  it('2. but not a sentence, a sub-heading, or a heading numbered as another section', () => {
    expect(matchHeading('无其他需要报告的事项。')).toBeUndefined();
    expect(matchHeading('（一）主动公开政府信息情况')).toBeUndefined();
    expect(matchHeading('三、政府信息管理')).toBeUndefined();
    expect(matchHeading('五、下一步工作打算')).toBeUndefined();
    expect(matchHeading('二、依申请公开')).toBeUndefined();
  });

  it('3. "政府信息公开未发生收费情况" reports the fee (no STR-08)', () => {
    expect(rules('real-zone-typo-heading')).not.toContain('STR-08');
  });

  it('4. a development zone’s 管委会 is held to the government deadline (31 March)', () => {
    const a = analyzeFixture('real-zone-typo-heading');
    if (!a.isReport) throw new Error('not a report');
    expect(a.report.agency).toBe('湘潭经济技术开发区管委会');
    expect(a.report.publishDate).toBe('2025-03-10');
    expect(a.findings.map((f) => f.rule)).not.toContain('STR-11');
  });

  it('5. 表三 all blank where the text says no applications: the blank-cell warning, not "只有表头"', () => {
    const f = findingsOf(analyzeFixture('real-no-applications-blank'));
    expect(f.map((x) => x.rule)).not.toContain('TBL-02');
    expect(f.find((x) => x.rule === 'TBL-03')).toMatchObject({ severity: 'warning', table: 'T3' });
  });

  it('6. a row with a 总计 and every applicant cell blank is reported', () => {
    const f = findingsOf(analyzeFixture('planted-blank-applicants')).find((x) => x.rule === 'SUM-02');
    expect(f?.message).toBe('表三“(五)不予处理2.重复申请”行：总计为1，但各类申请人栏全部空白');
    expect(f?.cells?.[0]).toEqual({ table: 'T3', row: 'r5_2', col: 'total' });
  });
});
