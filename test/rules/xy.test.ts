// XY: this year's report against the same agency's previous year (a record left by last year's check).
import { recordOf } from '../../core/cross-year';
import type { YearRecord } from '../../core/year-record';
import { xy01, xy02, xy03, xyRules } from '../../core/rules/xy';
import { cell, describeCases, finding, silent, type Case } from '../support/cases';
import { report, report2019, withCell, withSectionBody, withYear } from '../support/report';

/** Last year's record that agrees with the correct 2024 report: its 结转下年度 is this year's 上年结转. */
function lastYear(patch: Partial<YearRecord> = {}): YearRecord {
  const r = report();
  const carry = r.tables.T3!.rows.carry!.cells;
  const fwd = Object.fromEntries(Object.entries(carry).map(([col, c]) => [col, c.value]));
  // 现行有效 2024 = 2023 + 制发 − 废止: 规章 2 = 2 + 0 − 0, 规范性文件 15 = 13 + 3 − 1.
  const base = recordOf(withCell(withCell(withYear(r, 2023), 'T3', 'fwd', 'np', 0), 'T2', 'normDocs', 'valid', 13))!;
  return { ...base, fwd, valid: { rules: 2, normDocs: 13 }, ...patch };
}

const COPIED_S5 = [
  '上年度报告指出的政策解读形式单一、基层政务公开标准化规范化建设不平衡等问题已完成整改，本年新增图文解读12篇，开展专项培训3次。',
  '存在的主要问题是基层政务公开标准化建设仍有差距，部分栏目更新不够及时，依申请公开答复文书规范性有待提高。下一步将加强业务培训和督促检查，提升公开质量。',
];
const withCopiedS5 = (r = report()) => withSectionBody(r, 'S5', COPIED_S5);

const cases: Case[] = [
  {
    rule: xy01,
    name: 'carry-over 1 against last year’s 2 carried forward, in two columns',
    report: report(),
    context: { previous: lastYear({ fwd: { ...lastYear().fwd, np: 2, total: 2 } }) },
    findings: [
      finding(
        'XY-01',
        'warning',
        '表三“自然人”列：上年结转1与2023年度报告“结转下年度继续办理”2不一致',
        'Table 3, natural persons: 1 carried over from last year, but the 2023 report carried 2 forward',
        { table: 'T3', cells: [cell('T3', 'carry', 'np')] },
      ),
      finding(
        'XY-01',
        'warning',
        '表三“总计”列：上年结转1与2023年度报告“结转下年度继续办理”2不一致',
        'Table 3, total: 1 carried over from last year, but the 2023 report carried 2 forward',
        { table: 'T3', cells: [cell('T3', 'carry', 'total')] },
      ),
    ],
  },
  {
    rule: xy01,
    name: 'a blank carry-over against last year’s 1',
    report: withCell(report(), 'T3', 'carry', 'np', null),
    context: { previous: lastYear() },
    findings: [
      finding(
        'XY-01',
        'warning',
        '表三“自然人”列：上年结转空白与2023年度报告“结转下年度继续办理”1不一致',
        'Table 3, natural persons: blank carried over from last year, but the 2023 report carried 1 forward',
        { table: 'T3', cells: [cell('T3', 'carry', 'np')] },
      ),
    ],
  },
  silent(xy01, 'no previous year known', withCell(report(), 'T3', 'carry', 'np', 7)),
  {
    rule: xy01,
    name: 'silent: carried over = carried forward',
    report: report(),
    context: { previous: lastYear() },
    findings: [],
  },
  {
    rule: xy01,
    name: 'silent: blank this year and 0 last year are the same nothing',
    report: withCell(report(), 'T3', 'carry', 'biz', null),
    context: { previous: lastYear() },
    findings: [],
  },
  {
    rule: xy01,
    name: 'silent: text in the cell (not a number to compare)',
    report: withCell(report(), 'T3', 'carry', 'np', '见附件'),
    context: { previous: lastYear({ fwd: { ...lastYear().fwd, np: 5 } }) },
    findings: [],
  },
  {
    rule: xy02,
    name: '规范性文件 15 in force, but last year 12 + 3 − 1 = 14',
    report: report(),
    context: { previous: lastYear({ valid: { rules: 2, normDocs: 12 } }) },
    findings: [
      finding(
        'XY-02',
        'info',
        '行政规范性文件现行有效件数与上年数据不衔接（15≠2023年12+制发3−废止1=14）；有效期届满自动失效的文件不计入废止，差额可能由此而来，请核对',
        'Table 2, normative documents: 15 in force does not follow from last year (2023: 12 + 3 issued − 1 repealed = 14); documents that lapse at the end of their validity are not counted as repealed, which may explain it: please check',
        {
          table: 'T2',
          cells: [
            cell('T2', 'normDocs', 'valid'),
            cell('T2', 'normDocs', 'issued'),
            cell('T2', 'normDocs', 'repealed'),
          ],
        },
      ),
    ],
  },
  { rule: xy02, name: 'silent: both rows follow', report: report(), context: { previous: lastYear() }, findings: [] },
  {
    rule: xy02,
    name: 'silent: the 2019 form has no 现行有效 to carry',
    report: report2019(),
    context: { previous: lastYear({ valid: { rules: 0, normDocs: 0 } }) },
    findings: [],
  },
  {
    rule: xy02,
    name: 'silent: last year’s figure unknown',
    report: report(),
    context: { previous: lastYear({ valid: {} }) },
    findings: [],
  },
  {
    rule: xy03,
    name: 'section 五 copied from last year with one number changed',
    report: withCopiedS5(),
    context: { previous: lastYear({ s5: recordOf(withCopiedS5())!.s5.replace('12篇', '9篇') }) },
    findings: (r) => [
      finding(
        'XY-03',
        'info',
        '第五部分与2023年度报告高度雷同（文字相似度98%）',
        'Part 5 is nearly the same as in the 2023 report (98% alike)',
        { section: 'S5', paragraph: r.sections.find((s) => s.id === 'S5')!.headingParagraph },
      ),
    ],
  },
  {
    rule: xy03,
    name: 'silent: a rewritten section 五',
    report: withCopiedS5(),
    context: {
      previous: lastYear({
        s5: '一是信息发布的及时性还需提升，二是解读材料的形式较为单一，三是工作人员业务水平有待加强。针对上述问题，我们将完善发布审核流程，丰富图解、视频解读形式，并定期组织专题培训，切实提高政务公开工作质量和水平。',
      }),
    },
    findings: [],
  },
  {
    rule: xy03,
    name: 'silent: short stock sentences are alike every year',
    report: withSectionBody(report(), 'S5', ['无。']),
    context: { previous: lastYear({ s5: '无。' }) },
    findings: [],
  },
];

describeCases('XY', xyRules, cases);
