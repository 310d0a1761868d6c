/**
 * The page as markup for the background to check (core/places.ts). The parser's mode is kept, since a quirks-mode
 * parser leaves a <table> inside an open <p> and another would not; the doctype's own text does not matter for
 * that (and outerHTML omits it).
 */
export function markupOf(doc: Document): string {
  const html = doc.documentElement?.outerHTML ?? '';
  return doc.compatMode === 'BackCompat' ? html : `<!DOCTYPE html>${html}`;
}
