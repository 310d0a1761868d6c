// The cross-year record, agency matching and text similarity (core/cross-year.ts), and the XY rules on real pairs:
// the two Hongze reports (2023 → 2024, PDF) agree, as a person checking them by hand finds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { check } from '../../core/check';
import { crossYearView, recordOf, similarity } from '../../core/cross-year';
import { previousYear, sameAgency } from '../../core/year-record';
import { YearRecordSchema } from '../../core/year-record-schema';
import { analyze } from '../../core/index';
import { ReportSchema } from '../../core/model';
import { xyRules } from '../../core/rules/xy';
import { checkSummary } from '../../core/summary';
import type { Report } from '../../core/model';
import { analyzeFixture, FIXTURES } from '../helpers';
import { report, withAgency, withCell, withYear } from '../support/report';

async function pdfReport(name: string): Promise<Report> {
  const reading = await readPdf(new Uint8Array(readFileSync(join(FIXTURES, 'pdf', `${name}.pdf`))));
  const a = analyze(parseHtml(reading.html), `https://www.hongze.gov.cn/${name}.pdf`, { debug: true });
  if (!a.isReport) throw new Error(`${name}: not a report`);
  return a.report;
}

describe('the record a report leaves', () => {
  it('holds 结转下年度 by column, 现行有效 by row, section 五 and where it came from', () => {
    const rec = recordOf(report())!;
    expect(YearRecordSchema.safeParse(rec).success).toBe(true);
    expect(rec).toMatchObject({
      host: 'www.example.gov.cn',
      agency: '示例县卫生健康局',
      year: 2024,
      formatVersion: '2021',
      fwd: { np: 3, biz: 0, sci: 0, ngo: 0, law: 0, oth: 0, total: 3 },
      valid: { rules: 2, normDocs: 15 },
    });
    expect(rec.s5).toContain('基层政务公开标准化建设仍有差距');
    // Small enough to keep thousands in storage.local.
    expect(JSON.stringify(rec).length).toBeLessThan(1200);
  });

  it('keeps a blank as null and leaves out text', () => {
    const rec = recordOf(withCell(withCell(report(), 'T3', 'fwd', 'np', null), 'T3', 'fwd', 'biz', '见附件'))!;
    expect(rec.fwd.np).toBeNull();
    expect('biz' in rec.fwd).toBe(false);
  });

  it('is not left without a year or an agency', () => {
    expect(recordOf(withYear(report(), null))).toBeUndefined();
    expect(recordOf(withAgency(report(), ''))).toBeUndefined();
  });

  it('is not left from a reading short of 表二 or 表三 (a PDF without rules read in part)', () => {
    const read = (T3: { read: number; expected: number }) => ({ ...report(), reading: { T3 } });
    expect(recordOf(read({ read: 21, expected: 175 }))).toBeUndefined();
    expect(recordOf(read({ read: 175, expected: 175 }))).toBeDefined();
    expect(recordOf({ ...report(), reading: { T4: { read: 0, expected: 15 } } })).toBeDefined();
  });
});

describe('the same agency across years', () => {
  const at = (agency: string, host = 'www.hongze.gov.cn') => ({ host, agency });
  it.each([
    ['洪泽区人民政府', '淮安市洪泽区人民政府', true],
    ['淮安市洪泽区人民政府', '洪泽区人民政府', true],
    ['洪泽区 人民政府', '洪泽区人民政府', true],
    ['洪泽区人民政府', '洪泽区人民政府办公室', false],
    ['人民政府', '淮安市洪泽区人民政府', false],
    ['洪泽区卫生健康委员会', '洪泽区人民政府', false],
    ['卫生健康局', '洪泽区卫生健康局', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameAgency(at(a), at(b))).toBe(same);
  });

  it('never across sites; a file (no site) matches by name', () => {
    expect(sameAgency(at('洪泽区人民政府'), at('洪泽区人民政府', 'www.other.gov.cn'))).toBe(false);
    expect(sameAgency(at('洪泽区人民政府', ''), at('洪泽区人民政府'))).toBe(true);
  });

  it('finds the previous year among records, and nothing for another year or agency', () => {
    const r2024 = recordOf(report())!;
    const r2023 = recordOf(withYear(report(), 2023))!;
    const r2022 = recordOf(withYear(report(), 2022))!;
    const other = recordOf(withAgency(withYear(report(), 2023), '示例县教育局'))!;
    expect(previousYear(r2024, [r2022, other, r2023])).toBe(r2023);
    expect(previousYear(r2024, [r2022, other])).toBeUndefined();
  });
});

