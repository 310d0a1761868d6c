// The engine: a content script in the extension's isolated world, injected where the background's gate saw a likely
// report (or on 「检查此页」). It checks the live page with the shared core, in slices (extension/page/session.ts),
// draws the overlay on the page's own elements, tells the background what the toolbar badge should say, and answers
// the popup. The overlay's code comes in a script of its own (entrypoints/overlay.ts), the attachment notice's and
// the previous-year finder's only when needed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { messageListener, sendToRuntime } from '@/extension/messaging';
import { nativeBrowser } from '@/extension/api';
import { ENGINE_REQUESTS } from '@/extension/engine-requests';
import { ENGINE_API, ENGINE_RUNNING, type EngineApi, type Scope } from '@/extension/page/lifecycle';
import { DeferredPageUi } from '@/extension/page/overlay-loader';
import { plainPageContext } from '@/extension/page/plain-lifecycle';
import { previousFinder } from '@/extension/page/previous-loader';
import { recordIfWanted } from '@/extension/page/read-record';
import { PageSession } from '@/extension/page/session';
import { yieldToPage } from '@/extension/page/slices';
import { exchangeRecord } from '@/extension/previous-year';
import { loadSettings, watchSettings, type Settings } from '@/extension/settings';

/** Where an engine runs already (the tab's address changed within the page): what its toolbar badge says. */
type Started = { running: ReturnType<EngineApi['status']> | null } | null;

export default defineUnlistedScript((): Started => {
  const scope = globalThis as Scope;
  // Injected again: the tab's address changed within the page (an anchor of its contents, pushState), which cleared
  // the toolbar badge and has the background look at the tab again. The engine there says what the badge said.
  if (scope[ENGINE_RUNNING]) return { running: scope[ENGINE_API]?.status() ?? null };
  scope[ENGINE_RUNNING] = true;
  // The rest in a task of its own: this one has created the extension's world on the page and compiled the engine,
  // which is as much as one task of ours should hold.
  const pause = yieldToPage();
  void pause().then(() => start(scope, pause));
  return null;
});

/** The engine's session, its settings and its answers to the popup, then the first check. */
function start(scope: Scope, pause: ReturnType<typeof yieldToPage>): void {
  // A plain context rather than WXT's ContentScriptContext, whose construction cost every report page ~10 ms; the
  // browser's own API, not wxt/browser, whose polyfill cost 1–3 ms (extension/api.ts).
  const ctx = plainPageContext(() => nativeBrowser().runtime);
  ctx.onInvalidated(() => {
    scope[ENGINE_RUNNING] = false;
  });

  const ui = new DeferredPageUi(ctx, document, scope, (part) => sendToRuntime({ type: 'load-script', part }), {
    openDocument: (url) => void sendToRuntime({ type: 'open-document', url }).catch(() => undefined),
  });
  const session = new PageSession(
    ctx,
    document,
    ui,
    ui,
    {
      exchangeRecord,
      // The toolbar badge is cosmetic: if the background is restarting, the next check sets it.
      status: ({ isReport, counts }) => void sendToRuntime({ type: 'status', isReport, counts }).catch(() => undefined),
      findPrevious: previousFinder(scope, () => sendToRuntime({ type: 'load-script', part: 'previous' })),
      readRecord: async (page, url, want) => {
        const record = await recordIfWanted(page, url, want, pause);
        // Kept like a report the user checked: next time (and for the years after) it is known.
        if (record) await sendToRuntime({ type: 'year-record', record }).catch(() => undefined);
        return record;
      },
    },
    pause,
  );

  // The settings, read from storage while the page is checked, and followed as they change: the overlay draws once
  // it has them.
  let settings: Settings | undefined;
  const apply = (s: Settings) => {
    const was = settings;
    if (was && (Object.keys(s) as (keyof Settings)[]).every((k) => was[k] === s[k])) return;
    settings = s;
    ui.setSettings(s);
    // The toolbar tooltip is worded by the background in the language of the moment: say the status again.
    if (was && s.lang !== was.lang) session.resendStatus();
  };
  void loadSettings().then(apply);
  ctx.onInvalidated(watchSettings(apply));

  // The popup's requests. Each answer waits for the check under way, so that it speaks of the page as it is.
  const onMessage = messageListener(ENGINE_REQUESTS, {
    'get-state': () => session.checked().then(() => session.state()),
    recheck: () => {
      session.check();
      return session.checked().then(() => session.state());
    },
    'focus-finding': ({ index }) => session.checked().then(() => session.focus(index)),
    'set-overlay': ({ visible }) => session.checked().then(() => session.setOverlayVisible(visible)),
    export: () => session.checked().then(() => session.exportReport()),
    'fetch-previous': () => session.fetchPrevious(),
  });
  const { runtime } = nativeBrowser();
  runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => runtime.onMessage.removeListener(onMessage));

  const api: EngineApi = { status: () => session.status() };
  scope[ENGINE_API] = api;
  ctx.onInvalidated(() => {
    if (scope[ENGINE_API] === api) delete scope[ENGINE_API];
  });

  session.start();
}
