// Is this page a report at all? Its title or main heading must name one AND its body must hold the structure.
import { describe, expect, it } from 'vitest';
import { agencyOf, looksLikeReportTitle, yearOf } from '../../core/meta';
import { matchHeading } from '../../core/sections';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFixture, analyzeHtml, FIXTURES } from '../helpers';

describe('detection', () => {
  it.each(['not-report-list', 'not-report-news', 'not-report-budget', 'not-report-guide'])(
    '%s is not a report',
    (name) => {
      expect(analyzeFixture(name).isReport).toBe(false);
    },
  );

  it('a document holding two years’ reports (a comparison printout) is said to be that, not checked as one', () => {
    const body = (name: string) =>
      /<body[^>]*>([\s\S]*)<\/body>/i.exec(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'))![1];
    const both = `<html><head><title>湘潭县卫生健康局2023年、2024年政府信息公开工作年度报告对比</title></head><body>${body('xy-xiangtan-2023')}${body('seed-001-xiangtan-2024')}</body></html>`;
    expect(analyzeHtml(both)).toMatchObject({ isReport: false, reason: 'several-reports' });
    // One report whose 表三 the CMS split in two (续表) is still one report.
    expect(analyzeFixture('seed-001-xiangtan-2024').isReport).toBe(true);
  });

  it('title variants', () => {
    expect(looksLikeReportTitle('2019年上海市人民政府办公厅政府信息公开工作年度报告')).toBe(true);
    expect(looksLikeReportTitle('某区政务公开工作年度报告')).toBe(true);
    expect(looksLikeReportTitle('某市人民政府办公室政府信息公开指南')).toBe(false);
    expect(looksLikeReportTitle('首页 > 政府信息公开 > 政府信息公开年报')).toBe(false);
  });

  it('year and agency from the title, never from today', () => {
    expect(yearOf('卫东区卫生健康委员会 2023 年政府信息公开工作年度报告')).toBe(2023);
    expect(agencyOf('卫东区卫生健康委员会 2023 年政府信息公开工作年度报告')).toBe('卫东区卫生健康委员会');
    expect(agencyOf('2019年上海市人民政府办公厅政府信息公开工作年度报告')).toBe('上海市人民政府办公厅');
    expect(yearOf('政府信息公开工作年度报告')).toBeNull();
  });

  it('section headings by text: numeral apart, variants accepted, sub-headings and sentences not', () => {
    expect(matchHeading('四、政府信息公开行政复议、行政诉讼情况')).toMatchObject({ def: { id: 'S4' }, numeral: 4 });
    expect(matchHeading('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况')).toMatchObject({ def: { id: 'S4' } });
    expect(matchHeading('五、政府信息公开工作存在的主要问题及改进情况')).toMatchObject({ def: { id: 'S5' } });
    expect(matchHeading('[bookmark: _GoBack]二、主动公开政府信息情况')).toMatchObject({
      def: { id: 'S2' },
      numeral: 2,
    });
    expect(matchHeading('## 一、总体情况')).toMatchObject({ def: { id: 'S1' }, numeral: 1 });
    expect(matchHeading('收到和处理政府信息公开申请情况')).toMatchObject({ def: { id: 'S3' }, numeral: null });
    expect(matchHeading('（一）主动公开情况')).toBeUndefined();
    expect(
      matchHeading('本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况'),
    ).toBeUndefined();
  });
});
