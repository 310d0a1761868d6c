/**
 * The page as markup for the background to check (core/places.ts). The parser's mode is kept, since a quirks-mode
 * parser leaves a <table> inside an open <p> and another would not; the doctype's own text does not matter for
 * that (and outerHTML omits it).
 */
export function markupOf(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  const html = hasHeavyDataUrls(doc) ? withoutDataUrls(doc, root) : root.outerHTML;
  if (html.length > MAX_MARKUP) {
    throw new Error(
      `页面过大（${(html.length / 1e6).toFixed(0)} 百万字符），无法检查 (the page is too large to check)`,
    );
  }
  return doc.compatMode === 'BackCompat' ? html : `<!DOCTYPE html>${html}`;
}

/**
 * The most markup a page may send, in characters: a message between a page and the background is at most 64 MiB
 * of UTF-8, and the background parses a page in one go (the background's schema holds it to this too).
 */
export const MAX_MARKUP = 20_000_000;

/** Data URLs longer than this in all are images pasted inline, never text the check reads. */
const HEAVY = 200_000;
const URL_ATTRIBUTES = ['src', 'href', 'srcset', 'data'];
/** One selector list, one walk of the page (four selectors walked it four times on every check). */
const DATA_URLS = URL_ATTRIBUTES.map((a) => `[${a}^="data:"]`).join(',');

function hasHeavyDataUrls(doc: Document): boolean {
  let length = 0;
  for (const el of doc.querySelectorAll(DATA_URLS)) {
    for (const attr of URL_ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value?.startsWith('data:')) length += value.length;
    }
  }
  return length > HEAVY;
}

/**
 * A page with an image pasted inline can be megabytes of markup: serialising a 4 MB page and sending it cost the
 * page 45 ms, and cutting the data URLs out of the string another 45. Its copy in a document of its own (inert:
 * nothing in it loads) is serialised instead, with the data URLs emptied; the elements stay where they were.
 */
function withoutDataUrls(doc: Document, root: Element): string {
  const copy = doc.implementation.createHTMLDocument('').importNode(root, true);
  for (const el of copy.querySelectorAll(DATA_URLS)) {
    for (const attr of URL_ATTRIBUTES) if (el.getAttribute(attr)?.startsWith('data:')) el.setAttribute(attr, '');
  }
  return copy.outerHTML;
}
