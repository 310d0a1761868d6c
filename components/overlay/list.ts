/**
 * The summary's counts and its finding list, drawn with plain DOM for the on-page overlay: the same markup and
 * classes as components/FindingList.tsx (which the popup and the document page render with Preact), so LIST_CSS
 * styles both. The list is built only when the user opens it.
 */
import type { Counts as CountsT } from '@/core/counts';
import { groupFindings } from '@/core/group';
import type { Finding } from '@/core/model';
import { findingMessage, severityLabel, t, type Lang } from '../i18n';
import { el } from './dom';

/** Findings grouped by part of the report, each a button that shows it on the page. */
export function findingList(doc: Document, findings: Finding[], lang: Lang, onSelect: (index: number) => void) {
  if (findings.length === 0) return el(doc, 'p', { class: 'ok' }, t(lang, 'noFindings'));
  const sections = groupFindings(findings).map((g) => {
    const items = g.items.map((i) => {
      const f = findings[i]!;
      const item = el(
        doc,
        'button',
        {
          type: 'button',
          class: 'item',
          'data-index': String(i),
          'data-rule': f.rule,
          'data-severity': f.severity,
          title: t(lang, 'flashHint'),
        },
        // Its mark is drawn (styles.ts), as on the badges.
        el(doc, 'span', { class: `dot sev-${f.severity}`, role: 'img', 'aria-label': severityLabel(lang, f.severity) }),
        el(doc, 'span', { class: 'rule' }, f.rule),
        el(doc, 'span', { class: 'msg' }, findingMessage(f, lang)),
      );
      item.addEventListener('click', () => onSelect(i));
      return item;
    });
    return el(
      doc,
      'section',
      { class: 'fgroup', 'data-group': g.key },
      el(doc, 'div', { class: 'group' }, lang === 'en' ? g.en : g.zh),
      ...items,
    );
  });
  return el(doc, 'div', { class: 'findings' }, ...sections);
}

/** How many findings of each severity, each with its mark (drawn: styles.ts). */
export function counts(doc: Document, c: CountsT, lang: Lang): HTMLElement {
  return el(
    doc,
    'span',
    { class: 'counts' },
    ...(['error', 'warning', 'info'] as const).map((s) =>
      el(
        doc,
        'span',
        { class: 'count', 'data-severity': s },
        el(doc, 'span', { class: `dot sev-${s}`, 'aria-hidden': 'true' }),
        `${c[s]} ${t(lang, s)}`,
      ),
    ),
  );
}
