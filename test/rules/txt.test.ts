// TXT: the narrative against the tables. One rule at a time on the correct report with its text or a table changed.
import { txt01, txt02, txt03, txt04, txt05, txt06, txt07, txt08, txt09, txtRules } from '../../core/rules/txt';
import type { Report } from '../../core/model';
import { cell, column, describeCases, finding, silent, type Case } from '../support/cases';
import {
  paragraphWith,
  report,
  report2019,
  withCell,
  withNoApplications,
  withParagraph,
  withT4Row,
  withText,
  withoutRow,
  withoutTable,
} from '../support/report';

const T3_TOTALS = [cell('T3', 'new', 'total'), cell('T3', 'carry', 'total')];
const S4_FIGURES = '本年度因政府信息公开工作被申请行政复议3件，被提起行政诉讼1件。';
const S4_DENIAL = '本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。';
const NORM_DOCS = '本年制发行政规范性文件3件，均已按规定在门户网站公开。';
const NO_FEE = '本年度未收取信息处理费。';
const FEE = '本年度共收取信息处理费300元。';
const FEE_CELL = [cell('T2', 'adminFee', 'feeAmount')];
const withFeeInT2 = (fee: number, text = FEE) =>
  withCell(withText(report(), NO_FEE, text), 'T2', 'adminFee', 'feeAmount', fee);
const withFeeAndNoApplications = () => withNoApplications(withText(report(), NO_FEE, FEE));