describe('text similarity', () => {
  it('is 1 for the same text, high with one number changed, low for other words', () => {
    const a = '存在的主要问题是基层政务公开标准化建设仍有差距，下一步将加强业务培训和督促检查。';
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, a.replace('下一步', '2025年'))).toBeGreaterThan(0.85);
    expect(similarity(a, '本年度未收取信息处理费，无其他需要报告的事项。')).toBeLessThan(0.2);
    expect(similarity('', a)).toBe(0);
  });
});

describe('XY rules on a real pair: Hongze 2023 → 2024 (PDF)', () => {
  it('carry-over and documents in force agree; both relations are counted as checked', async () => {
    const [y2023, y2024] = await Promise.all([
      pdfReport('hongze-qu-renmin-zhengfu_2023'),
      pdfReport('hongze-qu-renmin-zhengfu_2024'),
    ]);
    const previous = previousYear(recordOf(y2024)!, [recordOf(y2023)!]);
    // Titled 洪泽区人民政府 in 2023 and 淮安市洪泽区人民政府 in 2024 (spec notes): still the same agency.
    expect(previous?.year).toBe(2023);
    const without = check(y2024, { debug: true });
    const withPrevious = check(y2024, { previous, debug: true });
    expect(withPrevious.findings.filter((f) => f.rule.startsWith('XY-'))).toEqual([]);
    expect(withPrevious.findings).toEqual(without.findings);
    // Seven 表三 columns and the two 表二 rows were compared.
    expect(withPrevious.relationsChecked - without.relationsChecked).toBe(9);
  }, 30_000);
});

describe('XY rules on a served pair: 湘潭县卫生健康局 2023 → 2024 (HTML fixtures)', () => {
  const reportOf = (name: string) => {
    const a = analyzeFixture(name);
    if (!a.isReport) throw new Error(`${name}: not a report`);
    return a.report;
  };

  it('2023 carried 1 forward, 2024 carried 0 over: XY-01 on 上年结转, 自然人 and 总计; section 五 copied: XY-03', () => {
    const previous = recordOf(reportOf('xy-xiangtan-2023'))!;
    const y2024 = reportOf('seed-001-xiangtan-2024');
    expect(previousYear(recordOf(y2024)!, [previous])).toBe(previous);
    const checked = check(y2024, { previous, debug: true });
    // The two failed comparisons count among the relations that do not hold.
    expect(checkSummary(y2024, checked.findings, checked.relationsChecked).zh).toMatch(/中\d+项成立、2项不成立$/);
    const xy = checked.findings.filter((f) => f.rule.startsWith('XY-'));
    expect(xy.map((f) => [f.message, f.cells])).toEqual([
      [
        '表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
        [{ table: 'T3', row: 'carry', col: 'np' }],
      ],
      [
        '表三“总计”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
        [{ table: 'T3', row: 'carry', col: 'total' }],
      ],
      // The fixture's 2023 text is the 2024 text a year back: section 五 is a copy, as XY-03 says.
      ['第五部分与2023年度报告高度雷同（文字相似度98%）', undefined],
    ]);
  });
});

describe('the cross-year view a batch keeps', () => {
  it('is a report on which the XY rules find exactly what they find on the whole one, at a fraction of its size', () => {
    const full = analyzeFixture('seed-001-xiangtan-2024');
    const last = analyzeFixture('xy-xiangtan-2023');
    if (!full.isReport || !last.isReport) throw new Error('not a report');
    const previous = recordOf(last.report)!;
    const view = crossYearView(full.report);
    expect(ReportSchema.safeParse(view).success).toBe(true);
    const onFull = check(full.report, { rules: xyRules, previous, debug: true });
    const onView = check(view, { rules: xyRules, previous, debug: true });
    expect(onView.findings.map(({ paragraph, ...f }) => f)).toEqual(onFull.findings.map(({ paragraph, ...f }) => f));
    expect(onView.relationsChecked).toBe(onFull.relationsChecked);
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify(full.report).length / 5);
    expect(recordOf(view)).toEqual(recordOf(full.report));
  });
});
