/** The toolbar badge for a tab: errors in red, else warnings in amber, else a green tick; nothing off reports. */
import type { Counts } from '@/core/counts';
import { t, type Lang } from '@/components/i18n';

export interface ToolbarBadge {
  text: string;
  color?: string;
  title?: string;
}

export function toolbarBadge(isReport: boolean, counts: Counts | null, lang: Lang = 'zh'): ToolbarBadge {
  if (!isReport || !counts) return { text: '' };
  const sep = lang === 'zh' ? '，' : ', ';
  const parts = (['error', 'warning', 'info'] as const).map((s) => `${counts[s]} ${t(lang, s)}`);
  const summary = `${t(lang, 'appName')}${lang === 'zh' ? '：' : ': '}${parts.join(sep)}`;
  if (counts.error > 0) return { text: badgeNumber(counts.error), color: '#cf222e', title: summary };
  if (counts.warning > 0) return { text: badgeNumber(counts.warning), color: '#bf8700', title: summary };
  return { text: '✓', color: '#1a7f37', title: summary };
}

function badgeNumber(n: number): string {
  return n > 99 ? '99+' : String(n);
}
