/**
 * Findings as text a person pastes into 整改意见 or a mail: one sentence per finding with its severity, rule and
 * place; a whole report as a short header and the list. Plain text, one finding per line, no markup.
 */
import type { Counts } from './counts';
import type { Finding } from './model';
import type { Label } from './parts';

type Lang = 'zh' | 'en';

const SEVERITY: Record<Lang, Record<Finding['severity'], string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
};

/** "【错误】SUM-01 表三“总计”列：新收…≠…（位置：表三 一、本年新收政府信息公开申请数量/总计）" */
export function findingText(f: Finding, where: Label | undefined, lang: Lang): string {
  const message = lang === 'zh' ? f.message : f.messageEn;
  const place = where ? (lang === 'zh' ? `（位置：${where.zh}）` : ` (at ${where.en})`) : '';
  return lang === 'zh'
    ? `【${SEVERITY.zh[f.severity]}】${f.rule} ${message}${place}`
    : `[${SEVERITY.en[f.severity]}] ${f.rule} ${message}${place}`;
}

export interface ReportTextInput {
  title: string;
  url: string;
  counts: Counts;
  summary: Label;
  findings: Finding[];
  locations: Label[];
}

export function reportText(r: ReportTextInput, lang: Lang): string {
  const counts =
    lang === 'zh'
      ? `错误${r.counts.error}项，警告${r.counts.warning}项，提示${r.counts.info}项`
      : `${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} notes`;
  const checked = lang === 'zh' ? `${counts}；${r.summary.zh}` : `${counts}; ${r.summary.en}`;
  const lines = [r.title, r.url, checked];
  lines.push('', ...r.findings.map((f, i) => `${i + 1}. ${findingText(f, r.locations[i], lang)}`));
  return `${lines.join('\n')}\n`;
}
