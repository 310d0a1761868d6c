/**
 * popup → the engine in a tab, or the document page shown in it; the answer (a page's state, an export) is parsed
 * with its schema. Apart from extension/messaging.ts so that the engine in a page carries no zod.
 */
import { nativeBrowser } from './api';
import { wakeEngine } from './engine-calls';
import { ENGINE_ANSWERS, parseAnswer, TO_TAB, type AnswerOf, type EngineMessage, type RequestOf } from './protocol';

/**
 * An engine sets up its message listener only when first asked (extension/engine-calls.ts): it is woken, where
 * there is one, before each request (the page may have been reloaded since the last). A tab the extension may not
 * script (an extension page, a browser page) goes on to the request as it is.
 */
async function wake(tabId: number): Promise<void> {
  await nativeBrowser()
    // At once, not when the page is idle: on a page still loading there is no engine yet to wake.
    .scripting?.executeScript({ target: { tabId, frameIds: [0] }, func: wakeEngine, injectImmediately: true })
    .catch(() => undefined);
}

/**
 * tabs.sendMessage reaches content scripts only, so when nothing there answers the request goes out again as a
 * runtime message addressed to the tab (TO_TAB), which only a document page showing in that tab takes. Rejects when
 * neither answers or the answer is an error.
 */
export async function sendToTab<T extends EngineMessage>(
  tabId: number,
  request: RequestOf<T> & { type: T },
): Promise<AnswerOf<T>> {
  const browser = nativeBrowser();
  await wake(tabId);
  let raw: unknown;
  let unanswered: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, request);
  } catch (err) {
    unanswered = err;
  }
  if (raw === undefined) {
    raw = await browser.runtime.sendMessage({ ...request, [TO_TAB]: tabId }).catch(() => undefined);
    // Neither answered: the tab's own error (no engine there), whatever the runtime said or did not.
    if (raw === undefined && unanswered) throw unanswered;
  }
  return parseAnswer(request.type, ENGINE_ANSWERS[request.type], raw) as AnswerOf<T>;
}
