/**
 * The engine's state on one page (entrypoints/engine.ts): the last analysis, the overlay, the late-load watcher
 * and what the popup asks of them. Side effects stop with the WXT context (extension update or reload).
 */
import { findAttachments, type Attachment } from '@/core/attachments';
import { analyzeSteps, toExport, type Analysis } from '@/core/index';
import type { YearRecord } from '@/core/year-record';
import { countFindings, type Counts, type ReportExport } from '@/core/export';
import { sendToRuntime } from '../messaging';
import { withCrossYear } from '@/core/cross-year-check';
import { exchangeRecord } from '../previous-year';
import { fetchPreviousYear, type LoadPage } from './fetch-previous';
import type { PageState } from '../protocol';
import type { Lifecycle } from './lifecycle';
import type { AttachmentNotice, PageOverlay } from './overlay';
import { runInSlices, type SliceClock } from './slices';
import { pageStateOf } from './state';
import { touchesTables, watchForArticle, watchMutations, type Watch } from './watch';

export class PageSession {
  private analysis: Analysis | undefined;
  private attachments: Attachment[] = [];
  private articleWatch: Watch | undefined;
  private watchingTables = false;
  /** The same agency's previous year, once the background has said it keeps one (the XY rules run with it). */
  private previous: YearRecord | undefined;
  /** The check under way, when a large page takes it over more than one task, and who waits for its end. */
  private running: { cancel: () => void; waiting: (() => void)[] } | undefined;

  constructor(
    private readonly ctx: Lifecycle,
    private readonly doc: Document,
    private readonly overlay: PageOverlay,
    private readonly notice?: Pick<AttachmentNotice, 'offer'>,
    /** Time and later tasks for a check in slices; tests pass their own. */
    private readonly clock: SliceClock = { now: () => performance.now(), later: (cb) => void ctx.setTimeout(cb, 0) },
  ) {
    ctx.onInvalidated(() => this.running?.cancel());
  }

  /**
   * On injection, which is the decision: the gate saw a report title, or the user asked (「检查此页」). Check at
   * once, and if the report is not there yet, again as an article arrives.
   */
  start(): void {
    this.check();
    this.whenChecked(() => {
      if (!this.analysis?.isReport) this.articleWatch = watchForArticle(this.ctx, this.doc, () => this.check());
    });
  }

  /**
   * Runs the engine on the live DOM and shows (or updates) the overlay. A typical report is checked at once; a
   * large one a few milliseconds per task (./slices.ts), its badges drawn when it is done. A new check replaces
   * one under way, whose waiters then wait for the new one.
   */
  check(): void {
    const before = this.running;
    before?.cancel();
    const run = { cancel: () => {}, waiting: before?.waiting ?? [] };
    this.running = run;
    const previous = this.previous;
    const steps = analyzeSteps(this.doc, this.doc.location?.href ?? '', { previous });
    const finish = (analysis: Analysis) => {
      this.running = undefined;
      try {
        // The previous year may have come while a large page was checked over several tasks.
        const late = analysis.isReport && this.previous && this.previous !== previous;
        this.show(late ? withCrossYear(analysis, this.previous!) : analysis);
      } finally {
        // Whatever happened, nobody waits for ever (the popup asks through checked()).
        for (const cb of run.waiting) cb();
      }
    };
    run.cancel = runInSlices(steps, this.clock, finish, (err) =>
      finish({ isReport: false, reason: 'unreadable', error: String(err) }),
    );
    // Still running: the page may change its tables between two slices, which this run may have read half of.
    // The watch then checks again (it replaces this run, or follows it).
    if (this.running === run) this.watchTables();
  }

  /** Resolves once no check is under way (at once on a typical report, whose check took one task). */
  checked(): Promise<void> {
    return new Promise((resolve) => this.whenChecked(resolve));
  }

  private whenChecked(cb: () => void): void {
    if (this.running) this.running.waiting.push(cb);
    else cb();
  }

  private show(analysis: Analysis): void {
    this.analysis = analysis;
    this.attachments = this.reportFiles(analysis);
    this.notice?.offer(this.attachments.find((a) => a.kind !== 'doc'));
    if (analysis.isReport) {
      this.articleWatch?.stop();
      this.overlay.show(analysis);
      this.watchTables();
      this.reportStatus(true, countFindings(analysis.findings));
      this.addPreviousYear(analysis);
    } else if (!this.overlay.mounted) {
      this.reportStatus(false, null);
    }
  }

  state(): PageState {
    return pageStateOf(this.analysis, {
      url: this.doc.location?.href ?? '',
      overlayVisible: this.overlay.visible,
      watching: this.articleWatch?.active ?? false,
      attachments: this.attachments,
      // Chrome runs content scripts in the empty wrapper document of its PDF viewer.
      pdfTab: this.doc.contentType === 'application/pdf',
      previous: this.previous,
    });
  }

  /**
   * The report's own files, where the page names a report but shows none of its tables: a report title without
   * the report's structure, or a report whose tables are not on the page.
   */
  private reportFiles(a: Analysis): Attachment[] {
    const titled = a.isReport || a.reason === 'no-structure';
    const noTables = !a.isReport || (!a.report.tables.T2 && !a.report.tables.T3 && !a.report.tables.T4);
    return titled && noTables ? findAttachments(this.doc, this.doc.location?.href || undefined) : [];
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

  /**
   * 「获取上年度报告并比对」: the previous year's report fetched from this site (extension/page/fetch-previous.ts),
   * kept as a record like any checked report, and this report checked against it.
   */
  async fetchPrevious(load?: LoadPage): Promise<PageState> {
    const a = this.analysis;
    if (!a?.isReport) throw new Error('not a report');
    if (this.previous) return this.state();
    const previous = await fetchPreviousYear(this.doc, a.report, load);
    // Kept like a report the user checked: next time (and for the other years) it is known.
    await sendToRuntime({ type: 'year-record', record: previous }).catch(() => undefined);
    if (this.analysis !== a || this.previous) return this.state();
    this.previous = previous;
    const merged = withCrossYear(a, previous);
    this.analysis = merged;
    this.overlay.show(merged);
    this.reportStatus(true, countFindings(merged.findings));
    return this.state();
  }

  /** The cross-year findings, drawn once the background has answered with the previous year (extension/previous-year.ts). */
  private addPreviousYear(analysis: Extract<Analysis, { isReport: true }>): void {
    void exchangeRecord(analysis).then((previous) => {
      if (!previous || this.previous || this.analysis !== analysis) return;
      this.previous = previous;
      const merged = withCrossYear(analysis, previous);
      this.analysis = merged;
      this.overlay.show(merged);
      this.reportStatus(true, countFindings(merged.findings));
    });
  }

  /** The toolbar badge is cosmetic: if the background is restarting, the next check sets it. */
  private reportStatus(isReport: boolean, counts: Counts | null): void {
    sendToRuntime({ type: 'status', isReport, counts }).catch(() => undefined);
  }

  /** On a report, re-check when its tables change (a CMS that renders them in steps, a tab switch). */
  private watchTables(): void {
    if (this.watchingTables || !this.doc.body) return;
    this.watchingTables = true;
    watchMutations(this.ctx, this.doc.body, { debounceMs: 600, relevant: touchesTables }, () => this.check());
  }
}
