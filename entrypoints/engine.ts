// The engine in the page, injected only where the gate saw a likely report (or on 「检查此页」): it gives the page's
// markup back to the background as its script's result, which checks it (extension/start-engine.ts) and brings the
// answer; it finds the answer's elements in the page (core/places.ts), answers the popup, reports the toolbar badge
// after later checks. Until the popup first asks or the page changes, it touches no extension API: its first
// check and draw go without (extension/page/first-check.ts). The overlay's code is not here: the background
// injects it with a report's answer (entrypoints/overlay.ts, extension/page/overlay-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { messageListener, sendToRuntime } from '@/extension/messaging';
import { nativeBrowser } from '@/extension/api';
import { ENGINE_REQUESTS } from '@/extension/engine-requests';
import { ENGINE_API, ENGINE_RUNNING, type EngineApi, type Scope } from '@/extension/page/lifecycle';
import { FirstCheck } from '@/extension/page/first-check';
import { DeferredPageUi } from '@/extension/page/overlay-loader';
import { plainPageContext } from '@/extension/page/plain-lifecycle';
import { previousFinder } from '@/extension/page/previous-loader';
import { PageSession } from '@/extension/page/session';
import { parseSettings, type Settings } from '@/extension/settings';

/**
 * What the script gives back: the first check's request (or nothing, where none could read the page); where an
 * engine runs already, what its page's toolbar badge says (extension/start-engine.ts).
 */
type Started =
  | Promise<{ html: string; url: string; token: string } | undefined>
  | { running: ReturnType<EngineApi['status']> | null };

export default defineUnlistedScript((): Started => {
  const scope = globalThis as Scope;
  // Injected again: the tab's address changed within the page (an anchor of its contents, pushState), which cleared
  // the toolbar badge and has the background look at the tab again. The engine there says what the badge said.
  if (scope[ENGINE_RUNNING]) return { running: scope[ENGINE_API]?.status() ?? null };
  scope[ENGINE_RUNNING] = true;
  // A plain context rather than WXT's ContentScriptContext, whose construction cost every report page ~10 ms. It
  // asks the extension whether it is still there only when a timer or event fires. The browser's own API, not
  // wxt/browser: the polyfill cost every report page 1–3 ms (extension/api.ts).
  const ctx = plainPageContext(() => nativeBrowser().runtime);
  ctx.onInvalidated(() => {
    scope[ENGINE_RUNNING] = false;
  });

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
  const first = new FirstCheck((request) => sendToRuntime(request), ctx);
  const session = new PageSession(ctx, document, ui, ui, findPrevious, apply, first.ask);

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    session.start();
  };

  // The popup's requests (the engine is the only context that answers them), listened for from the popup's first
  // (extension/send-to-tab.ts wakes the engine). Each answer waits for the check under way, so that it speaks of
  // the page as it is.
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
  let listening = false;
  const api: EngineApi = {
    answer: first.answer,
    listen: () => {
      // Asks the extension (the API is about to be touched anyway): an engine orphaned by an update says no, and
      // the popup starts a new one.
      if (!ctx.isValid) return false;
      if (!listening) {
        listening = true;
        const { runtime } = nativeBrowser();
        runtime.onMessage.addListener(onMessage);
        ctx.onInvalidated(() => runtime.onMessage.removeListener(onMessage));
      }
      return true;
    },
    settings: (s) => apply(parseSettings(s)),
    status: () => session.status(),
  };
  scope[ENGINE_API] = api;
  ctx.onInvalidated(() => {
    if (scope[ENGINE_API] === api) delete scope[ENGINE_API];
  });

  // The check starts in a task of its own, after the one that compiled and ran this script (on a large page the two
  // together were one long task), and its markup is this script's result. A plain timer: the context's would ask
  // the extension whether it is still there.
  return new Promise((resolve) =>
    window.setTimeout(() => {
      start();
      resolve(first.take());
    }, 0),
  );
});
