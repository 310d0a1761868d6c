/** The document page's own strings (kept out of components/i18n.ts, which the engine on every report page carries). */
import type { Lang } from '../i18n';

const STRINGS = {
  documentHeading: { zh: '检查 PDF / Word 格式的年度报告', en: 'Check an annual report published as PDF or Word' },
  dropHere: {
    zh: '把年报的 PDF 或 Word（.docx）文件拖到这里，或',
    en: 'Drop the report’s PDF or Word (.docx) file here, or',
  },
  pickFile: { zh: '选择文件', en: 'choose a file' },
  localOnly: {
    zh: '文件只在本机浏览器中读取和检查，不会上传。',
    en: 'The file is read and checked in this browser only; nothing is uploaded.',
  },
  fetching: { zh: '正在下载', en: 'Downloading' },
  readingPages: { zh: '正在读取', en: 'Reading' },
  ocrPages: { zh: '扫描件，正在本机文字识别', en: 'A scan: reading it by OCR on this computer' },
  ocrUnsure: { zh: '识别不确定，请与图像核对', en: 'read with doubt: compare with the image' },
  cancel: { zh: '取消', en: 'Cancel' },
  cancelled: { zh: '已取消。', en: 'Cancelled.' },
  allowSite: { zh: '允许访问该网站', en: 'Allow access to the site' },
  allowSiteHelp: {
    zh: '该文件不在 gov.cn 网站上。下载它需要访问该网站的权限（仅此网站）：',
    en: 'The file is not on a gov.cn site. Downloading it needs access to that site (that site only): ',
  },
  failedHttp: { zh: '下载失败：服务器返回 HTTP ', en: 'Download failed: the server answered HTTP ' },
  failedChallenge: {
    zh: '网站返回了验证页面而不是文件（防爬虫保护）。请在网页中点击附件下载，再把文件拖到此处检查。',
    en: 'The site answered with a verification page instead of the file (bot protection). Download the attachment from the page and drop it here.',
  },
  failedNotDocument: {
    zh: '下载到的不是 PDF 或 Word 文件（可能是错误页或登录页）。',
    en: 'What came back is not a PDF or Word file (an error or login page?).',
  },
  failedTooLarge: {
    zh: '文件过大（超过 60 MB），不像是年度报告。',
    en: 'The file is too large (over 60 MB) for a report.',
  },
  failedNetwork: { zh: '网络错误，无法下载：', en: 'Network error, cannot download: ' },
  notADocument: { zh: '不是 PDF 或 Word 文件。', en: 'Not a PDF or Word file.' },
  readingNotes: { zh: '读取说明：', en: 'About the reading: ' },
  viewPages: { zh: '原版页面', en: 'Pages as published' },
  viewRead: { zh: '读取的内容', en: 'What was read' },
  pageN: { zh: '第 {n} 页', en: 'Page {n}' },
  documentNotReport: {
    zh: '文件已读取，但未识别为政府信息公开工作年度报告：',
    en: 'The file was read but not recognised as an annual report: ',
  },
  documentNoTitle: {
    zh: '文件开头的标题没有写明“政府信息公开工作年度报告”或“年报”。',
    en: 'the title at the start of the file names no annual report.',
  },
  anotherFile: { zh: '检查其他文件', en: 'Check another file' },
} satisfies Record<string, Record<Lang, string>>;

export function dt(lang: Lang, id: keyof typeof STRINGS): string {
  return STRINGS[id][lang];
}
