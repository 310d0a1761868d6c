/**
 * The engine's state on one page (entrypoints/engine.ts): the last analysis, the overlay, the late-load watcher
 * and what the popup asks of them. The page's markup is checked in the background (extension/check-page.ts),
 * whose answer names the page's elements by place: the session finds them in the page (core/places.ts). Side
 * effects stop with the page's context (extension update or reload).
 */
import { findAttachments, type Attachment } from '@/core/attachments';
import type { Anchors } from '@/core/anchor';
import type { Analysis } from '@/core/index';
import type { ReportHead } from '@/core/report-head';
import { elementsAt, placesMissing } from '@/core/places';
import { resolveAnchors } from '@/core/scan';
import type { YearRecord } from '@/core/year-record';
import type { Counts } from '@/core/counts';
import type { ReportExport } from '@/core/export';
import type { Finding } from '@/core/model';
import type { CheckedMarkup } from '../check-page';
import type { Settings } from '../settings';
import { sendToRuntime } from '../messaging';
import type { ReportFacts } from '../report-facts';
import type { LoadPage, Wanted } from './fetch-previous';
import type { FinderLoader } from './previous-loader';
import type { PageCheckAnswer, PageState } from '../protocol';
import type { Ask } from './first-check';
import type { Lifecycle, PageStatus } from './lifecycle';
import type { AttachmentNotice, PageOverlay } from './overlay';
import { markupOf } from './markup';
import { pageStateOf } from './state';
import { touchesTables, watchForArticle, watchMutations, type Watch } from './watch';

/** A check as the page holds it: its anchors found in the page, of its report the head only. */
type PageCheck = Analysis<Anchors, ReportHead>;

export class PageSession {
  /** Of a report, its head only (core/report-head.ts): an export checks the page again. */
  private analysis: PageCheck | undefined;
  /** What the background worked out for the popup with the analysis (counts, legend, summary, 与上年对比). */
  private facts: ReportFacts | null = null;
  private attachments: Attachment[] = [];
  private articleWatch: Watch | undefined;
  /** Table changes on a report (or on a page whose markup is with the background) re-check it. */
  private tableWatch: Watch | undefined;
  /** The previous year the report was checked against (kept by the background, or fetched by the page). */
  private previous: YearRecord | undefined;
  /** The last check's answer had places the page no longer had, and one more check followed (one, not a loop). */
  private lookedAgain = false;
  /** Checks started, to tell whether another has started since. */
  private started = 0;
  /** The check under way (the background's, then its answer shown), and who waits. */
  private running: { cancel: () => void; waiting: (() => void)[] } | undefined;

