/**
 * The toolbar button for a tab: errors in red, else warnings in amber, else a green tick; nothing on pages that are
 * no report. Its title (shown on hover) says what was decided about the page: its counts, or that it is no report,
 * and until then the extension's name alone.
 */
import type { Counts } from '@/core/counts';
import { t, type Lang } from '@/components/i18n';

export interface ToolbarBadge {
  text: string;
  color?: string;
  title: string;
}

/** Toolbar-only words, kept out of the overlay's strings (which every report page carries). */
const NO_REPORT = { zh: '此页不是年度报告，未检查', en: 'not an annual report, nothing checked' };

const titled = (lang: Lang, words: string) => `${t(lang, 'appName')}${lang === 'zh' ? '：' : ': '}${words}`;

export function toolbarBadge(isReport: boolean, counts: Counts | null, lang: Lang = 'zh'): ToolbarBadge {
  if (!isReport || !counts) return { text: '', title: titled(lang, NO_REPORT[lang]) };
  const sep = lang === 'zh' ? '，' : ', ';
  const summary = titled(
    lang,
    (['error', 'warning', 'info'] as const).map((s) => `${counts[s]} ${t(lang, s)}`).join(sep),
  );
  if (counts.error > 0) return { text: badgeNumber(counts.error), color: '#cf222e', title: summary };
  if (counts.warning > 0) return { text: badgeNumber(counts.warning), color: '#bf8700', title: summary };
  return { text: '✓', color: '#1a7f37', title: summary };
}

/** A new page in the tab, not decided yet. */
export function undecidedBadge(lang: Lang = 'zh'): ToolbarBadge {
  return { text: '', title: t(lang, 'appName') };
}

function badgeNumber(n: number): string {
  return n > 99 ? '99+' : String(n);
}
