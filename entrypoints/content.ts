// Content script: gate → extract → check → mount. The cheap title gate runs at load; the engine runs only on a
// likely report, and again when a late-loading article or its tables arrive. Everything is bound to WXT's ctx.
import { browser } from 'wxt/browser';
import { parseRequest } from '@/core/protocol';
import { PageSession } from '@/components/page/session';
import { loadSettings, watchSettings } from '@/components/settings';

/** Set when the popup injects us into a page that already has us (「检查此页」 on an enabled site). */
const RUNNING = Symbol.for('govreport-checker');

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => void (scope[RUNNING] = false));

    const session = new PageSession(ctx, document);
    void loadSettings().then((s) => ctx.isValid && session.setSettings(s));
    ctx.onInvalidated(watchSettings((s) => session.setSettings(s)));

    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const req = parseRequest(raw);
      const answer = req && session.handle(req);
      if (answer === undefined) return false;
      sendResponse(answer);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    session.start();
  },
});
