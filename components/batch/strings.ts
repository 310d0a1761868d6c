/** The batch page's own strings, Chinese first (kept out of components/i18n.ts, which every report page carries). */
import { fill } from '@/core/fill';
import type { Lang } from '../i18n';

const STRINGS = {
  heading: { zh: '检查栏目全部年报', en: 'Check every report of a column' },
  list: { zh: '栏目：', en: 'Column: ' },
  noList: {
    zh: '没有给出栏目地址。请在年报栏目页面打开工具栏弹窗，点击「检查本栏目全部年报」。',
    en: 'No column address given. Open the toolbar popup on a column of reports and click “Check every report”.',
  },
  readingList: { zh: '正在读取栏目列表…', en: 'Reading the column…' },
  listFailed: { zh: '无法读取栏目列表：', en: 'Could not read the column: ' },
  noReports: { zh: '栏目中没有找到年度报告的链接。', en: 'No links to annual reports were found in the column.' },
  found: { zh: '找到年度报告', en: 'Reports found: ' },
  foundUnit: { zh: '份（栏目共 {pages} 页）', en: ' (the column has {pages} pages)' },
  allow: { zh: '允许访问', en: 'Allow access' },
  allowHelp: {
    zh: '这些报告所在的网站不在 gov.cn 上。逐份读取它们需要访问以下网站的权限：',
    en: 'These reports are not on gov.cn sites. Reading them needs access to: ',
  },
  delay: { zh: '每份间隔（秒）', en: 'Pause between reports (s)' },
  delayHelp: {
    zh: '逐份下载，每份之间暂停，以免给网站造成压力。',
    en: 'Reports are fetched one at a time with a pause, to go easy on the site.',
  },
  start: { zh: '开始检查', en: 'Start' },
  again: { zh: '重新检查', en: 'Check again' },
  cancel: { zh: '取消', en: 'Cancel' },
  progress: { zh: '已检查 {done} / {total} 份', en: '{done} of {total} checked.' },
  now: { zh: '：正在读取 ', en: ': reading ' },
  cancelledAll: { zh: '已取消，其余报告未检查。', en: 'Cancelled; the remaining reports were not checked.' },
  finished: { zh: '检查完毕。', en: 'Done.' },
  filterAll: { zh: '全部', en: 'All' },
  filterError: { zh: '有错误', en: 'With errors' },
  filterWarning: { zh: '有警告', en: 'With warnings' },
  filterClean: { zh: '未发现问题', en: 'Nothing found' },
  filterProblem: { zh: '未能检查', en: 'Not checked' },
  filterText: { zh: '筛选：机关、问题、网址…', en: 'Filter: agency, finding, address…' },
  colAgency: { zh: '机关', en: 'Agency' },
  colYear: { zh: '年度', en: 'Year' },
  colType: { zh: '类型', en: 'Kind' },
  colError: { zh: '错误', en: 'Errors' },
  colWarning: { zh: '警告', en: 'Warnings' },
  colInfo: { zh: '提示', en: 'Info' },
  colFirst: { zh: '首个错误 / 说明', en: 'First error / note' },
  colLink: { zh: '链接', en: 'Link' },
  webPage: { zh: '网页', en: 'page' },
  waiting: { zh: '等待中', en: 'waiting' },
  working: { zh: '正在检查…', en: 'checking…' },
  noError: { zh: '未发现错误或警告', en: 'no errors or warnings' },
  open: { zh: '打开', en: 'Open' },
  openHint: {
    zh: '点击一行，打开该报告并显示页面标记',
    en: 'Click a row to open that report with its markers',
  },
  liveTab: { zh: '在后台标签页读取', en: 'Read in a background tab' },
  liveTabHelp: {
    zh: '在浏览器标签页中打开该报告（由浏览器通过验证后）读取，读完自动关闭。',
    en: 'Opens the report in a browser tab (which passes the check) and reads it there, then closes it.',
  },
  liveFailed: {
    zh: '在标签页中仍未读到年度报告（验证未通过或页面不是报告）。',
    en: 'Still no annual report in the tab (the check was not passed, or the page is not a report).',
  },
  crossYear: { zh: '与上年对比', en: 'Against last year' },
  crossYearNone: {
    zh: '同一机关相邻年度的报告尚未读到（本批次或以前检查的记录中都没有）。',
    en: 'No consecutive years of one agency read yet (in this batch or in kept records).',
  },
  crossYearUnread: {
    zh: '{agency}{year}年度报告未与上年比对：本批次中的{previous}年度报告未能读取（{why}）。',
    en: '{agency} {year} was not compared with last year: the batch’s {previous} report could not be read ({why}).',
  },
  crossYearFrom: { zh: '上年数据来自：', en: 'Last year from: ' },
  crossYearBatch: { zh: '本批次', en: 'this batch' },
  crossYearStored: { zh: '以前检查的记录', en: 'a kept record' },
  item: { zh: '项目', en: 'Item' },
  expected: { zh: '按上年应为（{year}）', en: 'From last year ({year})' },
  agrees: { zh: '一致', en: 'agrees' },
  disagrees: { zh: '不一致', en: 'disagrees' },
  exportXlsx: { zh: '导出 Excel', en: 'Export Excel' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  exported: { zh: '已导出：', en: 'Exported: ' },
  local: {
    zh: '报告只在本机浏览器中读取和检查，结果不会发送到任何地方。',
    en: 'Reports are read and checked in this browser only; nothing is sent anywhere.',
  },
} as const;

export type BatchString = keyof typeof STRINGS;

export function bt(lang: Lang, key: BatchString, params: Record<string, string | number> = {}): string {
  return fill(STRINGS[key][lang], params);
}
