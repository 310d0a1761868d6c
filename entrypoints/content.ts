// Content script = the gate, on every matching page: a title check, then (on a likely report) the background
// injects the engine (entrypoints/engine.ts). Until the engine runs, the gate answers the popup itself.
import { browser } from 'wxt/browser';
import { startGate } from '@/components/page/gate';
import { ENGINE_RUNNING, GATE_RUNNING, type Scope } from '@/components/page/lifecycle';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const scope = globalThis as Scope;
    if (scope[GATE_RUNNING]) return;
    scope[GATE_RUNNING] = true;
    ctx.onInvalidated(() => void (scope[GATE_RUNNING] = false));

    const gate = startGate(ctx, document, () => {
      if (!scope[ENGINE_RUNNING]) void browser.runtime.sendMessage({ type: 'load-engine' }).catch(() => undefined);
    });

    // Only 'get-state' is ours to answer, and only while the engine is absent; the popup parses the answer.
    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (scope[ENGINE_RUNNING] || (raw as { type?: unknown } | null)?.type !== 'get-state') return false;
      sendResponse({ isReport: false, url: location.href, reason: 'no-title', watching: gate.watching(), engine: false });
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
