// The gate's look at a page (extension/tab-gate.ts decides which pages get one): injected by the background into
// the page's own world, where no isolated world has to be set up for it (that alone cost a non-report page over a
// millisecond), it touches no extension API and answers with its result: true on a likely report (the background
// then injects the engine), false on a page that is none, after a short watch for a late-loading article. The page
// could fool it, but the worst it can do is have a page checked, or not, that should not, or should.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGate } from '@/extension/page/gate';
import type { Lifecycle } from '@/extension/page/lifecycle';
import { WATCH_FOR_ARTICLE_MS } from '@/extension/page/watch';

/** Nothing ends the page's world but the page: the watch ends when it gives up. */
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
