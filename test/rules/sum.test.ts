// SUM: the relations printed in the tables (勾稽关系). One rule at a time on the correct report with one number changed.
import { sum01, sum02, sum03, sum04, sum05, sum06, sum07, sum08, sumRules } from '../../core/rules/sum';
import { cell, column, describeCases, finding, row, silent, type Case } from '../support/cases';
import {
  report,
  report2019,
  withCell,
  withOrgSubColumn,
  withRowLabel,
  withT3Row,
  withT4Row,
  withoutRow,
} from '../support/report';

const APPLICANTS = ['np', 'biz', 'sci', 'ngo', 'law', 'oth'];
const ORGS = ['biz', 'sci', 'ngo', 'law', 'oth'];
const R3 = ['r3_1', 'r3_2', 'r3_3', 'r3_4', 'r3_5', 'r3_6', 'r3_7', 'r3_8'];
const R4 = ['r4_1', 'r4_2', 'r4_3'];
const R5 = ['r5_1', 'r5_2', 'r5_3', 'r5_4', 'r5_5'];
/** The rows （七）总计 adds up, on each form. */
const LEAVES_2021 = ['r1', 'r2', ...R3, ...R4, ...R5, 'r6_1', 'r6_2', 'r6_3'];
const LEAVES_2019 = ['r1', 'r2', ...R3, ...R4, ...R5, 'r6'];
const BALANCE = ['new', 'carry', 'r7', 'fwd'];
const T4_PARTS = ['kept', 'corrected', 'other', 'pending'];
const BLANK = '（空白按0计）';
const BLANK_EN = ' (blanks counted as 0)';

