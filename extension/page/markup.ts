/**
 * The page as markup for the background to check (core/places.ts). The parser's mode is kept, since a quirks-mode
 * parser leaves a <table> inside an open <p> and another would not; the doctype's own text does not matter for
 * that (and outerHTML omits it).
 */
export function markupOf(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  const html = hasHeavyDataUrl(doc) ? withoutDataUrls(doc, root) : root.outerHTML;
  return doc.compatMode === 'BackCompat' ? html : `<!DOCTYPE html>${html}`;
}

/** A data URL longer than this is an image pasted inline, never text the check reads. */
const HEAVY = 100_000;
const DATA_SRC = '[src^="data:"]';

function hasHeavyDataUrl(doc: Document): boolean {
  for (const el of doc.querySelectorAll(DATA_SRC)) if ((el.getAttribute('src')?.length ?? 0) > HEAVY) return true;
  return false;
}

/**
 * A page with an image pasted inline can be megabytes of markup: serialising a 4 MB page and sending it cost the
 * page 45 ms, and cutting the data URLs out of the string another 45. Its copy in a document of its own (inert:
 * nothing in it loads) is serialised instead, with the data URLs emptied; the elements stay where they were.
 */
function withoutDataUrls(doc: Document, root: Element): string {
  const copy = doc.implementation.createHTMLDocument('').importNode(root, true);
  for (const el of copy.querySelectorAll(DATA_SRC)) el.setAttribute('src', '');
  return copy.outerHTML;
}
