/**
 * The document page's answer to the popup: the same protocol as the engine on a web page (get-state, focus,
 * overlay switch, export), for the document it checked, and the toolbar badge of its tab.
 */
import { analyze, toExport, type Analysis } from '@/core/index';
import { countFindings } from '@/core/counts';
import type { ReportExport } from '@/core/export';
import type { YearRecord } from '@/core/year-record';
import { sendToRuntime } from '../messaging';
import { withCrossYear } from '@/core/cross-year-check';
import { exchangeRecord } from '../previous-year';
import type { PageState } from '../protocol';
import type { PageOverlay } from '../page/overlay';
import { pageStateOf } from '../page/state';
import { reportFacts } from '../report-facts';

export class DocumentSession {
  private analysis: Analysis | undefined;
  private url = '';
  private previous: YearRecord | undefined;

  constructor(private readonly overlay: PageOverlay) {}

  /**
   * Checks the HTML a document was read into (a DOMParser document: nothing in it runs or loads), and against the
   * same agency's previous year when the background keeps its record (leaving this report's record in turn).
   */
  async check(html: string, url: string): Promise<{ analysis: Analysis; doc: Document }> {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    this.url = url;
    this.previous = undefined;
    let a = analyze(doc, url);
    const previous = a.isReport ? await exchangeRecord(a) : undefined;
    if (a.isReport && previous) {
      this.previous = previous;
      a = withCrossYear(a, previous);
    }
    this.analysis = a;
    sendToRuntime({
      type: 'status',
      isReport: a.isReport,
      counts: a.isReport ? countFindings(a.findings) : null,
    }).catch(() => undefined);
    return { analysis: this.analysis, doc };
  }

  state(): PageState {
    const a = this.analysis;
    return pageStateOf(
      a,
      { url: this.url, overlayVisible: this.overlay.visible, documentPage: true },
      a?.isReport ? reportFacts(a, this.previous) : null,
    );
  }

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
}
