/**
 * The engine's state on one page (entrypoints/engine.ts): it checks the live page with the shared core in slices
 * (extension/page/slices.ts), draws the overlay on the page's own elements, keeps the last analysis and answers
 * what the popup asks of it. The background keeps the cross-year records: the page asks it for the previous year
 * once its report is known. Side effects stop with the page's context (extension update or reload).
 */
import { findAttachments, type Attachment } from '@/core/attachments';
import { titleParagraph } from '@/core/anchor';
import { countFindings } from '@/core/counts';
import { withCrossYear } from '@/core/cross-year-check';
import { analyzeSteps, toExport, type Analysis } from '@/core/index';
import type { ReportExport } from '@/core/export';
import type { YearRecord } from '@/core/year-record';
import type { PageState } from '../protocol';
import { reportFacts } from '../report-facts';
import type { LoadPage } from './fetch-previous';
import type { FinderLoader } from './previous-loader';
import type { Lifecycle, PageStatus } from './lifecycle';
import type { AttachmentNotice, PageOverlay } from './overlay';
import { inSlices, type YieldToPage } from './slices';
import { pageStateOf, withoutTables } from './state';
import { touchesTables, watchForArticle, watchMutations, type Watch } from './watch';

type Report = Extract<Analysis, { isReport: true }>;

/** What the session asks of the extension (messages to the background, in entrypoints/engine.ts). */
export interface SessionLinks {
  /** Keeps this report's cross-year record; the answer is the same agency's previous year, if kept. */
  exchangeRecord(report: Report): Promise<YearRecord | undefined>;
  /** What the toolbar button should say of the page. */
  status(status: PageStatus): void;
  /** 「获取上年度报告并比对」's code, loaded on the first click (extension/page/previous-loader.ts). */
  findPrevious: FinderLoader;
  /** A fetched page's record if it is the report wanted, kept like a report the user checked; else null. */
  readRecord(doc: Document, url: string, want: { year: number; agency: string }): Promise<YearRecord | null>;
}

