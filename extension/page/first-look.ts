/**
 * The first look at a page whose title says nothing of it (the site's name, 详情页): does a heading, a CMS title
 * element or a title meta tag mention a report at all (报告, 年报), or is the page a PDF? If not, it watches a while
 * for a late-loading article. Only then does the full gate (entrypoints/gate.ts) run. It is this cheap test, not
 * the gate, that a generic-titled page that is no report pays.
 *
 * The test is one XPath expression that answers true or false, so that no element reaches JavaScript: the first
 * element of each kind that a world touches makes the browser build that interface's prototype chain (HTMLElement,
 * Element, Node…), which cost about 1 ms on a small page, three times the whole test.
 *
 * Self-contained: scripting.executeScript sends the function's source to the page and runs it in the extension's
 * isolated world there, so it may use nothing from outside it; what it needs comes as arguments.
 */

/** What a pattern's \s matches but \f and \v (mightNameReport, core/meta.ts, drops it before looking for 报告). */
const SPACES =
  ' \t\n\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** Case-insensitive equality in XPath 1.0, which has no lower-case(). */
const lower = (expr: string, letters: string) => `translate(${expr}, '${letters.toUpperCase()}', '${letters}')`;

/**
 * What titleCandidates() (core/meta.ts) reads, as `querySelectorAll('meta[name="ArticleTitle" i],
 * meta[property="og:title"], h1, h2, h3, [class*="title" i], [id*="title" i]')` would find it: the first `max`
 * in the page's order, true when one's text (a meta tag's content) mentions a report.
 */
function titleXPath(max: number): string {
  const candidates = [
    `//meta[${lower('@name', 'articletitle')} = 'articletitle' or @property = 'og:title']`,
    '//h1',
    '//h2',
    '//h3',
    `//*[contains(${lower('@class', 'title')}, 'title') or contains(${lower('@id', 'title')}, 'title')]`,
  ].join(' | ');
  const text = `translate(concat(@content, .), '${SPACES}', '')`;
  return `boolean((${candidates})[position() <= ${max}][contains(${text}, '报告') or contains(${text}, '年报')])`;
}

/** titleCandidates() reads up to 12 headings and 12 title elements. */
const MAX_TITLE_ELEMENTS = 25;
export const TITLE_XPATH = titleXPath(MAX_TITLE_ELEMENTS);

export function firstLook(xpath: string, watchMs: number, debounceMs: number): Promise<boolean> {
  const mentionsReport = (): boolean => {
    if (document.contentType === 'application/pdf') return true;
    try {
      // 3: XPathResult.BOOLEAN_TYPE (naming it would make the browser build one more interface).
      return document.evaluate(xpath, document, null, 3, null).booleanValue;
    } catch {
      // A page that replaced document.evaluate: the gate, which reads the page its own way, decides.
      return true;
    }
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
    // Added nodes only: a ticker or a clock rewriting its text brings no article. The document rather than its
    // body, for the same reason as the XPath: no element of the page is handed to this world.
    const observer = new MutationObserver((records) => {
      if (!records.some((r) => r.addedNodes.length > 0)) return;
      clearTimeout(timer);
      timer = setTimeout(() => mentionsReport() && done(true), debounceMs);
    });
    observer.observe(document, { childList: true, subtree: true });
    const giveUp = setTimeout(() => done(false), watchMs);
  });
}
