// DET: which form the report follows. Each case runs one rule alone on the correct report changed one way.
import { det02, det03, det04, det05, detRules } from '../../core/rules/det';
import { describeCases, finding, row, silent, type Case } from '../support/cases';
import {
  paragraphWith,
  report,
  report2019,
  with2019T2,
  withParagraph,
  withT2Row,
  withText,
  withYear,
} from '../support/report';

const OLD_FORM = '报告使用旧版(2019)格式，应按国办公开办函〔2021〕30号格式：';
const OLD_FORM_EN = 'The report uses the old (2019) form; reports from 2021 on follow 国办公开办函〔2021〕30号: ';

/** A 2021-form table 2 that still has the 2019 form's (九) block: a common hybrid. */
const withProcurement = (r = report()) => withT2Row(r, 'procurement', { procCount: 4, procAmount: 56.3 });
const PROCUREMENT_EVIDENCE = '表二含2019版栏目（采购项目数量、采购总金额、政府集中采购）';
const citing2019 = (r = report()) => withText(r, '〔2021〕30号', '〔2019〕60号');

const cases: Case[] = [
  {
    rule: det02,
    name: 'a title without a year',
    report: withYear(report(), null),
    findings: [
      finding(
        'DET-02',
        'warning',
        '未能识别报告年度（标题：示例县卫生健康局政府信息公开工作年度报告）',
        'No report year found in the title (示例县卫生健康局政府信息公开工作年度报告)',
      ),
    ],
  },
  silent(det02, 'the title names 2024', report()),

  {
    rule: det03,
    name: 'a 2024 table 2 with the 2019 (九) 政府集中采购 block',
    report: withProcurement(),
    findings: [
      finding('DET-03', 'warning', OLD_FORM + PROCUREMENT_EVIDENCE, OLD_FORM_EN + PROCUREMENT_EVIDENCE, {
        table: 'T2',
        cells: row('T2', 'procurement', ['procCount', 'procAmount']),
      }),
    ],
  },
  {
    rule: det03,
    name: 'a 2024 report with the whole 2019 table 2: every old column and row, every cell',
    report: with2019T2(report()),
    findings: [
      finding(
        'DET-03',
        'warning',
        `${OLD_FORM}表二含2019版栏目（本年新制作数量、本年新公开数量、对外公开总数量、上一年项目数量、本年增/减、` +
          '采购项目数量、采购总金额、其他对外管理服务事项、政府集中采购）',
        `${OLD_FORM_EN}表二含2019版栏目（本年新制作数量、本年新公开数量、对外公开总数量、上一年项目数量、本年增/减、` +
          '采购项目数量、采购总金额、其他对外管理服务事项、政府集中采购）',
        {
          table: 'T2',
          cells: [
            ...row('T2', 'rules', ['made', 'published', 'totalPublic']),
            ...row('T2', 'normDocs', ['made', 'published', 'totalPublic']),
            ...['licensing', 'otherServices', 'penalty', 'coercion', 'adminFee'].flatMap((r) =>
              row('T2', r, ['prevCount', 'change']),
            ),
            ...row('T2', 'procurement', ['procCount', 'procAmount']),
          ],
        },
      ),
    ],
  },
  {
    rule: det03,
    name: 'the preamble cites 〔2019〕60号 (the paragraph and the words)',
    report: citing2019(),
    findings: (r) => [
      finding(
        'DET-03',
        'warning',
        `${OLD_FORM}正文引用国办公开办函〔2019〕60号`,
        `${OLD_FORM_EN}正文引用国办公开办函〔2019〕60号`,
        { paragraph: paragraphWith(r, '〔2019〕60号'), excerpt: '〔2019〕60号' },
      ),
    ],
  },
  {
    rule: det03,
    name: 'old table and old citation: one finding, on the table (the stronger evidence)',
    report: citing2019(withProcurement()),
    findings: [
      finding('DET-03', 'warning', OLD_FORM + PROCUREMENT_EVIDENCE, OLD_FORM_EN + PROCUREMENT_EVIDENCE, {
        table: 'T2',
        cells: row('T2', 'procurement', ['procCount', 'procAmount']),
      }),
    ],
  },
  {
    rule: det03,
    name: 'a 2021 report is already bound to the 2021 form',
    report: withYear(withProcurement(), 2021),
    findings: [
      finding('DET-03', 'warning', OLD_FORM + PROCUREMENT_EVIDENCE, OLD_FORM_EN + PROCUREMENT_EVIDENCE, {
        table: 'T2',
        cells: row('T2', 'procurement', ['procCount', 'procAmount']),
      }),
    ],
  },
  silent(det03, 'the correct 2024 report', report()),
  silent(det03, 'a 2020 report on the 2019 form', report2019()),
  silent(det03, 'no year to judge by', withYear(with2019T2(report()), null)),
  {
    rule: det03,
    name: 'silent: a paragraph names 〔2019〕60号 next to 〔2021〕30号',
    report: withParagraph(report(), 'preamble', '本报告格式由国办公开办函〔2019〕60号调整为国办公开办函〔2021〕30号。'),
    findings: [],
  },

  {
    rule: det04,
    name: 'a 2020 report is checked against the 2019 form',
    report: report2019(),
    findings: [
      finding('DET-04', 'info', '按2019版格式校验（报告年度2020）', 'Checked against the 2019 form (report year 2020)'),
    ],
  },
  {
    rule: det04,
    name: 'a 2019 report too',
    report: withYear(report2019(), 2019),
    findings: [
      finding('DET-04', 'info', '按2019版格式校验（报告年度2019）', 'Checked against the 2019 form (report year 2019)'),
    ],
  },
  silent(det04, '2021, the first year of the 2021 form', withYear(report(), 2021)),
  silent(det04, 'no year', withYear(report(), null)),

  {
    rule: det05,
    name: 'a table read from text positions short of the form',
    report: { ...report(), reading: { T2: { read: 10, expected: 10 }, T3: { read: 21, expected: 175 } } },
    findings: [
      finding(
        'DET-05',
        'warning',
        '表三读取不完整（读到21/175格），未检查',
        'Table 3 was not read whole (21 of 175 cells): not checked',
        { table: 'T3' },
      ),
    ],
  },
  silent(det05, 'every table read whole', { ...report(), reading: { T3: { read: 175, expected: 175 } } }),
  silent(det05, 'a web page (no reading counts)', report()),
];

describeCases('DET', detRules, cases);
