// The content script on every matching page (listed in wxt.config.ts), kept apart from WXT's content-script
// runtime so that a page that is not a report pays well under a millisecond (npm run bench): a title check, a
// short watch for late-loading articles, and on a likely report a request to the background to inject the
// engine. It touches no extension API until then (the first use of one costs about a millisecond) and listens
// to no messages: the popup treats a silent page as "no report detected" and offers 「检查此页」.
import type { Browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGate } from '@/extension/page/gate';
import { ENGINE_RUNNING, GATE_STOP, type Scope } from '@/extension/page/lifecycle';
import { plainLifecycle } from '@/extension/page/plain-lifecycle';
import type { RequestOf } from '@/extension/protocol';

declare const chrome: typeof Browser;
const api = (): typeof Browser => (globalThis as { browser?: typeof Browser }).browser ?? chrome;

export default defineUnlistedScript(() => {
  const scope = globalThis as Scope;
  // A newer gate (after an update, or injected again) replaces the old one.
  scope[GATE_STOP]?.();
  const ctx = plainLifecycle(() => api().runtime);
  scope[GATE_STOP] = ctx.invalidate;

  // Sent without extension/messaging.ts (zod, the polyfill): the gate reads no answer.
  startGate(ctx, document, () => {
    if (!scope[ENGINE_RUNNING] && ctx.isValid) {
      void api()
        .runtime.sendMessage({ type: 'load-engine' } satisfies RequestOf<'load-engine'>)
        .catch(() => undefined);
    }
  });
});