export class PageSession {
  private analysis: Analysis | undefined;
  /** The previous year this report is checked against: kept by the background, or fetched by the page. */
  private previous: YearRecord | undefined;
  private attachments: Attachment[] = [];
  private articleWatch: Watch | undefined;
  /** Table changes on a report re-check it (a CMS that renders them in steps, a tab switch). */
  private tableWatch: Watch | undefined;
  /** Checks started; a check whose number is not the last is stale and drops its work. */
  private started = 0;
  /** Resolves once the last check started has finished (or been replaced). */
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: Lifecycle & { readonly ended: boolean },
    private readonly doc: Document,
    private readonly overlay: PageOverlay,
    private readonly notice: Pick<AttachmentNotice, 'offer'> | undefined,
    private readonly links: SessionLinks,
    private readonly pause: YieldToPage,
  ) {}

  /**
   * On injection, which is the decision: the gate saw a report title, or the user asked (「检查此页」). Check at
   * once, and if the report is not there yet, again as an article arrives.
   */
  start(): void {
    this.check();
    void this.checked().then(() => {
      if (!this.analysis?.isReport && !this.ctx.ended) {
        this.articleWatch = watchForArticle(this.ctx, this.doc, () => this.check());
      }
    });
  }

  /**
   * Checks the page as it is now, in slices, and shows the result. A newer check (the tables changed meanwhile,
   * 「重新检查」) makes this one stale: it stops at its next slice and only the newer one is shown.
   */
  check(): void {
    const number = ++this.started;
    const stale = () => number !== this.started || this.ctx.ended;
    const previous = this.previous;
    this.watchTables();
    this.current = (async () => {
      // Not in the task that ran the engine's script (or the mutation's): the page gets its frame first.
      await this.pause();
      if (stale()) return;
      const url = this.doc.location?.href ?? '';
      const steps = analyzeSteps(this.doc, url, { previous, hiddenTable });
      const analysis = await inSlices(steps, this.pause, stale);
      if (analysis === undefined || stale()) return;
      this.show(analysis);
      if (analysis.isReport && !previous) void this.addKeptYear(analysis);
    })();
  }

  /** Resolves once no check is under way: the last one started has been shown (or dropped for a newer one). */
  async checked(): Promise<void> {
    let waited: Promise<void> | undefined;
    while (waited !== this.current) {
      waited = this.current;
      await waited;
    }
  }

  private show(analysis: Analysis): void {
    this.analysis = analysis;
    if (!analysis.isReport) this.previous = undefined;
    this.attachments = this.reportFiles(analysis);
    this.notice?.offer(this.attachments.find((a) => a.kind !== 'doc'));
    if (analysis.isReport) {
      this.articleWatch?.stop();
      this.draw(analysis);
      return;
    }
    // No report: its table changes are no reason to check again (the article watch waits for one to arrive).
    this.tableWatch?.stop();
    this.tableWatch = undefined;
    if (!this.overlay.mounted) this.links.status({ isReport: false, counts: null });
  }

  private draw(report: Report): void {
    const { findings, anchors } = report;
    this.overlay.show({ titleLine: titleParagraph(report.report), findings, anchors });
    this.links.status({ isReport: true, counts: countFindings(findings) });
  }

  /**
   * This report's record left with the background, which answers with the same agency's previous year if it keeps
   * one: its findings are added to the check shown (the page was drawn without waiting for the answer).
   */
  private async addKeptYear(shown: Report): Promise<void> {
    const kept = await this.links.exchangeRecord(shown).catch(() => undefined);
    if (!kept || this.analysis !== shown || this.previous) return;
    this.previous = kept;
    this.analysis = withCrossYear(shown, kept);
    this.draw(this.analysis);
  }

  state(): PageState {
    const a = this.analysis;
    return pageStateOf(
      a,
      {
        url: this.doc.location?.href ?? '',
        overlayVisible: this.overlay.visible,
        watching: this.articleWatch?.active ?? false,
        attachments: this.attachments,
        // Chrome runs content scripts in the empty wrapper document of its PDF viewer.
        pdfTab: this.doc.contentType === 'application/pdf',
      },
      a?.isReport ? reportFacts(a, this.previous) : null,
    );
  }

  /**
   * The report's own files, where the page names a report but shows none of its tables: a report title without
   * the report's structure, or a report whose tables are not on the page.
   */
  private reportFiles(a: Analysis): Attachment[] {
    const titled = a.isReport || a.reason === 'no-structure';
    const noTables = !a.isReport || withoutTables(a.report);
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

  /** The report as checked and shown, in full, for 「导出」. */
  exportReport(): ReportExport {
    if (!this.analysis?.isReport) throw new Error('not a report');
    return toExport(this.analysis);
  }

  /** What the toolbar button should say of the page as last checked; undefined before the first check is shown. */
  status(): PageStatus | undefined {
    const a = this.analysis;
    if (!a) return undefined;
    return { isReport: a.isReport, counts: a.isReport ? countFindings(a.findings) : null };
  }

  /**
   * Says the toolbar badge again: the background words its tooltip in the language of the moment, so after a
   * language switch it is asked anew.
   */
  resendStatus(): void {
    const status = this.status();
    if (status?.isReport) this.links.status(status);
  }

  /**
   * 「获取上年度报告并比对」: the previous year's report fetched from this site (extension/page/fetch-previous.ts),
   * kept as a record like any checked report, and this report checked against it.
   */
  async fetchPrevious(load?: LoadPage): Promise<PageState> {
    await this.checked();
    const a = this.analysis;
    if (!a?.isReport) throw new Error('not a report');
    if (this.previous) return this.state();
    const fetchPreviousYear = await this.links.findPrevious();
    const previous = await fetchPreviousYear(this.doc, a.report, this.links.readRecord, load);
    if (this.analysis !== a || this.previous) return this.state();
    this.previous = previous;
    this.analysis = withCrossYear(a, previous);
    this.draw(this.analysis);
    return this.state();
  }

  /** On a report, re-check when its tables change (a CMS that renders them in steps, a tab switch). */
  private watchTables(): void {
    if (this.tableWatch?.active || !this.doc.body) return;
    this.tableWatch = watchMutations(this.ctx, this.doc.body, { debounceMs: 600, relevant: touchesTables }, () =>
      this.check(),
    );
  }
}

/**
 * Tables the page's own stylesheet hides are not read, as a person does not read them (a copy kept for printing, a
 * tab not shown), by checkVisibility(), which every browser the manifest admits has.
 */
function hiddenTable(table: Element): boolean {
  const el = table as Element & { checkVisibility?: (o?: { visibilityProperty?: boolean }) => boolean };
  return typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true });
}
