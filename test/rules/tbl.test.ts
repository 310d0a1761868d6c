// TBL: the three tables are there, complete, and hold valid numbers. One rule at a time on the correct report.
import { tbl01, tbl02, tbl03, tbl04, tbl05, tbl06, tbl07, tbl08, tblRules } from '../../core/rules/tbl';
import { cell, describeCases, finding, row, silent, type Case } from '../support/cases';
import {
  report,
  report2019,
  with2019T3,
  withCell,
  withFormat,
  withHeaderOnly,
  withOrgSubColumn,
  withRowCellCount,
  withRowLabel,
  withSectionBody,
  withTableProps,
  withoutRow,
  withoutSection,
  withoutTable,
} from '../support/report';
import type { Report } from '../../core/model';

const T2_NAME = '表二（主动公开政府信息情况）';
const T3_NAME = '表三（收到和处理政府信息公开申请情况）';
const T4_NAME = '表四（行政复议、行政诉讼情况）';
const APPLICANTS = ['np', 'biz', 'sci', 'ngo', 'law', 'oth'];

/** A CMS that prints zeros as empty cells, on the report of an agency that received no applications. */
function blankT3WithNoApplications(): Report {
  const r = withSectionBody(report(), 'S3', ['本年度未收到政府信息公开申请。']);
  const rows = Object.keys(r.tables.T3!.rows);
  const cols = [...APPLICANTS, 'total'];
  const blank = rows.reduce((acc, row) => cols.reduce((a, c) => withCell(a, 'T3', row, c, null), acc), r);
  return withTableProps(blank, 'T3', { numericCells: 0 });
}
const R6_ITEMS_MISSING = '“（六）其他处理”缺少3个细分项（2021版格式）';
const R6_ITEMS_MISSING_EN = '“（六）其他处理” lacks its 3 sub-items (2021 form)';
const withoutR6Items = (r = report()) => ['r6_1', 'r6_2', 'r6_3'].reduce((out, id) => withoutRow(out, 'T3', id), r);