const cases: Case[] = [
  {
    rule: txt01,
    name: 'section 三 says 12 applications, table 3 has 24 new and 1 carried over',
    report: withText(report(), '申请24件', '申请12件'),
    findings: (r) => [
      finding(
        'TXT-01',
        'warning',
        '正文申请数12件与表三（新收24，上年结转1）不一致',
        'The text gives 12 applications; table 3 has 24 new and 1 carried over',
        {
          section: 'S3',
          table: 'T3',
          cells: T3_TOTALS,
          paragraph: paragraphWith(r, '申请12件'),
          excerpt: '新收政府信息公开申请12件',
        },
      ),
    ],
  },
  {
    rule: txt01,
    name: 'without a carry-over row, only the 新收 cell is pointed at',
    report: withoutRow(withText(report(), '申请24件', '申请12件'), 'T3', 'carry'),
    findings: (r) => [
      finding(
        'TXT-01',
        'warning',
        '正文申请数12件与表三（新收24，上年结转0）不一致',
        'The text gives 12 applications; table 3 has 24 new and 0 carried over',
        {
          section: 'S3',
          table: 'T3',
          cells: [T3_TOTALS[0]!],
          paragraph: paragraphWith(r, '申请12件'),
          excerpt: '新收政府信息公开申请12件',
        },
      ),
    ],
  },
  {
    rule: txt01,
    name: 'section 一 is read too',
    report: withParagraph(report(), 'S1', '全年共受理政府信息公开申请30件。'),
    findings: (r) => [
      finding(
        'TXT-01',
        'warning',
        '正文申请数30件与表三（新收24，上年结转1）不一致',
        'The text gives 30 applications; table 3 has 24 new and 1 carried over',
        {
          section: 'S1',
          table: 'T3',
          cells: T3_TOTALS,
          paragraph: paragraphWith(r, '申请30件'),
          excerpt: '受理政府信息公开申请30件',
        },
      ),
    ],
  },
  {
    rule: txt01,
    name: 'a blank 总计 is read as the sum of the applicant columns (24)',
    report: withCell(withText(report(), '申请24件', '申请12件'), 'T3', 'new', 'total', null),
    findings: (r) => [
      finding(
        'TXT-01',
        'warning',
        '正文申请数12件与表三（新收24，上年结转1）不一致',
        'The text gives 12 applications; table 3 has 24 new and 1 carried over',
        {
          section: 'S3',
          table: 'T3',
          cells: T3_TOTALS,
          paragraph: paragraphWith(r, '申请12件'),
          excerpt: '新收政府信息公开申请12件',
        },
      ),
    ],
  },
  silent(txt01, '24 new', report()),
  silent(txt01, '25 = new + carried over', withText(report(), '申请24件', '申请25件')),
  silent(txt01, 'no 新收 row to compare with', withoutRow(withText(report(), '申请24件', '申请12件'), 'T3', 'new')),

  {
    rule: txt02,
    name: 'the text says no applications, table 3 has 24',
    report: withParagraph(report(), 'S1', '本年度未收到政府信息公开申请。'),
    findings: (r) => [
      finding(
        'TXT-02',
        'warning',
        '正文称未收到申请，但表三新收为24',
        'The text says no applications were received, but table 3 counts 24 new ones',
        {
          section: 'S1',
          table: 'T3',
          cells: [cell('T3', 'new', 'total')],
          paragraph: paragraphWith(r, '未收到'),
          excerpt: '未收到政府信息公开申请',
        },
      ),
    ],
  },
  silent(txt02, 'applications named, none denied', report()),
  {
    rule: txt02,
    name: 'silent: none received, and table 3 agrees',
    report: withNoApplications(withParagraph(report(), 'S1', '本年度未收到政府信息公开申请。')),
    findings: [],
  },
  {
    rule: txt02,
    name: 'silent: 新收 总计 blank',
    report: withCell(withParagraph(report(), 'S1', '本年度未收到政府信息公开申请。'), 'T3', 'new', 'total', null),
    findings: [],
  },

  {
    rule: txt03,
    name: '予以公开 11 in the text, 12 in table 3',
    report: withText(report(), '予以公开12件', '予以公开11件'),
    findings: (r) => [
      finding(
        'TXT-03',
        'warning',
        '正文“予以公开11件”与表三（12）不一致',
        'The text says “予以公开 11”; table 3 has 12',
        {
          section: 'S3',
          table: 'T3',
          cells: [cell('T3', 'r1', 'total')],
          paragraph: paragraphWith(r, '予以公开11件'),
          excerpt: '予以公开11件',
        },
      ),
    ],
  },
  {
    rule: txt03,
    name: '无法提供 is the sum of its three items',
    report: withText(report(), '无法提供3件', '无法提供2件'),
    findings: (r) => [
      finding('TXT-03', 'warning', '正文“无法提供2件”与表三（3）不一致', 'The text says “无法提供 2”; table 3 has 3', {
        section: 'S3',
        table: 'T3',
        cells: column('T3', ['r4_1', 'r4_2', 'r4_3'], 'total'),
        paragraph: paragraphWith(r, '无法提供2件'),
        excerpt: '无法提供2件',
      }),
    ],
  },
  {
    rule: txt03,
    name: '“同意公开答复N件” is （一）予以公开, not all replies',
    report: withText(report(), '办结22件', '同意公开答复11件'),
    findings: (r) => [
      finding(
        'TXT-03',
        'warning',
        '正文“同意公开答复11件”与表三（12）不一致',
        'The text says “同意公开答复 11”; table 3 has 12',
        {
          section: 'S3',
          table: 'T3',
          cells: [cell('T3', 'r1', 'total')],
          paragraph: paragraphWith(r, '同意公开答复11件'),
          excerpt: '同意公开答复11件',
        },
      ),
    ],
  },
  silent(txt03, '“同意公开答复12件” matches （一）予以公开', withText(report(), '办结22件', '同意公开答复12件')),
  silent(txt03, 'a kind of reply no row is (“告知答复5件”)', withText(report(), '办结22件', '告知答复5件')),
  {
    rule: txt03,
    name: '办结 is （七）总计',
    report: withText(report(), '办结22件', '办结21件'),
    findings: (r) => [
      finding('TXT-03', 'warning', '正文“办结21件”与表三（22）不一致', 'The text says “办结 21”; table 3 has 22', {
        section: 'S3',
        table: 'T3',
        cells: [cell('T3', 'r7', 'total')],
        paragraph: paragraphWith(r, '办结21件'),
        excerpt: '办结21件',
      }),
    ],
  },
  {
    rule: txt03,
    name: '予以公开及部分公开 is one figure for both rows',
    report: withText(report(), '予以公开12件，部分公开4件', '予以公开及部分公开15件'),
    findings: (r) => [
      finding(
        'TXT-03',
        'warning',
        '正文“予以公开及部分公开15件”与表三（16）不一致',
        'The text says “予以公开及部分公开 15”; table 3 has 16',
        {
          section: 'S3',
          table: 'T3',
          cells: column('T3', ['r1', 'r2'], 'total'),
          paragraph: paragraphWith(r, '部分公开15件'),
          excerpt: '予以公开及部分公开15件',
        },
      ),
    ],
  },
  {
    rule: txt03,
    name: 'the 2019 form’s one （六） row',
    report: withText(report2019(), '其他处理1件', '其他处理2件'),
    findings: (r) => [
      finding('TXT-03', 'warning', '正文“其他处理2件”与表三（1）不一致', 'The text says “其他处理 2”; table 3 has 1', {
        section: 'S3',
        table: 'T3',
        cells: [cell('T3', 'r6', 'total')],
        paragraph: paragraphWith(r, '其他处理2件'),
        excerpt: '其他处理2件',
      }),
    ],
  },
  {
    rule: txt03,
    name: 'section 一 is read too',
    report: withParagraph(report(), 'S1', '全年予以公开政府信息申请10件。'),
    findings: (r) => [
      finding(
        'TXT-03',
        'warning',
        '正文“予以公开10件”与表三（12）不一致',
        'The text says “予以公开 10”; table 3 has 12',
        {
          section: 'S1',
          table: 'T3',
          cells: [cell('T3', 'r1', 'total')],
          paragraph: paragraphWith(r, '申请10件'),
          excerpt: '予以公开政府信息申请10件',
        },
      ),
    ],
  },
  silent(txt03, 'every result as in table 3', report()),
  {
    rule: txt03,
    name: 'silent: 予以公开及部分公开 16',
    report: withText(report(), '予以公开12件，部分公开4件', '予以公开及部分公开16件'),
    findings: [],
  },
  silent(txt03, 'no table 3', withoutTable(withText(report(), '办结22件', '办结21件'), 'T3')),
  {
    rule: txt03,
    name: 'silent: an item of the group missing (TBL-04 reports it)',
    report: withoutRow(withText(report(), '无法提供3件', '无法提供2件'), 'T3', 'r4_3'),
    findings: [],
  },

  {
    rule: txt04,
    name: '2 reviews in the text, 3 in table 4',
    report: withText(report(), '行政复议3件', '行政复议2件'),
    findings: (r) => [
      finding(
        'TXT-04',
        'warning',
        '正文行政复议2件与表四（3）不一致',
        'The text gives 2 for administrative reviews; table 4 has 3',
        {
          section: 'S4',
          table: 'T4',
          cells: [cell('T4', 'review', 'total')],
          paragraph: paragraphWith(r, '行政复议2件'),
          excerpt: '行政复议2件',
        },
      ),
    ],
  },
  {
    rule: txt04,
    name: '2 lawsuits in the text, 1 + 0 in table 4',
    report: withText(report(), '行政诉讼1件', '行政诉讼2件'),
    findings: (r) => [
      finding('TXT-04', 'warning', '正文行政诉讼2件与表四（1）不一致', 'The text gives 2 for lawsuits; table 4 has 1', {
        section: 'S4',
        table: 'T4',
        cells: [cell('T4', 'litDirect', 'total'), cell('T4', 'litAfterReview', 'total')],
        paragraph: paragraphWith(r, '行政诉讼2件'),
        excerpt: '行政诉讼2件',
      }),
    ],
  },
  {
    rule: txt04,
    name: 'the text denies both, table 4 has 3 reviews and 1 lawsuit (variant denied)',
    report: withText(report(), S4_FIGURES, S4_DENIAL),
    findings: (r) => [
      finding(
        'TXT-04',
        'warning',
        '正文称无行政复议，但表四为3件',
        'The text says there were no administrative reviews, but table 4 has 3',
        {
          section: 'S4',
          table: 'T4',
          cells: [cell('T4', 'review', 'total')],
          paragraph: paragraphWith(r, '未发生'),
          excerpt: '未发生因政府信息公开工作被申请行政复议',
        },
      ),
      finding(
        'TXT-04',
        'warning',
        '正文称无行政诉讼，但表四为1件',
        'The text says there were no lawsuits, but table 4 has 1',
        {
          section: 'S4',
          table: 'T4',
          cells: [cell('T4', 'litDirect', 'total'), cell('T4', 'litAfterReview', 'total')],
          paragraph: paragraphWith(r, '未发生'),
          excerpt: '未发生因政府信息公开工作被申请行政复议、提起行政诉讼',
        },
      ),
    ],
  },
  silent(txt04, '3 reviews, 1 lawsuit', report()),
  {
    rule: txt04,
    name: 'silent: none denied and none in table 4',
    report: withT4Row(
      withT4Row(withText(report(), S4_FIGURES, S4_DENIAL), 'review', [0, 0, 0, 0, 0]),
      'litDirect',
      [0, 0, 0, 0, 0],
    ),
    findings: [],
  },
  {
    rule: txt04,
    name: 'silent: lawsuits cannot be totalled with a blank 复议后起诉 总计',
    report: withCell(withText(report(), '行政诉讼1件', '行政诉讼2件'), 'T4', 'litAfterReview', 'total', null),
    findings: [],
  },

  {
    rule: txt05,
    name: '2 normative documents in the text, 3 issued in table 2',
    report: withText(report(), '规范性文件3件', '规范性文件2件'),
    findings: (r) => [
      finding(
        'TXT-05',
        'warning',
        '正文规范性文件数与表二不一致：“制发行政规范性文件2件”，表二本年制发3件',
        'Normative documents in the text (“制发行政规范性文件2件”) differ from table 2 (3 issued)',
        {
          section: 'S1',
          table: 'T2',
          cells: [cell('T2', 'normDocs', 'issued')],
          paragraph: paragraphWith(r, '规范性文件2件'),
          excerpt: '制发行政规范性文件2件',
        },
      ),
    ],
  },
  {
    rule: txt05,
    name: 'the text says none were issued, table 2 has 3',
    report: withText(report(), NORM_DOCS, '本年未制发行政规范性文件。'),
    findings: (r) => [
      finding(
        'TXT-05',
        'warning',
        '正文规范性文件数与表二不一致：“未制发行政规范性文件”，表二本年制发3件',
        'Normative documents in the text (“未制发行政规范性文件”) differ from table 2 (3 issued)',
        {
          section: 'S1',
          table: 'T2',
          cells: [cell('T2', 'normDocs', 'issued')],
          paragraph: paragraphWith(r, '未制发'),
          excerpt: '未制发行政规范性文件',
        },
      ),
    ],
  },
  silent(txt05, '3 and 3', report()),
  {
    rule: txt05,
    name: 'silent: none issued, and table 2 agrees',
    report: withCell(withText(report(), NORM_DOCS, '本年未制发行政规范性文件。'), 'T2', 'normDocs', 'issued', 0),
    findings: [],
  },
  {
    rule: txt05,
    name: 'silent: 制发 blank',
    report: withCell(withText(report(), '规范性文件3件', '规范性文件2件'), 'T2', 'normDocs', 'issued', null),
    findings: [],
  },

  {
    rule: txt06,
    name: '326 items, of which 58 + 303 = 361',
    report: withText(report(), '工作动态203条', '工作动态303条'),
    findings: (r) => [
      finding(
        'TXT-06',
        'info',
        '分项合计361大于总数326：“326条,其中政策文件58条,工作动态303条”',
        'The parts add up to 361, more than the total 326: “326条,其中政策文件58条,工作动态303条”',
        {
          section: 'S1',
          paragraph: paragraphWith(r, '工作动态303条'),
          excerpt: '326条,其中政策文件58条,工作动态303条',
        },
      ),
    ],
  },
  {
    rule: txt06,
    name: 'in section 三: 25 handled, of which 23 + 3',
    report: withText(report(), '办结22件', '办结23件'),
    findings: (r) => [
      finding(
        'TXT-06',
        'info',
        '分项合计26大于总数25：“25件,其中办结23件,结转下年度继续办理3件”',
        'The parts add up to 26, more than the total 25: “25件,其中办结23件,结转下年度继续办理3件”',
        { section: 'S3', paragraph: paragraphWith(r, '办结23件'), excerpt: '25件,其中办结23件,结转下年度继续办理3件' },
      ),
    ],
  },
  silent(txt06, 'the parts stay within the totals', report()),
  silent(txt06, 'parts equal to the total', withText(report(), '工作动态203条', '工作动态268条')),
  {
    rule: txt06,
    name: 'silent: parts in another unit are not summed',
    report: withText(report(), '其中政策文件58条，工作动态203条', '其中政策文件58件，工作动态303件'),
    findings: [],
  },

  {
    rule: txt07,
    name: 'a number left out in section 二 (twelve characters of context)',
    report: withParagraph(report(), 'S2', '根据工作安排，本年度通过政府门户网站主动公开政府信息 条。'),
    findings: (r) => [
      finding(
        'TXT-07',
        'warning',
        '正文数字缺失：“政府门户网站主动公开政府信息 条”',
        'A number is missing in the text: “政府门户网站主动公开政府信息 条”',
        { section: 'S2', paragraph: paragraphWith(r, '信息 条'), excerpt: '信息 条' },
      ),
    ],
  },
  {
    rule: txt07,
    name: 'U+3000 and no-break spaces; the first gap of each section',
    report: (
      [
        ['S2', '本年通过政府网站公开政府信息\u3000\u3000条，其中政策文件\u3000\u3000条。'],
        ['S2', '另公开政策解读信息\u3000条。'],
        ['S3', '本年受理政府信息公开申请\u00a0件。'],
      ] as const
    ).reduce<Report>((r, [section, raw]) => withParagraph(r, section, raw), report()),
    findings: (r) => [
      finding(
        'TXT-07',
        'warning',
        '正文数字缺失：“本年通过政府网站公开政府信息 条”',
        'A number is missing in the text: “本年通过政府网站公开政府信息 条”',
        { section: 'S2', paragraph: paragraphWith(r, '政府网站公开'), excerpt: '信息\u3000\u3000条' },
      ),
      finding(
        'TXT-07',
        'warning',
        '正文数字缺失：“本年受理政府信息公开申请 件”',
        'A number is missing in the text: “本年受理政府信息公开申请 件”',
        { section: 'S3', paragraph: paragraphWith(r, '申请\u00a0件'), excerpt: '申请\u00a0件' },
      ),
    ],
  },
  silent(txt07, 'every figure written', report()),

  {
    rule: txt08,
    name: 'the 300 元 processing fee entered in table 2 as 0.03 万元',
    report: withFeeInT2(0.03),
    findings: (r) => [
      finding(
        'TXT-08',
        'info',
        '信息处理费不应填入“行政事业性收费”（正文300元，表二0.03万元）',
        'The information-processing fee should not be entered as 行政事业性收费 (text 300 yuan, table 2 0.03 ×10,000 yuan)',
        { section: 'S6', table: 'T2', cells: FEE_CELL, paragraph: paragraphWith(r, '300元'), excerpt: '处理费300元' },
      ),
    ],
  },
  {
    rule: txt08,
    name: 'the text gives the fee in 万元, before the word 处理费',
    report: withFeeInT2(0.03, '本年度共收取0.03万元信息处理费。'),
    findings: (r) => [
      finding(
        'TXT-08',
        'info',
        '信息处理费不应填入“行政事业性收费”（正文300元，表二0.03万元）',
        'The information-processing fee should not be entered as 行政事业性收费 (text 300 yuan, table 2 0.03 ×10,000 yuan)',
        {
          section: 'S6',
          table: 'T2',
          cells: FEE_CELL,
          paragraph: paragraphWith(r, '0.03万元'),
          excerpt: '0.03万元信息处理费',
        },
      ),
    ],
  },
  silent(txt08, 'no fee collected', report()),
  silent(txt08, 'a fee, and table 2 holds another amount', withFeeInT2(1.5)),
  {
    rule: txt08,
    name: 'silent: “免收” is no fee',
    report: withFeeInT2(0.03, '本年度依法免收信息处理费300元。'),
    findings: [],
  },

  {
    rule: txt09,
    name: 'a 300 元 fee and not one application',
    report: withFeeAndNoApplications(),
    findings: (r) => [
      finding(
        'TXT-09',
        'warning',
        '无申请却报告收取信息处理费（正文300元，表三办理总计0、结转0）',
        'A processing fee of 300 yuan is reported, but table 3 has no applications (handled 0, carried forward 0)',
        {
          section: 'S6',
          table: 'T3',
          cells: [cell('T3', 'r7', 'total')],
          paragraph: paragraphWith(r, '300元'),
          excerpt: '处理费300元',
        },
      ),
    ],
  },
  {
    rule: txt09,
    name: 'a blank carry-forward counts as 0',
    report: withCell(withFeeAndNoApplications(), 'T3', 'fwd', 'total', null),
    findings: (r) => [
      finding(
        'TXT-09',
        'warning',
        '无申请却报告收取信息处理费（正文300元，表三办理总计0、结转0）',
        'A processing fee of 300 yuan is reported, but table 3 has no applications (handled 0, carried forward 0)',
        {
          section: 'S6',
          table: 'T3',
          cells: [cell('T3', 'r7', 'total')],
          paragraph: paragraphWith(r, '300元'),
          excerpt: '处理费300元',
        },
      ),
    ],
  },
  silent(txt09, 'a fee, and 22 applications handled', withText(report(), NO_FEE, FEE)),
  silent(txt09, 'no applications and no fee', withNoApplications(report())),
  {
    rule: txt09,
    name: 'silent: applications carried forward',
    report: withCell(withFeeAndNoApplications(), 'T3', 'fwd', 'total', 2),
    findings: [],
  },
  {
    rule: txt09,
    name: 'silent: （七）总计 text',
    report: withCell(withFeeAndNoApplications(), 'T3', 'r7', 'total', '见附件'),
    findings: [],
  },
  // False alarms found while writing these cases, fixed since: each now a silent case.
  {
    rule: txt02,
    name: '“无政府信息公开行政复议” denies reviews, not applications',
    report: withParagraph(report(), 'S1', '全年无政府信息公开行政复议、行政诉讼案件。'),
    findings: [],
  },
  {
    rule: txt04,
    name: '“未发生行政复议纠错案件” denies corrections, not reviews',
    report: withParagraph(report(), 'S4', '行政复议结果均为维持，未发生行政复议纠错案件。'),
    findings: [],
  },
  {
    rule: txt05,
    name: '“未制发规章，制发规范性文件3件” denies rules, not normative documents',
    report: withText(report(), '本年制发行政规范性文件3件', '本年度未制发规章，制发规范性文件3件'),
    findings: [],
  },
];

describeCases('TXT', txtRules, cases);
