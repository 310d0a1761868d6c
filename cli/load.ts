/**
 * The reference DOM under Node: happy-dom, a whole browser-like window per page. The tests and the bench read pages
 * with it; the command line reads them with the lighter cli/html/light-dom.ts, which a test holds to the same results.
 */
import { Window } from 'happy-dom';

/** A standard DOM for the engine; scripts, styles and subresources are never run or fetched. */
export function parseHtml(html: string, url = 'http://localhost/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigator: { userAgent: 'govreport-checker' },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  windows.set(doc, window);
  return doc;
}

/** The window behind each parsed document, so that a long run can free it (happy-dom keeps windows alive). */
const windows = new WeakMap<Document, Window>();

/**
 * Frees a document from parseHtml once nothing reads it any more: thousands of open windows exhaust memory. The
 * window's teardown is asynchronous; await it where many documents are parsed in a row.
 */
export async function releaseDocument(doc: Document): Promise<void> {
  const window = windows.get(doc);
  windows.delete(doc);
  await window?.happyDOM.close();
}
