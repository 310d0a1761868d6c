/**
 * The document page's answer to the popup: the same protocol as the engine on a web page (get-state, focus,
 * overlay switch, export), for the document it checked, and the toolbar badge of its tab.
 */
import { analyze, toExport, type Analysis } from '@/core/index';
import { countFindings, type ReportExport } from '@/core/export';
import { sendToRuntime } from '../messaging';
import type { PageState } from '../protocol';
import type { PageOverlay } from '../page/overlay';
import { pageStateOf } from '../page/state';

export class DocumentSession {
  private analysis: Analysis | undefined;
  private url = '';

  constructor(private readonly overlay: PageOverlay) {}

  /** Checks the HTML a document was read into (a DOMParser document: nothing in it runs or loads). */
  check(html: string, url: string): { analysis: Analysis; doc: Document } {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    this.url = url;
    this.analysis = analyze(doc, url);
    const a = this.analysis;
    sendToRuntime({
      type: 'status',
      isReport: a.isReport,
      counts: a.isReport ? countFindings(a.findings) : null,
    }).catch(() => undefined);
    return { analysis: this.analysis, doc };
  }

  state(): PageState {
    return pageStateOf(this.analysis, { url: this.url, overlayVisible: this.overlay.visible, documentPage: true });
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
