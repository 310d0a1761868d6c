// The engine in the page, injected only where the gate saw a likely report (or on 「检查此页」): extract → check →
// mount the overlay, answer the popup, report the toolbar badge. Bound to its own WXT context like a content script.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { messageListener } from '@/extension/messaging';
import { ENGINE_REQUESTS } from '@/extension/protocol';
import { ENGINE_RUNNING, type Scope } from '@/extension/page/lifecycle';
import { PageSession } from '@/extension/page/session';
import { loadSettings, watchSettings, type Settings } from '@/extension/settings';
import { OverlayController } from '@/components/overlay/controller';
import { AttachmentNoticeController } from '@/components/overlay/AttachmentNotice';

export default defineUnlistedScript(() => {
  const scope = globalThis as Scope;
  if (scope[ENGINE_RUNNING]) return;
  scope[ENGINE_RUNNING] = true;
  const ctx = new ContentScriptContext('engine');
  ctx.onInvalidated(() => {
    scope[ENGINE_RUNNING] = false;
  });

  // The check runs at once (the popup may ask for it); the overlay draws once the user's settings are read.
  const overlay = new OverlayController(ctx, document);
  const notice = new AttachmentNoticeController(ctx, document);
  const session = new PageSession(ctx, document, overlay, notice);
  let lang: Settings['lang'] | undefined;
  const apply = (s: Settings) => {
    overlay.setSettings(s);
    notice.setSettings(s);
    // The toolbar tooltip is worded by the background in the language of the moment: say the status again.
    if (lang !== undefined && s.lang !== lang) session.resendStatus();
    lang = s.lang;
  };
  void loadSettings().then((s) => ctx.isValid && apply(s));
  ctx.onInvalidated(watchSettings(apply));

  // The popup's requests (the engine is the only context that answers them).
  const onMessage = messageListener(ENGINE_REQUESTS, {
    'get-state': () => session.state(),
    recheck: () => {
      session.check();
      return session.state();
    },
    'focus-finding': ({ index }) => session.focus(index),
    'set-overlay': ({ visible }) => session.setOverlayVisible(visible),
    export: () => session.exportReport(),
    'fetch-previous': () => session.fetchPrevious(),
  });
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  session.start();
});
