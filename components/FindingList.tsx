/**
 * Findings grouped by part of the report, each a button; shared by the on-page summary and the popup. With
 * `onCopy` (the popup), each finding also gets a button that copies it as a sentence.
 */
import { groupFindings } from '@/core/group';
import type { Finding } from '@/core/model';
import { findingMessage, severityLabel, t, type Lang } from './i18n';
import { SEVERITY_GLYPH } from './severity';

export function FindingList(props: {
  findings: Finding[];
  lang: Lang;
  onSelect: (index: number) => void;
  onCopy?: (index: number) => void;
  /** What each rule checks, shown on its code (the popup's legend). */
  legend?: Record<string, { zh: string; en: string }>;
}) {
  const { findings, lang, onSelect, onCopy, legend } = props;
  if (findings.length === 0) return <p class="ok">{t(lang, 'noFindings')}</p>;
  return (
    <div class="findings">
      {groupFindings(findings).map((g) => (
        <section key={g.key} class="fgroup" data-group={g.key}>
          <div class="group">{lang === 'en' ? g.en : g.zh}</div>
          {g.items.map((i) => {
            const f = findings[i]!;
            const item = (
              <button
                type="button"
                key={i}
                class="item"
                data-index={i}
                data-rule={f.rule}
                data-severity={f.severity}
                title={t(lang, 'flashHint')}
                onClick={() => onSelect(i)}
              >
                <span class={`dot sev-${f.severity}`} role="img" aria-label={severityLabel(lang, f.severity)}>
                  {SEVERITY_GLYPH[f.severity]}
                </span>
                <span class="rule" title={legend?.[f.rule]?.[lang]}>
                  {f.rule}
                </span>
                <span class="msg">{findingMessage(f, lang)}</span>
              </button>
            );
            if (!onCopy) return item;
            return (
              <div key={i} class="row">
                {item}
                <button
                  type="button"
                  class="copy-one"
                  data-action="copy-finding"
                  data-index={i}
                  onClick={() => onCopy(i)}
                >
                  {t(lang, 'copy')}
                </button>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}

export function Counts(props: { counts: Record<Finding['severity'], number>; lang: Lang }) {
  const { counts, lang } = props;
  return (
    <span class="counts">
      {(['error', 'warning', 'info'] as const).map((s) => (
        <span key={s} class="count" data-severity={s}>
          <span class={`dot sev-${s}`} aria-hidden="true">
            {SEVERITY_GLYPH[s]}
          </span>
          {counts[s]} {t(lang, s)}
        </span>
      ))}
    </span>
  );
}
