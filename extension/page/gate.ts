/**
 * The gate: all the code that runs on every matching page. It reads the title and top headings (a few
 * querySelector calls) and, on a likely report, has the engine injected; on other pages it watches a little
 * while for a late-loading article and then stops. No zod, no Preact, no engine: this bundle stays tiny.
 */
import { agencyOf, firstReportTitle, mightNameReport, titleCandidates, yearOf } from '@/core/meta';
import { looksLikeColumn } from './column-test';
import type { Lifecycle } from './lifecycle';
import { watchForArticle } from './watch';

/**
 * The title candidates are read once; the regular expressions run only if a candidate mentions a report. A 年报
 * column (its title names 年报, its links name reports) gets no engine: the popup offers to check its reports.
 */
export function likelyReport(doc: Document): boolean {
  const candidates = titleCandidates(doc);
  if (!mightNameReport(candidates)) return false;
  const title = firstReportTitle(candidates);
  if (title === undefined) return false;
  // Titled as one agency's report of one year (not a column's name such as 政府信息公开年报).
  const oneReport = yearOf(title) !== null && agencyOf(title) !== '';
  return !looksLikeColumn(doc, oneReport);
}

/**
 * On a likely report the engine is loaded; so it is in Chrome's PDF viewer (the gate runs in its empty wrapper
 * document), where it has nothing to check but tells the popup to offer 「检查此 PDF」. A test that throws (a page
 * the core cannot read) counts as a likely report: the engine decides, and says why.
 */
export function startGate(ctx: Lifecycle, doc: Document, onLikelyReport: () => void): void {
  const likely = () => {
    try {
      return doc.contentType === 'application/pdf' || likelyReport(doc);
    } catch {
      return true;
    }
  };
  if (likely()) {
    onLikelyReport();
    return;
  }
  const watch = watchForArticle(ctx, doc, () => {
    if (!likely()) return;
    watch.stop();
    onLikelyReport();
  });
}
