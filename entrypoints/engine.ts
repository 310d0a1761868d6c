// The engine in the page, injected only where the gate saw a likely report (or on 「检查此页」): it sends the page's
// markup for the background to check (extension/page/markup.ts, extension/check-page.ts), finds the answer's
// elements in the page (core/places.ts), answers the popup, reports the toolbar badge. The overlay's code is not
// here: when the check finds something to draw, the background injects it (entrypoints/overlay.ts,
// extension/page/overlay-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { messageListener, sendToRuntime } from '@/extension/messaging';
import { nativeBrowser } from '@/extension/api';
import { ENGINE_REQUESTS, SETTINGS_REQUESTS } from '@/extension/engine-requests';
import { ENGINE_RUNNING, type Scope } from '@/extension/page/lifecycle';
import { DeferredPageUi } from '@/extension/page/overlay-loader';
import { plainPageContext } from '@/extension/page/plain-lifecycle';
import { previousFinder } from '@/extension/page/previous-loader';
import { PageSession } from '@/extension/page/session';
import type { Settings } from '@/extension/settings';

export default defineUnlistedScript(() => {
  const scope = globalThis as Scope;
  if (scope[ENGINE_RUNNING]) return;
  scope[ENGINE_RUNNING] = true;
  // The browser's own API, not wxt/browser: the polyfill cost every report page 1–3 ms (extension/api.ts).
  const browser = nativeBrowser();
  // A plain context rather than WXT's ContentScriptContext, whose construction cost every report page ~10 ms.
  const ctx = plainPageContext(() => browser.runtime);
  ctx.onInvalidated(() => {
    scope[ENGINE_RUNNING] = false;
  });

  // The check runs at once (the popup may ask for it); the overlay draws once the user's settings are read.
  const ui = new DeferredPageUi(ctx, document, scope, (part) => sendToRuntime({ type: 'load-script', part }), {
    openDocument: (url) => void sendToRuntime({ type: 'open-document', url }).catch(() => undefined),
  });
  const findPrevious = previousFinder(scope, () => sendToRuntime({ type: 'load-script', part: 'previous' }));
  // The settings come with each check's answer and, when the user changes them, from the background: the page
  // reads no storage. The overlay draws once it has them.
  let settings: Settings | undefined;
  const apply = (s: Settings) => {
    const was = settings;
    if (was && (Object.keys(s) as (keyof Settings)[]).every((k) => was[k] === s[k])) return;
    settings = s;
    ui.setSettings(s);
    // The toolbar tooltip is worded by the background in the language of the moment: say the status again.
    if (was && s.lang !== was.lang) session.resendStatus();
  };
  const session = new PageSession(ctx, document, ui, ui, findPrevious, apply);

  // The check starts in a task of its own, after the one that compiled and ran this script: on a large page the
  // two together were one long task. A request that arrives first (the popup's 「检查此页」 asks at once) starts it.
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    session.start();
  };
  ctx.setTimeout(start, 0);

  // The popup's requests (the engine is the only context that answers them). Each answer waits for the check under
  // way, so that it speaks of the page as it is.
  const checked = () => {
    start();
    return session.checked();
  };
  const onMessage = messageListener(ENGINE_REQUESTS, {
    'get-state': () => checked().then(() => session.state()),
    recheck: () => {
      if (started) session.check();
      return checked().then(() => session.state());
    },
    'focus-finding': ({ index }) => checked().then(() => session.focus(index)),
    'set-overlay': ({ visible }) => checked().then(() => session.setOverlayVisible(visible)),
    export: () => checked().then(() => session.exportReport()),
    'fetch-previous': () => checked().then(() => session.fetchPrevious()),
  });
  const onSettings = messageListener(SETTINGS_REQUESTS, {
    settings: ({ settings: s }) => {
      apply(s);
      return null;
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onMessage.addListener(onSettings);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.runtime.onMessage.removeListener(onSettings);
  });
});
