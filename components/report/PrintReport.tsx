/**
 * The printable findings report (issue 9, 7): what an inspector files — the report's title, agency, year and
 * address, when it was checked, the counts and what was read, then every finding with its numbers and place, by
 * part of the report. Opened from the popup in a tab of its own; 「打印 / 存为 PDF」 uses the browser's print.
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { groupFindings, type FindingGroup } from '@/core/group';
import { sendToTab } from '@/extension/send-to-tab';
import type { PageState } from '@/extension/protocol';
import { loadSettings } from '@/extension/settings';
import { Counts } from '../FindingList';
import { findingMessage, severityLabel, type Lang } from '../i18n';
import { t } from '../page-strings';
import { SEVERITY_GLYPH } from '../severity';

type Report = Extract<PageState, { isReport: true }>;
type View = { kind: 'loading' } | { kind: 'report'; state: Report; at: Date } | { kind: 'none'; message: string };

export function PrintReport(props: { tabId: number }) {
  const { tabId } = props;
  const [lang, setLang] = useState<Lang | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  useEffect(() => {
    void loadSettings().then((s) => setLang(s.lang));
    sendToTab(tabId, { type: 'get-state' })
      .then((state) =>
        setView(state.isReport ? { kind: 'report', state, at: new Date() } : { kind: 'none', message: '' }),
      )
      .catch((err) => setView({ kind: 'none', message: String((err as Error).message ?? err) }));
  }, [tabId]);
  useEffect(() => {
    if (view.kind === 'report') document.title = `${view.state.title} · ${t(lang ?? 'zh', 'printTitle')}`;
  }, [view, lang]);

  if (!lang || view.kind === 'loading') return null;
  if (view.kind === 'none') {
    return (
      <main class="print-report">
        <p data-state="no-report">
          {t(lang, 'printNoReport')}
          {view.message && ` (${view.message})`}
        </p>
      </main>
    );
  }
  const s = view.state;
  return (
    <main class="print-report" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div class="no-print toolbar">
        <button type="button" data-action="print" onClick={() => window.print()}>
          {t(lang, 'printNow')}
        </button>
      </div>
      <p class="kicker">
        {t(lang, 'appName')} · {t(lang, 'printTitle')}
      </p>
      <h1 data-field="title">{s.title}</h1>
      <dl class="facts">
        <dt>{t(lang, 'agency')}</dt>
        <dd data-field="agency">{s.agency || '—'}</dd>
        <dt>{t(lang, 'year')}</dt>
        <dd data-field="year">{s.year ?? t(lang, 'unknownYear')}</dd>
        <dt>{t(lang, 'format')}</dt>
        <dd>{t(lang, s.formatVersion === '2019' ? 'formatName2019' : 'formatName2021')}</dd>
        <dt>{t(lang, 'address')}</dt>
        <dd data-field="url" class="url">
          {s.url}
        </dd>
        <dt>{t(lang, 'checkedAt')}</dt>
        <dd data-field="checked-at">{formatTime(view.at)}</dd>
      </dl>
      <p class="countline">
        <Counts counts={s.counts} lang={lang} />
      </p>
      <p class="checked" data-field="summary">
        {lang === 'en' ? s.summary.en : s.summary.zh}
      </p>
      {s.failures.length > 0 && (
        <p class="failures">{t(lang, 'couldNotCheck') + s.failures.map((f) => `${f.rule}（${f.error}）`).join('；')}</p>
      )}
      {s.findings.length === 0 ? (
        <p class="ok">{t(lang, 'noFindings')}</p>
      ) : (
        <table class="findings-table">
          <thead>
            <tr>
              <th>{t(lang, 'colNo')}</th>
              <th>{t(lang, 'colSeverity')}</th>
              <th>{t(lang, 'colRule')}</th>
              <th>{t(lang, 'colFinding')}</th>
              <th>{t(lang, 'colWhere')}</th>
            </tr>
          </thead>
          {numbered(groupFindings(s.findings)).map((g) => (
            <tbody key={g.key} data-group={g.key}>
              <tr class="group-row">
                <th colSpan={5}>{lang === 'en' ? g.en : g.zh}</th>
              </tr>
              {g.items.map(([i, no]) => {
                const f = s.findings[i]!;
                return (
                  <tr key={i} data-index={i} data-rule={f.rule} data-severity={f.severity}>
                    <td class="num">{no}</td>
                    <td class={`sev sev-${f.severity}`}>
                      {SEVERITY_GLYPH[f.severity]} {severityLabel(lang, f.severity)}
                    </td>
                    <td class="rule" title={s.legend[f.rule]?.[lang]}>
                      {f.rule}
                    </td>
                    <td class="msg">{findingMessage(f, lang)}</td>
                    <td class="where">{s.locations[i]?.[lang] ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      )}
      {Object.keys(s.legend).length > 0 && (
        <section class="legend">
          <h2>{t(lang, 'ruleLegend')}</h2>
          <dl>
            {Object.entries(s.legend).map(([rule, text]) => (
              <Fragment key={rule}>
                <dt>{rule}</dt>
                <dd>{text[lang]}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}
    </main>
  );
}

/** Numbers the findings 1…n in the order printed (by part of the report), so the sheet reads in sequence. */
function numbered(groups: FindingGroup[]) {
  let no = 0;
  return groups.map((g) => ({ ...g, items: g.items.map((i) => [i, ++no] as const) }));
}

/** 2026-11-23 14:05 in the user's clock, the same in both languages (an inspector's file wants a plain date). */
function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
