/**
 * popup → the engine in a tab, or the document page shown in it; the answer (a page's state, an export) is parsed
 * with its schema. Apart from extension/messaging.ts so that the engine in a page carries no zod.
 */
import { nativeBrowser } from './api';
import { ENGINE_ANSWERS, parseAnswer, TO_TAB, type AnswerOf, type EngineMessage, type RequestOf } from './protocol';

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