const cases: Case[] = [
  {
    rule: sum01,
    name: 'new 20 + carry 1 = 21 ≠ handled 18 + carried forward 4 = 22',
    report: withCell(report(), 'T3', 'fwd', 'np', 4),
    findings: [
      finding(
        'SUM-01',
        'error',
        '表三“自然人”列：新收20+上年结转1=21 ≠ 办理结果总计18+结转下年度4=22',
        'Table 3, column “natural persons”: new 20 + carried over 1 = 21 ≠ handled total 18 + carried forward 4 = 22',
        { table: 'T3', cells: column('T3', BALANCE, 'np') },
      ),
    ],
  },
  {
    rule: sum01,
    name: 'the 总计 column',
    report: withCell(report(), 'T3', 'new', 'total', 23),
    findings: [
      finding(
        'SUM-01',
        'error',
        '表三“总计”列：新收23+上年结转1=24 ≠ 办理结果总计22+结转下年度3=25',
        'Table 3, column “total”: new 23 + carried over 1 = 24 ≠ handled total 22 + carried forward 3 = 25',
        { table: 'T3', cells: column('T3', BALANCE, 'total') },
      ),
    ],
  },
  {
    rule: sum01,
    name: 'a blank carry-over counts as 0, and the message says so',
    report: withCell(report(), 'T3', 'carry', 'np', null),
    findings: [
      finding(
        'SUM-01',
        'error',
        `表三“自然人”列：新收20+上年结转0=20 ≠ 办理结果总计18+结转下年度3=21${BLANK}`,
        `Table 3, column “natural persons”: new 20 + carried over 0 = 20 ≠ handled total 18 + carried forward 3 = 21${BLANK_EN}`,
        { table: 'T3', cells: column('T3', BALANCE, 'np') },
      ),
    ],
  },
  silent(sum01, 'every column balances', report()),
  {
    rule: sum01,
    name: 'silent: blank carry-over and carry-forward read as 0 and the column balances',
    report: withCell(withCell(report(), 'T3', 'carry', 'biz', null), 'T3', 'fwd', 'biz', null),
    findings: [],
  },
  silent(sum01, '新收 blank (TBL-03 reports it)', withCell(report(), 'T3', 'new', 'np', null)),
  silent(sum01, '（七）总计 blank', withCell(report(), 'T3', 'r7', 'np', null)),
  silent(sum01, 'text in a term', withCell(report(), 'T3', 'fwd', 'np', '见附件')),
  silent(sum01, 'no carry-forward row (TBL-04 reports it)', withoutRow(report(), 'T3', 'fwd')),
  {
    rule: sum01,
    name: 'silent: the 小计 column is SUM-04’s',
    report: withCell(withOrgSubColumn(report()), 'T3', 'new', 'orgSub', 9),
    findings: [],
  },

  {
    rule: sum02,
    name: '予以公开: 11+2=13 ≠ 12, the non-zero columns named',
    report: withCell(report(), 'T3', 'r1', 'np', 11),
    findings: [
      finding(
        'SUM-02',
        'error',
        '表三“(一)予以公开”行：各类申请人合计13（自然人11+商业企业2） ≠ 总计12',
        'Table 3, row “(1) disclosed”: the applicant columns add up to 13 (natural persons 11 + businesses 2) ≠ total 12',
        { table: 'T3', cells: row('T3', 'r1', ['total', ...APPLICANTS]) },
      ),
    ],
  },
  {
    rule: sum02,
    name: 'a blank applicant cell counts as 0, and the message says so',
    report: withCell(report(), 'T3', 'r1', 'biz', null),
    findings: [
      finding(
        'SUM-02',
        'error',
        `表三“(一)予以公开”行：各类申请人合计10（自然人10） ≠ 总计12${BLANK}`,
        `Table 3, row “(1) disclosed”: the applicant columns add up to 10 (natural persons 10) ≠ total 12${BLANK_EN}`,
        { table: 'T3', cells: row('T3', 'r1', ['total', ...APPLICANTS]) },
      ),
    ],
  },
  {
    rule: sum02,
    name: 'the 2019 （六） row is a row like the others',
    report: withCell(report2019(), 'T3', 'r6', 'total', 2),
    findings: [
      finding(
        'SUM-02',
        'error',
        '表三“(六)其他处理”行：各类申请人合计1（自然人1） ≠ 总计2',
        'Table 3, row “(6) other handling”: the applicant columns add up to 1 (natural persons 1) ≠ total 2',
        { table: 'T3', cells: row('T3', 'r6', ['total', ...APPLICANTS]) },
      ),
    ],
  },
  silent(sum02, 'every row adds up', report()),
  silent(sum02, 'a blank where 0 belongs', withCell(report(), 'T3', 'r1', 'sci', null)),
  silent(sum02, '总计 blank', withCell(report(), 'T3', 'r1', 'total', null)),
  silent(sum02, 'text in a part', withCell(report(), 'T3', 'r1', 'np', '十')),
  {
    rule: sum02,
    name: 'a total of 12 over a row of blanks: wrong whichever way blanks are read (variant blank)',
    report: APPLICANTS.reduce((r, c) => withCell(r, 'T3', 'r1', c, null), report()),
    findings: [
      finding(
        'SUM-02',
        'error',
        '表三“(一)予以公开”行：总计为12，但各类申请人栏全部空白',
        'Table 3, row “(1) disclosed”: the total is 12, but every applicant column is blank',
        { table: 'T3', cells: row('T3', 'r1', ['total', ...APPLICANTS]) },
      ),
    ],
  },
  {
    rule: sum02,
    name: 'silent: a total of 0 over a row of blanks (TBL-03 reports the blanks)',
    report: APPLICANTS.reduce((r, c) => withCell(r, 'T3', 'r3_1', c, null), report()),
    findings: [],
  },

  {
    rule: sum03,
    name: '自然人: the results add up to 19, （七） says 18',
    report: withCell(report(), 'T3', 'r1', 'np', 11),
    findings: [
      finding(
        'SUM-03',
        'error',
        '表三“自然人”列：各办理结果之和19（予以公开11+部分公开3+危及"三安全一稳定"1+本机关不掌握2+重复申请1+逾期不补正1） ≠ （七）总计18',
        'Table 3, column “natural persons”: the handling results add up to 19 (disclosed 11 + partly disclosed 3 + endangers security or stability 1 + not held by this agency 2 + repeated applications 1 + not supplemented in time 1) ≠ (7) total 18',
        { table: 'T3', cells: [cell('T3', 'r7', 'np'), ...column('T3', LEAVES_2021, 'np')] },
      ),
    ],
  },
  {
    rule: sum03,
    name: 'the 2019 form adds its one （六） row',
    report: withCell(report2019(), 'T3', 'r6', 'total', 2),
    findings: [
      finding(
        'SUM-03',
        'error',
        '表三“总计”列：各办理结果之和23（予以公开12+部分公开4+危及"三安全一稳定"1+本机关不掌握3+重复申请1+其他处理2） ≠ （七）总计22',
        'Table 3, column “total”: the handling results add up to 23 (disclosed 12 + partly disclosed 4 + endangers security or stability 1 + not held by this agency 3 + repeated applications 1 + other handling 2) ≠ (7) total 22',
        { table: 'T3', cells: [cell('T3', 'r7', 'total'), ...column('T3', LEAVES_2019, 'total')] },
      ),
    ],
  },
  {
    rule: sum03,
    name: 'a blank result counts as 0, and the message says so',
    report: withCell(report(), 'T3', 'r3_3', 'np', null),
    findings: [
      finding(
        'SUM-03',
        'error',
        `表三“自然人”列：各办理结果之和17（予以公开10+部分公开3+本机关不掌握2+重复申请1+逾期不补正1） ≠ （七）总计18${BLANK}`,
        `Table 3, column “natural persons”: the handling results add up to 17 (disclosed 10 + partly disclosed 3 + not held by this agency 2 + repeated applications 1 + not supplemented in time 1) ≠ (7) total 18${BLANK_EN}`,
        { table: 'T3', cells: [cell('T3', 'r7', 'np'), ...column('T3', LEAVES_2021, 'np')] },
      ),
    ],
  },
  silent(sum03, 'every column adds up', report()),
  silent(sum03, 'the 2019 form adds up', report2019()),
  silent(sum03, 'a result row missing (TBL-04 reports it)', withoutRow(report(), 'T3', 'r3_3')),
  silent(sum03, '（七） blank', withCell(report(), 'T3', 'r7', 'np', null)),
  silent(sum03, 'text in a result', withCell(report(), 'T3', 'r2', 'np', '3件（含1件补正）')),

  {
    rule: sum04,
    name: 'a 不予公开 subtotal row of 2 over items of 1: each column that differs',
    report: withT3Row(report(), 'sub3', [2, 0, 0, 0, 0, 0, 2]),
    findings: [
      finding(
        'SUM-04',
        'error',
        '表三“(三)不予公开小计”行“自然人”列：小计2 ≠ 分项之和1（危及"三安全一稳定"1）',
        'Table 3, row “(3) not disclosed subtotal”, column “natural persons”: subtotal 2 ≠ sum of its items 1 (endangers security or stability 1)',
        { table: 'T3', cells: [cell('T3', 'sub3', 'np'), ...column('T3', R3, 'np')] },
      ),
      finding(
        'SUM-04',
        'error',
        '表三“(三)不予公开小计”行“总计”列：小计2 ≠ 分项之和1（危及"三安全一稳定"1）',
        'Table 3, row “(3) not disclosed subtotal”, column “total”: subtotal 2 ≠ sum of its items 1 (endangers security or stability 1)',
        { table: 'T3', cells: [cell('T3', 'sub3', 'total'), ...column('T3', R3, 'total')] },
      ),
    ],
  },
  {
    rule: sum04,
    name: 'a blank item counts as 0, and the message says so',
    report: withCell(withT3Row(report(), 'sub4', [2, 1, 0, 0, 0, 0, 3]), 'T3', 'r4_1', 'biz', null),
    findings: [
      finding(
        'SUM-04',
        'error',
        `表三“(四)无法提供小计”行“商业企业”列：小计1 ≠ 分项之和0${BLANK}`,
        `Table 3, row “(4) cannot be provided subtotal”, column “businesses”: subtotal 1 ≠ sum of its items 0${BLANK_EN}`,
        { table: 'T3', cells: [cell('T3', 'sub4', 'biz'), ...column('T3', R4, 'biz')] },
      ),
    ],
  },
  {
    rule: sum04,
    name: 'the 法人或其他组织小计 column: 5 where 商业企业 3 + 法律服务机构 1 = 4',
    report: withCell(withOrgSubColumn(report()), 'T3', 'new', 'orgSub', 5),
    findings: [
      finding(
        'SUM-04',
        'error',
        '表三“一、本年新收政府信息公开申请数量”行法人或其他组织小计：小计5 ≠ 分项之和4（商业企业3+法律服务机构1）',
        'Table 3, row “new applications this year”, organisations subtotal: subtotal 5 ≠ sum of its items 4 (businesses 3 + legal service institutions 1)',
        { table: 'T3', cells: [cell('T3', 'new', 'orgSub'), ...row('T3', 'new', ORGS)] },
      ),
    ],
  },
  {
    rule: sum04,
    name: 'a subtotal of 2 over items all blank in that column (variant blank)',
    report: R3.reduce((r, id) => withCell(r, 'T3', id, 'np', null), withT3Row(report(), 'sub3', [2, 0, 0, 0, 0, 0, 1])),
    findings: [
      finding(
        'SUM-04',
        'error',
        '表三“(三)不予公开小计”行“自然人”列：小计为2，但分项全部空白',
        'Table 3, row “(3) not disclosed subtotal”, column “natural persons”: the subtotal is 2, but every item is blank',
        { table: 'T3', cells: [cell('T3', 'sub3', 'np'), ...column('T3', R3, 'np')] },
      ),
    ],
  },
  silent(sum04, 'a correct subtotal row', withT3Row(report(), 'sub3', [1, 0, 0, 0, 0, 0, 1])),
  silent(sum04, 'a correct 小计 column', withOrgSubColumn(report())),
  silent(sum04, 'no subtotals on the national form', report()),
  {
    rule: sum04,
    name: 'silent: a blank subtotal',
    report: withT3Row(report(), 'sub5', [null, 0, 0, 0, 0, 0, 1]),
    findings: [],
  },

  {
    rule: sum05,
    name: '行政复议: 1+1+0+1=3 ≠ 总计4',
    report: withCell(report(), 'T4', 'review', 'total', 4),
    findings: [
      finding(
        'SUM-05',
        'error',
        '表四 行政复议：维持+纠正+其他+尚未审结=1+1+0+1=3 ≠ 总计4',
        'Table 4, administrative review: kept+corrected+other+pending = 1+1+0+1 = 3 ≠ total 4',
        { table: 'T4', cells: row('T4', 'review', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  {
    rule: sum05,
    name: 'a blank part counts as 0, and the message says so',
    report: withCell(report(), 'T4', 'review', 'corrected', null),
    findings: [
      finding(
        'SUM-05',
        'error',
        `表四 行政复议：维持+纠正+其他+尚未审结=1+0+0+1=2 ≠ 总计3${BLANK}`,
        `Table 4, administrative review: kept+corrected+other+pending = 1+0+0+1 = 2 ≠ total 3${BLANK_EN}`,
        { table: 'T4', cells: row('T4', 'review', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  silent(sum05, '1+1+0+1=3', report()),
  silent(sum05, 'text in the total', withCell(report(), 'T4', 'review', 'total', '若干')),
  {
    rule: sum05,
    name: 'a total of 3 over blank parts (variant blank)',
    report: T4_PARTS.reduce((r, c) => withCell(r, 'T4', 'review', c, null), report()),
    findings: [
      finding(
        'SUM-05',
        'error',
        '表四 行政复议：总计为3，但各分项全部空白',
        'Table 4, administrative review: the total is 3, but every part is blank',
        { table: 'T4', cells: row('T4', 'review', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  silent(
    sum05,
    'a total of 0 over blank parts (TBL-03 reports them)',
    withT4Row(report(), 'review', [null, null, null, null, 0]),
  ),

  {
    rule: sum06,
    name: '未经复议直接起诉: 1+0+0+0=1 ≠ 总计2',
    report: withCell(report(), 'T4', 'litDirect', 'total', 2),
    findings: [
      finding(
        'SUM-06',
        'error',
        '表四 未经复议直接起诉：分项之和1+0+0+0=1 ≠ 总计2',
        'Table 4, lawsuits without prior review: 1+0+0+0 = 1 ≠ total 2',
        { table: 'T4', cells: row('T4', 'litDirect', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  {
    rule: sum06,
    name: 'a blank part, blank note',
    report: withCell(withCell(report(), 'T4', 'litDirect', 'kept', null), 'T4', 'litDirect', 'pending', 2),
    findings: [
      finding(
        'SUM-06',
        'error',
        `表四 未经复议直接起诉：分项之和0+0+0+2=2 ≠ 总计1${BLANK}`,
        `Table 4, lawsuits without prior review: 0+0+0+2 = 2 ≠ total 1${BLANK_EN}`,
        { table: 'T4', cells: row('T4', 'litDirect', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  {
    rule: sum06,
    name: 'a total of 2 over blank parts (variant blank)',
    report: withT4Row(report(), 'litDirect', [null, null, null, null, 2]),
    findings: [
      finding(
        'SUM-06',
        'error',
        '表四 未经复议直接起诉：总计为2，但各分项全部空白',
        'Table 4, lawsuits without prior review: the total is 2, but every part is blank',
        { table: 'T4', cells: row('T4', 'litDirect', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  silent(sum06, '1+0+0+0=1', report()),
  silent(sum06, 'blank total', withCell(report(), 'T4', 'litDirect', 'total', null)),

  {
    rule: sum07,
    name: 'a total of 1 over blank parts (variant blank)',
    report: withT4Row(report(), 'litAfterReview', [null, null, null, null, 1]),
    findings: [
      finding(
        'SUM-07',
        'error',
        '表四 复议后起诉：总计为1，但各分项全部空白',
        'Table 4, lawsuits after review: the total is 1, but every part is blank',
        { table: 'T4', cells: row('T4', 'litAfterReview', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  {
    rule: sum07,
    name: '复议后起诉: 0+0+0+1=1 ≠ 总计0',
    report: withCell(report(), 'T4', 'litAfterReview', 'pending', 1),
    findings: [
      finding(
        'SUM-07',
        'error',
        '表四 复议后起诉：分项之和0+0+0+1=1 ≠ 总计0',
        'Table 4, lawsuits after review: 0+0+0+1 = 1 ≠ total 0',
        { table: 'T4', cells: row('T4', 'litAfterReview', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  {
    rule: sum07,
    name: 'a blank part, blank note',
    report: withCell(withCell(report(), 'T4', 'litAfterReview', 'kept', null), 'T4', 'litAfterReview', 'total', 1),
    findings: [
      finding(
        'SUM-07',
        'error',
        `表四 复议后起诉：分项之和0+0+0+0=0 ≠ 总计1${BLANK}`,
        `Table 4, lawsuits after review: 0+0+0+0 = 0 ≠ total 1${BLANK_EN}`,
        { table: 'T4', cells: row('T4', 'litAfterReview', ['total', ...T4_PARTS]) },
      ),
    ],
  },
  silent(sum07, 'all 0', report()),
  silent(sum07, 'text in a part', withCell(report(), 'T4', 'litAfterReview', 'other', '—')),

  {
    rule: sum08,
    name: '行政规范性文件: 2 in force, 3 issued',
    report: withCell(report(), 'T2', 'normDocs', 'valid', 2),
    findings: [
      finding(
        'SUM-08',
        'warning',
        '行政规范性文件现行有效件数2小于本年制发件数3',
        'Table 2, normative documents: 2 in force is less than the 3 issued this year',
        { table: 'T2', cells: [cell('T2', 'normDocs', 'valid'), cell('T2', 'normDocs', 'issued')] },
      ),
    ],
  },
  {
    rule: sum08,
    name: '规章: 2 in force, 3 issued',
    report: withCell(report(), 'T2', 'rules', 'issued', 3),
    findings: [
      finding(
        'SUM-08',
        'warning',
        '规章现行有效件数2小于本年制发件数3',
        'Table 2, rules: 2 in force is less than the 3 issued this year',
        { table: 'T2', cells: [cell('T2', 'rules', 'valid'), cell('T2', 'rules', 'issued')] },
      ),
    ],
  },
  {
    rule: sum08,
    name: 'the row is named as the page names it',
    report: withRowLabel(withCell(report(), 'T2', 'normDocs', 'valid', 2), 'T2', 'normDocs', '规范性文件', false),
    findings: [
      finding(
        'SUM-08',
        'warning',
        '规范性文件现行有效件数2小于本年制发件数3',
        'Table 2, normative documents: 2 in force is less than the 3 issued this year',
        { table: 'T2', cells: [cell('T2', 'normDocs', 'valid'), cell('T2', 'normDocs', 'issued')] },
      ),
    ],
  },
  {
    rule: sum08,
    name: '2019 form: 2 published in total, 3 newly published (variant old)',
    report: withCell(report2019(), 'T2', 'normDocs', 'totalPublic', 2),
    findings: [
      finding(
        'SUM-08',
        'warning',
        '规范性文件对外公开总数量2小于本年新公开数量3',
        'Table 2, normative documents: 2 published in total is less than the 3 newly published this year',
        { table: 'T2', cells: [cell('T2', 'normDocs', 'totalPublic'), cell('T2', 'normDocs', 'published')] },
      ),
    ],
  },
  silent(sum08, '15 in force, 3 issued', report()),
  silent(sum08, 'as many in force as issued', withCell(report(), 'T2', 'normDocs', 'valid', 3)),
  silent(sum08, 'the 2019 form', report2019()),
  silent(sum08, '现行有效 blank', withCell(report(), 'T2', 'normDocs', 'valid', null)),
  silent(sum08, '制发 text', withCell(report(), 'T2', 'normDocs', 'issued', '若干')),
];

describeCases('SUM', sumRules, cases);
