/**
 * The first look at a page whose title says nothing of it (the site's name, 详情页): does a heading, a CMS title
 * element or a title meta tag mention a report at all (报告, 年报), or is the page a PDF? If not, it watches a while
 * for a late-loading article. Only then does the full gate (entrypoints/gate.ts) run. It is this cheap test, not
 * the gate, that a generic-titled page that is no report pays: a few DOM reads, no regular expression, no bundle.
 *
 * Self-contained: scripting.executeScript sends the function's source to the page and runs it in the page's own
 * world, so it may use nothing from outside it; what it needs comes as arguments.
 */

/** What titleCandidates() (core/meta.ts) reads, in one query. */
export const TITLE_ELEMENTS =
  'meta[name="ArticleTitle" i], meta[property="og:title"], h1, h2, h3, [class*="title" i], [id*="title" i]';
/** titleCandidates() reads up to 12 headings and 12 title elements. */
export const MAX_TITLE_ELEMENTS = 25;

export function firstLook(selector: string, max: number, watchMs: number, debounceMs: number): Promise<boolean> {
  const mentionsReport = (): boolean => {
    if (document.contentType === 'application/pdf') return true;
    const found = document.querySelectorAll(selector);
    for (let i = 0; i < found.length && i < max; i++) {
      const el = found[i]!;
      const text = (el.tagName === 'META' ? el.getAttribute('content') : el.textContent) || '';
      if (text.indexOf('报') >= 0 && /报告|年报/.test(text.replace(/\s+/g, ''))) return true;
    }
    return false;
  };
  if (mentionsReport()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (found: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve(found);
    };
    // Added nodes only: a ticker or a clock rewriting its text brings no article.
    const observer = new MutationObserver((records) => {
      if (!records.some((r) => r.addedNodes.length > 0)) return;
      clearTimeout(timer);
      timer = setTimeout(() => mentionsReport() && done(true), debounceMs);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    const giveUp = setTimeout(() => done(false), watchMs);
  });
}
