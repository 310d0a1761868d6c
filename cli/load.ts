/** Reading saved pages under Node: bytes → text (UTF-8 or the GBK of older portals) → a DOM. */
import { Window } from 'happy-dom';

/** Decodes by BOM, then by the page's own <meta charset>, else UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label && /^(gb2312|gbk|gb18030|x-gbk)$/.test(label)) return new TextDecoder('gb18030').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

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
