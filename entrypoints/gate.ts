// The gate in a page whose title or headings name a report, but not as one agency's report of one year
// (extension/tab-gate.ts decides): injected by the background into the extension's isolated world, where the engine
// runs too. It touches no extension API and answers with its result: true on a likely report (the background then
// injects the engine), false on a page that is none (a 年报 column), after a short watch for a late-loading article.
// The page could fool it, but the worst it can do is have itself checked, or not.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGate } from '@/extension/page/gate';
import type { Lifecycle } from '@/extension/page/lifecycle';
import { WATCH_FOR_ARTICLE_MS } from '@/extension/page/watch';

/** The watch ends when it gives up, or with the page: the background has its answer by then, or needs none. */
const pageLifecycle: Lifecycle = {
  setTimeout: (cb, ms) => window.setTimeout(cb, ms),
  onInvalidated: () => undefined,
};

export default defineUnlistedScript(
  () =>
    new Promise<boolean>((resolve) => {
      startGate(pageLifecycle, document, () => resolve(true));
      // The watch's last debounced look comes within a second of its end.
      window.setTimeout(() => resolve(false), WATCH_FOR_ARTICLE_MS + 1000);
    }),
);