  constructor(
    private readonly ctx: Lifecycle,
    private readonly doc: Document,
    private readonly overlay: PageOverlay,
    private readonly notice?: Pick<AttachmentNotice, 'offer'>,
    /** 「获取上年度报告并比对」's code, loaded on the first click (extension/page/previous-loader.ts). */
    private readonly findPrevious: FinderLoader = () => Promise.reject(new Error('本页不能获取上年度报告')),
    /** The user's settings, as each check's answer carries them (the page reads no storage). */
    private readonly onSettings: (settings: Settings) => void = () => undefined,
    /** How a check asks the background (the first one without messaging: extension/page/first-check.ts). */
    private readonly askBackground: Ask = (request) => sendToRuntime(request),
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
   * Has the background check the page's markup and shows (or updates) the overlay. A new check replaces one under
   * way (whose answer, if it comes, is dropped), and the waiters of the old one wait for the new one.
   */
  check(): void {
    const before = this.running;
    before?.cancel();
    let cancelled = false;
    const run = {
      cancel: () => {
        cancelled = true;
      },
      waiting: before?.waiting ?? [],
    };
    this.running = run;
    const number = ++this.started;
    const release = () => {
      this.running = undefined;
      // Whatever happened, nobody waits for ever (the popup asks through checked()).
      for (const cb of run.waiting) cb();
    };
    const finish = (
      analysis: PageCheck,
      facts: ReportFacts | null = null,
      previous?: YearRecord,
      statusShown = false,
    ) => {
      if (cancelled) return;
      try {
        this.show(analysis, facts, previous, statusShown);
      } finally {
        release();
      }
    };
    const unreadable = (err: unknown) => finish({ isReport: false, reason: 'unreadable', error: String(err) });
    const send = (html: string) => {
      const previous = this.previous;
      this.ask(html, previous).then(
        (answer) => {
          if (cancelled) return;
          // A previous year fetched by the page (「获取上年度报告并比对」) while the page was away: ask again with it.
          if (this.previous && this.previous !== previous) return send(html);
          if (answer.settings) this.onSettings(answer.settings);
          let placed: ReturnType<typeof resolved>;
          try {
            placed = resolved(answer, this.doc);
          } catch (err) {
            return unreadable(err);
          }
          finish(placed.analysis, answer.facts, answer.previous ?? undefined, answer.statusShown);
          // Elements that moved while the markup was away (a script's banner) leave badges out: once, look again.
          if (placed.missing && !this.lookedAgain) {
            this.ctx.setTimeout(() => this.started === number && this.check(), AGAIN_MS);
          }
          this.lookedAgain = placed.missing > 0;
        },
        (err) => {
          if (cancelled) return;
          // The background did not answer (restarting, updated): a report already shown stays as it is, rather
          // than its badges staying over a page the popup calls unreadable. A first check says why.
          if (this.analysis?.isReport) release();
          else unreadable(err);
        },
      );
    };
    let html: string;
    try {
      html = markupOf(this.doc);
    } catch (err) {
      unreadable(err);
      return;
    }
    // The tables may change while the page is with the background: that change is checked too.
    this.watchTables();
    send(html);
  }

  /** The background's check of the page; an answer that is no check (a background of another version) is an error. */
  private async ask(html: string, previous: YearRecord | undefined): Promise<PageCheckAnswer> {
    const url = this.doc.location?.href ?? '';
    const answer = await this.askBackground({ type: 'check-page', html, url, ...(previous ? { previous } : {}) });
    if (!answer?.analysis || !answer.places) throw new Error('后台没有给出检查结果');
    return answer;
  }

  /** Resolves once no check is under way: the background's answer shown. */
  checked(): Promise<void> {
    return new Promise((resolve) => this.whenChecked(resolve));
  }

  private whenChecked(cb: () => void): void {
    if (this.running) this.running.waiting.push(cb);
    else cb();
  }

  /** `statusShown`: the background set the toolbar badge from this answer itself. */
  private show(
    analysis: PageCheck,
    facts: ReportFacts | null,
    previous: YearRecord | undefined,
    statusShown = false,
  ): void {
    this.analysis = analysis;
    this.facts = facts;
    // The previous year the background checked against; one the page fetched stays until the page is no report.
    this.previous = analysis.isReport ? (previous ?? this.previous) : undefined;
    this.attachments = this.reportFiles(analysis);
    this.notice?.offer(this.attachments.find((a) => a.kind !== 'doc'));
    if (analysis.isReport) {
      this.articleWatch?.stop();
      const { report, findings, anchors } = analysis;
      this.overlay.show({ titleLine: report.titleLine, findings, anchors });
      this.watchTables();
      if (facts && !statusShown) this.reportStatus(true, facts.counts);
      return;
    }
    // No report: its table changes are no reason to check again (the article watch waits for one to arrive).
    this.tableWatch?.stop();
    this.tableWatch = undefined;
    if (!this.overlay.mounted && !statusShown) this.reportStatus(false, null);
  }

  state(): PageState {
    return pageStateOf(
      this.analysis,
      {
        url: this.doc.location?.href ?? '',
        overlayVisible: this.overlay.visible,
        watching: this.articleWatch?.active ?? false,
        attachments: this.attachments,
        // Chrome runs content scripts in the empty wrapper document of its PDF viewer.
        pdfTab: this.doc.contentType === 'application/pdf',
      },
      this.facts,
    );
  }

  /**
   * The report's own files, where the page names a report but shows none of its tables: a report title without
   * the report's structure, or a report whose tables are not on the page.
   */
  private reportFiles(a: PageCheck): Attachment[] {
    const titled = a.isReport || a.reason === 'no-structure';
    const noTables = !a.isReport || a.report.tableIds.length === 0;
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

  /**
   * The report in full for 「导出」: the page keeps only its head, so the background checks the page's markup again,
   * against the same previous year (extension/check-page.ts exportMarkup).
   */
  async exportReport(): Promise<ReportExport> {
    const shown = this.analysis;
    if (!shown?.isReport) throw new Error('not a report');
    const url = this.doc.location?.href ?? '';
    const previous = this.previous;
    const html = markupOf(this.doc);
    const exported = await sendToRuntime({ type: 'export-page', html, url, ...(previous ? { previous } : {}) });
    // The tables changed since the check (within the table watch's wait): the export is of the page as it is now,
    // and the badges catch up with it.
    if (this.analysis === shown && !sameFindings(exported.findings, shown.findings)) this.check();
    return exported;
  }

  /** What the toolbar badge should say of the page as last checked; undefined before the first check is shown. */
  status(): PageStatus | undefined {
    const a = this.analysis;
    if (!a) return undefined;
    return { isReport: a.isReport, counts: a.isReport ? (this.facts?.counts ?? null) : null };
  }

  /**
   * Says the toolbar badge again: the background words its tooltip in the language of the moment, so after a
   * language switch it is asked anew (without this the tooltip kept the old language until the page reloaded).
   */
  resendStatus(): void {
    if (this.analysis?.isReport && this.facts) this.reportStatus(true, this.facts.counts);
  }

  /**
   * 「获取上年度报告并比对」: the previous year's report fetched from this site (extension/page/fetch-previous.ts),
   * kept by the background as a record like any checked report, and this report checked against it.
   */
  async fetchPrevious(load?: LoadPage): Promise<PageState> {
    const a = this.analysis;
    if (!a?.isReport) throw new Error('not a report');
    if (this.previous) return this.state();
    const readRecord = (html: string, url: string, want: Wanted) =>
      sendToRuntime({ type: 'read-record', html, url, want });
    const fetchPreviousYear = await this.findPrevious();
    const previous = await fetchPreviousYear(this.doc, a.report, readRecord, load);
    if (!this.analysis?.isReport) return this.state();
    // Checked again with it: a check already under way (the page changed meanwhile) is replaced, not raced.
    this.previous ??= previous;
    this.check();
    await this.checked();
    return this.state();
  }

  /** The toolbar badge is cosmetic: if the background is restarting, the next check sets it. */
  private reportStatus(isReport: boolean, counts: Counts | null): void {
    sendToRuntime({ type: 'status', isReport, counts }).catch(() => undefined);
  }

  /** On a report, re-check when its tables change (a CMS that renders them in steps, a tab switch). */
  private watchTables(): void {
    if (this.tableWatch?.active || !this.doc.body) return;
    this.tableWatch = watchMutations(this.ctx, this.doc.body, { debounceMs: 600, relevant: touchesTables }, () =>
      this.check(),
    );
  }
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length && a.every((f, i) => f.rule === b[i]!.rule && f.message === b[i]!.message);

/** A check again after one whose elements the page no longer had, ms: a script's changes have settled by then. */
const AGAIN_MS = 1000;

/** The background's answer with its anchors found in the page, and how many of their places it did not have. */
function resolved({ analysis, places }: CheckedMarkup, doc: Document): { analysis: PageCheck; missing: number } {
  if (!analysis.isReport) return { analysis, missing: 0 };
  const found = elementsAt(doc, places);
  return {
    analysis: { ...analysis, anchors: resolveAnchors(analysis.anchors, found) },
    missing: placesMissing(places, found),
  };
}
