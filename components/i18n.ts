/**
 * The strings of the on-page overlay (and the toolbar badge), Chinese first: the engine carries these on every report
 * page, so the popup's, options' and document page's own strings live in page-strings.ts. Findings carry their own
 * zh/en messages from the rule catalogue.
 */
import type { Finding } from '@/core/model';

export type Lang = 'zh' | 'en';

export const OVERLAY_STRINGS = {
  appName: { zh: '年报体检', en: 'GovReport Checker' },
  error: { zh: '错误', en: 'errors' },
  warning: { zh: '警告', en: 'warnings' },
  info: { zh: '提示', en: 'notes' },
  severityError: { zh: '错误', en: 'Error' },
  severityWarning: { zh: '警告', en: 'Warning' },
  severityInfo: { zh: '提示', en: 'Note' },
  noFindings: {
    zh: '未发现问题：各表合计一致，章节齐全。',
    en: 'No problems found: totals add up and all parts are present.',
  },
  hideList: { zh: '收起', en: 'Collapse' },
  closeOverlay: { zh: '隐藏标记', en: 'Hide markers' },
  copy: { zh: '复制', en: 'Copy' },
  flashHint: { zh: '点击定位到页面上的标记', en: 'Click to show it on the page' },
  checkAttachment: { zh: '检查附件', en: 'Check the attachment' },
  attachmentOffer: { zh: '此页的年报以附件发布：', en: 'This page publishes its report as a file: ' },
  dismiss: { zh: '关闭', en: 'Close' },
} satisfies Record<string, Record<Lang, string>>;

export type StringId = keyof typeof OVERLAY_STRINGS;

export function t(lang: Lang, id: StringId): string {
  return OVERLAY_STRINGS[id][lang];
}

export function findingMessage(f: Finding, lang: Lang): string {
  return lang === 'en' ? f.messageEn : f.message;
}

export function severityLabel(lang: Lang, s: Finding['severity']): string {
  return t(lang, s === 'error' ? 'severityError' : s === 'warning' ? 'severityWarning' : 'severityInfo');
}