const cases: Case[] = [
  {
    rule: tbl01,
    name: 'section 三 without its table',
    report: withoutTable(report(), 'T3'),
    findings: [
      finding('TBL-01', 'error', '第三部分缺少统计表', 'Section 三 has no table', { section: 'S3', table: 'T3' }),
    ],
  },
  {
    rule: tbl01,
    name: 'no tables at all: 二, 三 and 四 in order',
    report: withoutTable(withoutTable(withoutTable(report(), 'T4'), 'T2'), 'T3'),
    findings: [
      finding('TBL-01', 'error', '第二部分缺少统计表', 'Section 二 has no table', { section: 'S2', table: 'T2' }),
      finding('TBL-01', 'error', '第三部分缺少统计表', 'Section 三 has no table', { section: 'S3', table: 'T3' }),
      finding('TBL-01', 'error', '第四部分缺少统计表', 'Section 四 has no table', { section: 'S4', table: 'T4' }),
    ],
  },
  silent(tbl01, 'three sections, three tables', report()),
  {
    rule: tbl01,
    name: 'silent: no section 四 and no table 4 (STR-01 reports the section)',
    report: withoutSection(withoutTable(report(), 'T4'), 'S4'),
    findings: [],
  },

  {
    rule: tbl02,
    name: 'table 4 is only its header',
    report: withHeaderOnly(report(), 'T4'),
    findings: [
      finding(
        'TBL-02',
        'error',
        `${T4_NAME}只有表头，未填写数据`,
        'Table 4 (reviews and lawsuits) has only its header: no data is filled in',
        { table: 'T4' },
      ),
    ],
  },
  {
    rule: tbl02,
    name: 'table 3 is only its header',
    report: withHeaderOnly(report(), 'T3'),
    findings: [
      finding(
        'TBL-02',
        'error',
        `${T3_NAME}只有表头，未填写数据`,
        'Table 3 (applications received and handled) has only its header: no data is filled in',
        { table: 'T3' },
      ),
    ],
  },
  silent(tbl02, 'every table has numbers', report()),
  silent(
    tbl02,
    '表三 left blank by an agency that says it had no applications (TBL-03’s)',
    blankT3WithNoApplications(),
  ),
  silent(tbl02, 'a missing table is TBL-01’s', withoutTable(report(), 'T4')),

  {
    rule: tbl03,
    name: 'one blank cell in table 3',
    report: withCell(report(), 'T3', 'r1', 'biz', null),
    findings: [
      finding(
        'TBL-03',
        'warning',
        `${T3_NAME}有1个单元格未填写数字（无数据应填0）：(一)予以公开/商业企业`,
        'Table 3 (applications received and handled): 1 cell holds no number (write 0 where there is nothing): ' +
          '(1) disclosed / businesses',
        { table: 'T3', cells: [cell('T3', 'r1', 'biz')] },
      ),
    ],
  },
  {
    rule: tbl03,
    name: 'text in table 4',
    report: withCell(report(), 'T4', 'litAfterReview', 'total', '若干'),
    findings: [
      finding(
        'TBL-03',
        'warning',
        `${T4_NAME}有1个单元格未填写数字（无数据应填0）：复议后起诉/总计`,
        'Table 4 (reviews and lawsuits): 1 cell holds no number (write 0 where there is nothing): lawsuits after review / total',
        { table: 'T4', cells: [cell('T4', 'litAfterReview', 'total')] },
      ),
    ],
  },
  {
    rule: tbl03,
    name: '表三 all blank where the text says no applications: the whole table, as one warning',
    report: blankT3WithNoApplications(),
    findings: (r) => [
      finding(
        'TBL-03',
        'warning',
        `${T3_NAME}有175个单元格未填写数字（无数据应填0）：全表175格均空白`,
        'Table 3 (applications received and handled): 175 cells hold no number (write 0 where there is nothing): the whole table, 175 cells',
        {
          table: 'T3',
          cells: Object.entries(r.tables.T3!.rows).flatMap(([row, d]) =>
            Object.keys(d.cells).map((col) => cell('T3', row, col)),
          ),
        },
      ),
    ],
  },
  {
    rule: tbl03,
    name: 'a blank row of 7: all its cells, summed up as the row',
    report: withCell(
      withCell(
        withCell(
          withCell(
            withCell(
              withCell(withCell(report(), 'T3', 'r3_1', 'np', null), 'T3', 'r3_1', 'biz', null),
              'T3',
              'r3_1',
              'sci',
              null,
            ),
            'T3',
            'r3_1',
            'ngo',
            null,
          ),
          'T3',
          'r3_1',
          'law',
          null,
        ),
        'T3',
        'r3_1',
        'oth',
        null,
      ),
      'T3',
      'r3_1',
      'total',
      null,
    ),
    findings: [
      finding(
        'TBL-03',
        'warning',
        `${T3_NAME}有7个单元格未填写数字（无数据应填0）：“(三)不予公开1.属于国家秘密”行7格`,
        'Table 3 (applications received and handled): 7 cells hold no number (write 0 where there is nothing): ' +
          'row “(3) not disclosed 1. state secrets”, 7 cells',
        { table: 'T3', cells: row('T3', 'r3_1', [...APPLICANTS, 'total']) },
      ),
    ],
  },
  {
    rule: tbl03,
    name: 'blanks in two tables: one finding per table, table 2 first',
    report: withCell(withCell(report(), 'T4', 'review', 'other', null), 'T2', 'rules', 'repealed', null),
    findings: [
      finding(
        'TBL-03',
        'warning',
        `${T2_NAME}有1个单元格未填写数字（无数据应填0）：规章/本年废止件数`,
        'Table 2 (proactive disclosure): 1 cell holds no number (write 0 where there is nothing): rules / repealed this year',
        { table: 'T2', cells: [cell('T2', 'rules', 'repealed')] },
      ),
      finding(
        'TBL-03',
        'warning',
        `${T4_NAME}有1个单元格未填写数字（无数据应填0）：行政复议/其他结果`,
        'Table 4 (reviews and lawsuits): 1 cell holds no number (write 0 where there is nothing): administrative review / other outcome',
        { table: 'T4', cells: [cell('T4', 'review', 'other')] },
      ),
    ],
  },
  silent(tbl03, 'every cell a number', report()),
  silent(tbl03, 'a header-only table is TBL-02’s', withHeaderOnly(report(), 'T4')),

  {
    rule: tbl04,
    name: 'table 3 lacks 不予公开 3.',
    report: withoutRow(report(), 'T3', 'r3_3'),
    findings: [
      finding(
        'TBL-04',
        'warning',
        '表三缺少“(三)不予公开3.危及"三安全一稳定"”行',
        'Table 3 lacks the row “(三)不予公开3.危及"三安全一稳定"”',
        { table: 'T3' },
      ),
    ],
  },
  {
    rule: tbl04,
    name: 'two rows missing, in the order of the form',
    report: withoutRow(withoutRow(report(), 'T3', 'r7'), 'T3', 'new'),
    findings: [
      finding(
        'TBL-04',
        'warning',
        '表三缺少“一、本年新收政府信息公开申请数量”行',
        'Table 3 lacks the row “一、本年新收政府信息公开申请数量”',
        { table: 'T3' },
      ),
      finding('TBL-04', 'warning', '表三缺少“(七)总计”行', 'Table 3 lacks the row “(七)总计”', { table: 'T3' }),
    ],
  },
  {
    rule: tbl04,
    name: 'a 2024 table 3 with the single 2019 （六） row (variant r6, on its 总计 cell)',
    report: with2019T3(report()),
    findings: [
      finding('TBL-04', 'warning', R6_ITEMS_MISSING, R6_ITEMS_MISSING_EN, {
        table: 'T3',
        cells: [cell('T3', 'r6', 'total')],
      }),
    ],
  },
  {
    rule: tbl04,
    name: 'no （六） at all on the 2021 form: variant r6, reported once, no cell to point at',
    report: withoutR6Items(),
    findings: [finding('TBL-04', 'warning', R6_ITEMS_MISSING, R6_ITEMS_MISSING_EN, { table: 'T3' })],
  },
  {
    rule: tbl04,
    name: 'the 2019 form needs its （六） row',
    report: withoutRow(report2019(), 'T3', 'r6'),
    findings: [
      finding('TBL-04', 'warning', '表三缺少“(六)其他处理”行', 'Table 3 lacks the row “(六)其他处理”', { table: 'T3' }),
    ],
  },
  silent(tbl04, 'every 2021 row', report()),
  silent(tbl04, 'the 2019 form with its one （六） row', report2019()),
  silent(tbl04, 'the 2019 form with the finer 2021 items', withFormat(report(), '2019')),
  silent(tbl04, 'a header-only table 3 is TBL-02’s', withHeaderOnly(report(), 'T3')),

  {
    rule: tbl05,
    name: 'a table-3 row of 6 cells',
    report: withRowCellCount(report(), 'T3', 'r1', 6),
    findings: [
      finding(
        'TBL-05',
        'error',
        '表三“(一)予以公开”行列数不符（应为7列，实为6列）',
        'Table 3, row “(1) disclosed”: 6 data cells where 7 are expected',
        { table: 'T3', cells: [cell('T3', 'r1', 'label')] },
      ),
    ],
  },
  {
    rule: tbl05,
    name: 'a table-3 row of 8 cells',
    report: withRowCellCount(report(), 'T3', 'fwd', 8),
    findings: [
      finding(
        'TBL-05',
        'error',
        '表三“四、结转下年度继续办理”行列数不符（应为7列，实为8列）',
        'Table 3, row “carried forward to next year”: 8 data cells where 7 are expected',
        { table: 'T3', cells: [cell('T3', 'fwd', 'label')] },
      ),
    ],
  },
  {
    rule: tbl05,
    name: 'the table-4 data row of 14 cells',
    report: withRowCellCount(report(), 'T4', 'review', 14),
    findings: [
      finding(
        'TBL-05',
        'error',
        '表四“数据”行列数不符（应为15列，实为14列）',
        'Table 4, row “data”: 14 data cells where 15 are expected',
        { table: 'T4' },
      ),
    ],
  },
  silent(tbl05, '7 and 15 cells', report()),
  silent(tbl05, '8 cells where table 3 has the 小计 column', withOrgSubColumn(report())),

  {
    rule: tbl06,
    name: 'a table-3 row label off the form',
    report: withRowLabel(report(), 'T3', 'r5_2', '2.重复申请件'),
    findings: [
      finding(
        'TBL-06',
        'info',
        '行/列名称与统一格式不一致：“2.重复申请件”（应为“(五)不予处理2.重复申请”）',
        'A label differs from the national format: “2.重复申请件” (expected “(五)不予处理2.重复申请”)',
        { table: 'T3', cells: [cell('T3', 'r5_2', 'label')] },
      ),
    ],
  },
  {
    rule: tbl06,
    name: 'a table-2 row label off the form',
    report: withRowLabel(report(), 'T2', 'normDocs', '行政规范性文件（件）'),
    findings: [
      finding(
        'TBL-06',
        'info',
        '行/列名称与统一格式不一致：“行政规范性文件（件）”（应为“行政规范性文件”）',
        'A label differs from the national format: “行政规范性文件（件）” (expected “行政规范性文件”)',
        { table: 'T2', cells: [cell('T2', 'normDocs', 'label')] },
      ),
    ],
  },
  {
    rule: tbl06,
    name: 'a table-2 column header off the form: no cell, the table',
    report: withTableProps(report(), 'T2', { fuzzyColumns: [{ col: 'issued', label: '本年制发数' }] }),
    findings: [
      finding(
        'TBL-06',
        'info',
        '行/列名称与统一格式不一致：“本年制发数”（应为“本年制发件数”）',
        'A label differs from the national format: “本年制发数” (expected “本年制发件数”)',
        { table: 'T2' },
      ),
    ],
  },
  silent(tbl06, 'labels as on the form', report()),
  {
    rule: tbl06,
    name: 'silent: an accepted spelling (规范性文件) the mapper does not mark fuzzy',
    report: withRowLabel(report(), 'T2', 'normDocs', '规范性文件', false),
    findings: [],
  },

  {
    rule: tbl07,
    name: 'a negative count',
    report: withCell(report(), 'T3', 'r1', 'np', -1),
    findings: [
      finding(
        'TBL-07',
        'error',
        '数值无效：-1（(一)予以公开/自然人）',
        'Invalid value -1 ((1) disclosed / natural persons)',
        { table: 'T3', cells: [cell('T3', 'r1', 'np')] },
      ),
    ],
  },
  {
    rule: tbl07,
    name: 'half a review',
    report: withCell(report(), 'T4', 'review', 'pending', 0.5),
    findings: [
      finding(
        'TBL-07',
        'error',
        '数值无效：0.5（行政复议/尚未审结）',
        'Invalid value 0.5 (administrative review / pending)',
        { table: 'T4', cells: [cell('T4', 'review', 'pending')] },
      ),
    ],
  },
  {
    rule: tbl07,
    name: 'a fractional number of decisions',
    report: withCell(report(), 'T2', 'licensing', 'decisions', 20.5),
    findings: [
      finding(
        'TBL-07',
        'error',
        '数值无效：20.5（行政许可/本年处理决定数量）',
        'Invalid value 20.5 (licensing / decisions this year)',
        { table: 'T2', cells: [cell('T2', 'licensing', 'decisions')] },
      ),
    ],
  },
  {
    rule: tbl07,
    name: 'a negative fee',
    report: withCell(report(), 'T2', 'adminFee', 'feeAmount', -1.5),
    findings: [
      finding(
        'TBL-07',
        'error',
        '数值无效：-1.5（行政事业性收费/本年收费金额（单位：万元））',
        'Invalid value -1.5 (administrative fees / fees this year (10,000 yuan))',
        { table: 'T2', cells: [cell('T2', 'adminFee', 'feeAmount')] },
      ),
    ],
  },
  {
    rule: tbl07,
    name: 'a negative procurement amount (2019 form)',
    report: withCell(report2019(), 'T2', 'procurement', 'procAmount', -3),
    findings: [
      finding(
        'TBL-07',
        'error',
        '数值无效：-3（政府集中采购/采购总金额）',
        'Invalid value -3 (central procurement / procurement amount)',
        { table: 'T2', cells: [cell('T2', 'procurement', 'procAmount')] },
      ),
    ],
  },
  silent(tbl07, 'whole counts, a fee of 1.5 万元', report()),
  silent(tbl07, '2019 form, 本年增/减 −2 and 采购总金额 56.3', report2019()),

  {
    rule: tbl08,
    name: 'the fee column is headed in 元',
    report: withTableProps(report(), 'T2', { feeHeader: '本年收费金额(单位:元)' }),
    findings: [
      finding(
        'TBL-08',
        'info',
        '收费金额单位应为“万元”：本年收费金额(单位:元)',
        'The fee amount should be in 万元 (10,000 yuan): 本年收费金额(单位:元)',
        { table: 'T2' },
      ),
    ],
  },
  {
    rule: tbl08,
    name: 'the fee cell is written in 元',
    report: withCell(report(), 'T2', 'adminFee', 'feeAmount', { value: 15000, unit: '元' }),
    findings: [
      finding(
        'TBL-08',
        'info',
        '收费金额单位应为“万元”：15000元',
        'The fee amount should be in 万元 (10,000 yuan): 15000元',
        { table: 'T2', cells: [cell('T2', 'adminFee', 'feeAmount')] },
      ),
    ],
  },
  silent(tbl08, '万元 in the header', report()),
  {
    rule: tbl08,
    name: 'silent: 万元 in the cell',
    report: withCell(report(), 'T2', 'adminFee', 'feeAmount', { value: 1.5, unit: '万元' }),
    findings: [],
  },
  {
    rule: tbl08,
    name: 'silent: the 2019 form had no 万元 rule',
    report: withFormat(withTableProps(report(), 'T2', { feeHeader: '本年收费金额(单位:元)' }), '2019'),
    findings: [],
  },
];

describeCases('TBL', tblRules, cases);
