/**
 * The engine's state on one page (entrypoints/engine.ts): the last analysis, the overlay, the late-load watcher
 * and the answers to the popup. Side effects stop with the WXT context (extension update or reload).
 */
import { analyze, toExport, type Analysis } from '@/core/index';
import { countFindings } from '@/core/export';
import { reportTitle } from '@/core/meta';
import type { PageState, Request, Responses } from '../protocol';
import { reportStatus } from '../messaging';
import { WATCH_FOR_ARTICLE_MS } from './gate';
import type { Lifecycle } from './lifecycle';
import type { PageOverlay } from './overlay';
import { touchesTables, watchMutations } from './watch';

export class PageSession {
  private analysis: Analysis | undefined;
  private stopWatching: (() => void) | undefined;
  private watchingTables = false;
  private watchUntil = 0;

  constructor(
    private readonly ctx: Lifecycle,
    private readonly doc: Document,
    private readonly overlay: PageOverlay,
  ) {}

  /** On injection: check at once when the title names a report (the gate saw it); else wait for the article. */
  start(): void {
    if (reportTitle(this.doc)) this.check();
    if (!this.analysis?.isReport) this.watchForArticle();
  }

  /** Runs the engine on the live DOM and shows (or updates) the overlay. */
  check(): Analysis {
    const analysis = analyze(this.doc, this.doc.location?.href ?? '');
    this.analysis = analysis;
    if (analysis.isReport) {
      this.stopWatching?.();
      this.stopWatching = undefined;
      this.overlay.show(analysis);
      this.watchTables();
      void reportStatus({ type: 'status', isReport: true, counts: countFindings(analysis.findings) });
    } else if (!this.overlay.mounted) {
      void reportStatus({ type: 'status', isReport: false, counts: null });
    }
    return analysis;
  }

  state(): PageState {
    const a = this.analysis;
    const url = this.doc.location?.href ?? '';
    const watching = this.stopWatching !== undefined && Date.now() < this.watchUntil;
    if (!a) return { isReport: false, url, reason: 'no-title', watching };
    if (!a.isReport) {
      return { isReport: false, url, reason: a.reason, title: a.title ?? a.error, watching };
    }
    const { report, findings } = a;
    return {
      isReport: true,
      url,
      title: report.title,
      agency: report.agency,
      year: report.year,
      formatVersion: report.formatVersion,
      counts: countFindings(findings),
      findings,
      overlayVisible: this.overlay.visible,
    };
  }

  /** The popup's requests; anything else (the status message is the background's) gets undefined. */
  handle(req: Request): Responses[keyof Responses] | undefined {
    switch (req.type) {
      case 'get-state':
        return this.state();
      case 'recheck':
        this.check();
        return this.state();
      case 'set-overlay':
        this.overlay.setVisible(req.visible);
        return this.state();
      case 'focus-finding':
        return this.overlay.focus(req.index) ? { ok: true } : { ok: false, error: `no finding ${req.index}` };
      case 'export': {
        const a = this.analysis;
        if (!a?.isReport) return { ok: false, error: 'not a report' };
        return { ok: true, data: toExport(a) };
      }
      default:
        return undefined;
    }
  }

  private watchForArticle(): void {
    if (this.stopWatching || !this.doc.body) return;
    this.watchUntil = Date.now() + WATCH_FOR_ARTICLE_MS;
    // Only added nodes count: a ticker or clock that rewrites text must not re-run the engine for 30 seconds.
    const added = (m: MutationRecord) => m.addedNodes.length > 0;
    this.stopWatching = watchMutations(this.ctx, this.doc.body, { debounceMs: 400, giveUpMs: WATCH_FOR_ARTICLE_MS, relevant: added }, () => {
      if (reportTitle(this.doc)) this.check();
    });
  }

  /** On a report, re-check when its tables change (a CMS that renders them in steps, a tab switch). */
  private watchTables(): void {
    if (this.watchingTables || !this.doc.body) return;
    this.watchingTables = true;
    watchMutations(this.ctx, this.doc.body, { debounceMs: 600, relevant: touchesTables }, () => this.check());
  }
}
