/**
 * The gate: all the code that runs on every matching page. It reads the title and top headings (a few
 * querySelector calls) and, on a likely report, has the engine injected; on other pages it watches a little
 * while for a late-loading article and then stops. No zod, no Preact, no engine: this bundle stays tiny.
 */
import { reportTitle } from '@/core/meta';
import type { Lifecycle } from './lifecycle';
import { watchMutations } from './watch';

/** Late-loading articles usually arrive within seconds; after this a non-report page is left alone. */
export const WATCH_FOR_ARTICLE_MS = 30_000;

export interface Gate {
  /** Still watching for a late-loading article. */
  watching(): boolean;
}

export function startGate(ctx: Lifecycle, doc: Document, onLikelyReport: () => void): Gate {
  if (reportTitle(doc)) {
    onLikelyReport();
    return { watching: () => false };
  }
  if (!doc.body) return { watching: () => false };
  const until = Date.now() + WATCH_FOR_ARTICLE_MS;
  let done = false;
  const stop = watchMutations(ctx, doc.body, { debounceMs: 400, giveUpMs: WATCH_FOR_ARTICLE_MS }, () => {
    if (done || !reportTitle(doc)) return;
    done = true;
    stop();
    onLikelyReport();
  });
  return { watching: () => !done && Date.now() < until };
}
