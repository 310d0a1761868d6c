/**
 * The engine's state on one page (entrypoints/engine.ts): the last analysis, the overlay, the late-load watcher
 * and what the popup asks of them. Side effects stop with the WXT context (extension update or reload).
 */
import { check, mergeChecks } from '@/core/check';
import { compareYears, recordOf } from '@/core/cross-year';
import type { YearRecord } from '@/core/year-record';
import { analyze, toExport, type Analysis } from '@/core/index';
import { countFindings, type Counts, type ReportExport } from '@/core/export';
import { locationOf } from '@/core/location';
import { RULES } from '@/core/rules/registry';
import { xyRules } from '@/core/rules/xy';
import { checkSummary } from '@/core/summary';
import { sendToRuntime } from '../messaging';
import type { PageState } from '../protocol';
import type { Lifecycle } from './lifecycle';
import type { PageOverlay } from './overlay';
import { touchesTables, watchForArticle, watchMutations, type Watch } from './watch';

export class PageSession {
  private analysis: Analysis | undefined;
  private articleWatch: Watch | undefined;
  private watchingTables = false;
  /** The same agency's previous year, once the background has said it keeps one (the XY rules run with it). */
  private previous: YearRecord | undefined;

  constructor(
    private readonly ctx: Lifecycle,
    private readonly doc: Document,
    private readonly overlay: PageOverlay,
  ) {}

  /**
   * On injection, which is the decision: the gate saw a report title, or the user asked (「检查此页」). Check at
   * once, and if the report is not there yet, again as an article arrives.
   */
  start(): void {
    this.check();
    if (!this.analysis?.isReport) this.articleWatch = watchForArticle(this.ctx, this.doc, () => this.check());
  }

  /** Runs the engine on the live DOM and shows (or updates) the overlay. */
  check(): Analysis {
    const analysis = analyze(this.doc, this.doc.location?.href ?? '', { previous: this.previous });
    this.analysis = analysis;
    if (analysis.isReport) {
      this.articleWatch?.stop();
      this.overlay.show(analysis);
      this.watchTables();
      this.reportStatus(true, countFindings(analysis.findings));
      this.exchangeRecord(analysis);
    } else if (!this.overlay.mounted) {
      this.reportStatus(false, null);
    }
    return analysis;
  }

  state(): PageState {
    const a = this.analysis;
    const url = this.doc.location?.href ?? '';
    const watching = this.articleWatch?.active ?? false;
    if (!a) return { isReport: false, url, reason: 'no-title', watching };
    if (!a.isReport) {
      return { isReport: false, url, reason: a.reason, title: a.title, error: a.error, watching };
    }
    const { report, findings, failures } = a;
    return {
      isReport: true,
      url,
      title: report.title,
      agency: report.agency,
      year: report.year,
      formatVersion: report.formatVersion,
      counts: countFindings(findings),
      findings,
      locations: findings.map(locationOf),
      legend: Object.fromEntries(
        RULES.filter((r) => findings.some((f) => f.rule === r.meta.id)).map((r) => [r.meta.id, r.meta.summary]),
      ),
      summary: checkSummary(report, findings, a.relationsChecked),
      failures,
      crossYear: this.previous
        ? { year: this.previous.year, url: this.previous.url, rows: compareYears(report, this.previous) }
        : null,
      overlayVisible: this.overlay.visible,
    };
  }

  /** Shows a finding on the page (and the overlay, if hidden). */
  focus(index: number): PageState {
    if (!this.overlay.focus(index)) throw new Error(`no finding ${index}`);
    return this.state();
  }

  setOverlayVisible(visible: boolean): PageState {
    this.overlay.setVisible(visible);
    return this.state();
  }

  exportReport(): ReportExport {
    if (!this.analysis?.isReport) throw new Error('not a report');
    return toExport(this.analysis);
  }

  /**
   * Says the toolbar badge again: the background words its tooltip in the language of the moment, so after a
   * language switch it is asked anew (without this the tooltip kept the old language until the page reloaded).
   */
  resendStatus(): void {
    const a = this.analysis;
    if (a?.isReport) this.reportStatus(true, countFindings(a.findings));
  }

  /** The toolbar badge is cosmetic: if the background is restarting, the next check sets it. */
  private reportStatus(isReport: boolean, counts: Counts | null): void {
    sendToRuntime({ type: 'status', isReport, counts }).catch(() => undefined);
  }

  /**
   * Leaves this report's record with the background and, when it keeps the previous year's, adds the cross-year
   * findings (only those rules run again: the rest of the check stands). Records are a convenience: no answer,
   * no cross-year findings.
   */
  private exchangeRecord(analysis: Extract<Analysis, { isReport: true }>): void {
    const record = recordOf(analysis.report);
    if (!record) return;
    sendToRuntime({ type: 'year-record', record })
      .then((previous) => {
        if (!previous || this.previous || this.analysis !== analysis) return;
        this.previous = previous;
        const xy = check(analysis.report, { rules: xyRules, previous });
        if (!xy.findings.length && !xy.relationsChecked) return;
        const merged = mergeChecks(analysis, xy);
        this.analysis = merged;
        this.overlay.show(merged);
        this.reportStatus(true, countFindings(merged.findings));
      })
      .catch(() => undefined);
  }

  /** On a report, re-check when its tables change (a CMS that renders them in steps, a tab switch). */
  private watchTables(): void {
    if (this.watchingTables || !this.doc.body) return;
    this.watchingTables = true;
    watchMutations(this.ctx, this.doc.body, { debounceMs: 600, relevant: touchesTables }, () => this.check());
  }
}
