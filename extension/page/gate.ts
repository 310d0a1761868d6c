/**
 * The gate: all the code that runs on every matching page. It reads the title and top headings (a few
 * querySelector calls) and, on a likely report, has the engine injected; on other pages it watches a little
 * while for a late-loading article and then stops. No zod, no Preact, no engine: this bundle stays tiny.
 */
import { firstReportTitle, mightNameReport, titleCandidates } from '@/core/meta';
import type { Lifecycle } from './lifecycle';
import { watchMutations } from './watch';

/** Late-loading articles usually arrive within seconds; after this a non-report page is left alone. */
export const WATCH_FOR_ARTICLE_MS = 30_000;

/** The title candidates are read once; the regular expressions run only if a candidate mentions a report. */
export function likelyReport(doc: Document): boolean {
  const candidates = titleCandidates(doc);
  return mightNameReport(candidates) && firstReportTitle(candidates) !== undefined;
}

export function startGate(ctx: Lifecycle, doc: Document, onLikelyReport: () => void): void {
  if (likelyReport(doc)) return onLikelyReport();
  if (!doc.body) return;
  let done = false;
  const stop = watchMutations(ctx, doc.body, { debounceMs: 400, giveUpMs: WATCH_FOR_ARTICLE_MS }, () => {
    if (done || !likelyReport(doc)) return;
    done = true;
    stop();
    onLikelyReport();
  });
}
