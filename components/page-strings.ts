/**
 * Every string of the extension's own pages (popup, options, document page), Chinese first: the overlay's strings
 * and these. Kept apart from i18n.ts so that the engine, on every report page, carries only the overlay's.
 */
import { fill } from '@/core/fill';
import { OVERLAY_STRINGS, type Lang } from './i18n';

const PAGE_STRINGS = {
  overlay: { zh: '页面标记', en: 'Markers on page' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  exportXlsx: { zh: '导出 Excel', en: 'Export Excel' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  crossYear: { zh: '与上年对比：', en: 'Against last year: ' },
  fetchPrevious: { zh: '获取上年度报告并比对', en: 'Fetch last year’s report and compare' },
  fetchingPrevious: { zh: '正在查找上年度报告…', en: 'Looking for last year’s report…' },
  previousFound: { zh: '已与上年度报告比对：', en: 'Compared with last year’s report: ' },
  crossYearItem: { zh: '项目', en: 'Item' },
  crossYearNow: { zh: '本年', en: 'This year' },
  crossYearExpected: { zh: '按上年应为', en: 'From last year' },
  blankCell: { zh: '空白', en: 'blank' },
  yearRecords: { zh: '与上年对比的记录', en: 'Records for year-on-year checks' },
  yearRecordsHelp: {
    zh: '每检查一份年报，会在本机保存一条简短记录（机关、年度、结转下年度、现行有效件数、第五部分文字），用于下一年度报告的比对。记录只保存在本浏览器中，不会发送到任何地方。',
    en: 'Each checked report leaves a short record on this computer (agency, year, carried forward, documents in force, part 5 text) to compare next year’s report with. Records stay in this browser and are sent nowhere.',
  },
  yearRecordsCount: { zh: '已保存记录：', en: 'Records kept: ' },
  clearRecords: { zh: '清除全部记录', en: 'Clear all records' },
  recordsCleared: { zh: '记录已清除', en: 'Records cleared' },
  printReport: { zh: '打印报告', en: 'Print report' },
  printTitle: { zh: '检查结果', en: 'Findings' },
  printNow: { zh: '打印 / 存为 PDF', en: 'Print / save as PDF' },
  printNoReport: {
    zh: '该标签页没有可打印的检查结果（页面已关闭、已离开或不是年度报告）。',
    en: 'That tab has no findings to print (closed, navigated away, or not an annual report).',
  },
  address: { zh: '网址', en: 'Address' },
  checkedAt: { zh: '检查时间', en: 'Checked at' },
  colNo: { zh: '序号', en: 'No.' },
  colSeverity: { zh: '级别', en: 'Severity' },
  colRule: { zh: '规则', en: 'Rule' },
  colFinding: { zh: '问题', en: 'Finding' },
  colWhere: { zh: '位置', en: 'Where' },
  ruleLegend: { zh: '规则说明', en: 'Rules' },
  copyAll: { zh: '复制全部', en: 'Copy all' },
  copyJson: { zh: '复制 JSON', en: 'Copy JSON' },
  copiedFinding: { zh: '已复制这条问题', en: 'Copied the finding' },
  copied: { zh: '已复制到剪贴板', en: 'Copied to the clipboard' },
  copyFailed: { zh: '复制失败：', en: 'Copy failed: ' },
  exported: { zh: '已导出：', en: 'Exported: ' },
  exportFailed: { zh: '导出失败：', en: 'Export failed: ' },
  actionFailed: { zh: '页面未能完成操作：', en: 'The page could not do that: ' },
  checkPage: { zh: '检查此页', en: 'Check this page' },
  recheck: { zh: '重新检查', en: 'Check again' },
  notReport: {
    zh: '此页不是政府信息公开工作年度报告。',
    en: 'This page is not a government information-disclosure annual report.',
  },
  notChecked: {
    zh: '此页未检测到年度报告（或不在已启用的网站上）。',
    en: 'No annual report was detected on this page (or the site is not enabled).',
  },
  cannotCheck: {
    zh: '无法检查此页（浏览器内部页面或无权限）：',
    en: 'This page cannot be checked (browser page or no access): ',
  },
  watching: {
    zh: '如果报告正文稍后载入，会自动检查。',
    en: 'If the report loads later, it will be checked automatically.',
  },
  noReportTitle: {
    zh: '此页的标题和主标题都没有写明“政府信息公开工作年度报告”或“年报”，因此未作为年报检查。',
    en: 'Neither the title nor a main heading of this page names a government information-disclosure annual report, so it was not checked as one.',
  },
  reasonTemplate: {
    zh: '这是年报的格式、通知或说明（只有表头和填写说明），不是一份年度报告。',
    en: 'This is the report form, a notice or instructions (headers and placeholders only), not an annual report.',
  },
  reasonSeveralReports: {
    zh: '这份文档包含不止一个年度的报告表格（如两年对比的打印件），不是一份年度报告，未检查；请分别检查各年度的报告。',
    en: 'This document holds the tables of more than one year’s report (a comparison printout?): it is not one annual report and was not checked. Check each year’s report on its own.',
  },
  couldNotCheck: {
    zh: '以下规则未能完成检查（不代表没有问题）：',
    en: 'These rules could not check this page (which is not a pass): ',
  },
  reasonNoStructure: {
    zh: '有年报标题，但没有找到报告的章节和表格（可能是列表页、附件或图片）。',
    en: 'It has a report title but no report parts or tables (a list, an attachment or an image?).',
  },
  reasonUnreadable: { zh: '页面结构无法读取：', en: 'The page could not be read: ' },
  agency: { zh: '机关', en: 'Agency' },
  year: { zh: '年度', en: 'Year' },
  format: { zh: '格式', en: 'Format' },
  formatName2021: { zh: '2021版（国办公开办函〔2021〕30号）', en: '2021 format' },
  formatName2019: { zh: '2019版（国办公开办函〔2019〕60号）', en: '2019 format' },
  unknownYear: { zh: '未识别', en: 'unknown' },
  options: { zh: '设置', en: 'Settings' },
  language: { zh: '界面语言', en: 'Language' },
  showInfo: {
    zh: '在页面上也标出“提示”级别的问题（弹出窗口总是列出全部）',
    en: 'Also mark note-level findings on the page (the popup always lists them)',
  },
  extraSites: { zh: '其他网站', en: 'Other sites' },
  extraSitesHelp: {
    zh: '默认只在 gov.cn 网站上自动检查。在此添加其他网站（如 www.example.org.cn），浏览器会请求访问该网站的权限。',
    en: 'By default only gov.cn sites are checked automatically. Add other sites here (e.g. www.example.org.cn); the browser asks for access to each.',
  },
  addSite: { zh: '添加', en: 'Add' },
  removeSite: { zh: '移除', en: 'Remove' },
  noExtraSites: { zh: '尚未添加其他网站。', en: 'No other sites yet.' },
  badSite: { zh: '请输入网站域名，例如 www.example.org.cn', en: 'Enter a host name, e.g. www.example.org.cn' },
  permissionDenied: { zh: '未获得访问该网站的权限。', en: 'Access to that site was not granted.' },
  saved: { zh: '已保存', en: 'Saved' },
  checkThisPdf: { zh: '检查此 PDF', en: 'Check this PDF' },
  checkFile: { zh: '检查 PDF / Word 文件', en: 'Check a PDF or Word file' },
  documentPageIdle: {
    zh: '这是年报体检的文件检查页：在页面中选择或拖入年报的 PDF / Word 文件。',
    en: 'This is the checker’s file page: pick or drop a report’s PDF or Word file on it.',
  },
  pdfTab: { zh: '这是一个 PDF 文件。', en: 'This is a PDF file.' },
  columnOffer: { zh: '本页是年报栏目，列出了多份年度报告。', en: 'This page is a column listing annual reports.' },
  checkColumn: { zh: '检查本栏目全部年报（{n}份）', en: 'Check every report of the column ({n})' },
  columnMore: { zh: '栏目的其他页无权读取，仅计本页。', en: 'Its other pages could not be read; this page only.' },
} satisfies Record<string, Record<Lang, string>>;

const STRINGS = { ...OVERLAY_STRINGS, ...PAGE_STRINGS };

export function t(lang: Lang, id: keyof typeof STRINGS, params: Record<string, string | number> = {}): string {
  return fill(STRINGS[id][lang], params);
}
