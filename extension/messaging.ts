/**
 * Both ends of the protocol (extension/protocol.ts): a context's handler map becomes its onMessage listener, and
 * one sender per destination parses the answer with that message type's answer schema.
 */
import { browser } from 'wxt/browser';
import {
  BACKGROUND_ANSWERS,
  ENGINE_ANSWERS,
  parseAnswer,
  parseRequest,
  type AnswerOf,
  type BackgroundMessage,
  type EngineMessage,
  type Envelope,
  type MessageType,
  type RequestOf,
  type RequestSchemas,
  TO_TAB,
} from './protocol';

/** Who sent a message, as far as the handlers care. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export type Handlers<T extends MessageType> = {
  [K in T]: (request: RequestOf<K>, sender: Sender) => AnswerOf<K> | Promise<AnswerOf<K>>;
};

/**
 * The onMessage listener for one context. Requests of other types (or malformed ones) are left to other
 * listeners. The answer goes through sendResponse (Chromium, Firefox) or, where the caller passes none (WXT's
 * fake browser), as the returned promise.
 */
export function messageListener<S extends RequestSchemas>(requests: S, handlers: Handlers<keyof S & MessageType>) {
  return (raw: unknown, sender: Sender, sendResponse?: (answer: Envelope) => void) => {
    const request = parseRequest(requests, raw);
    if (!request) return false;
    const answer = run(handlers[request.type as keyof S & MessageType], request, sender);
    if (!sendResponse) return answer;
    void answer.then(sendResponse);
    return true;
  };
}

/** What a handler returns, or the error it throws, as the envelope every answer travels in. */
async function run(handler: unknown, request: unknown, sender: Sender): Promise<Envelope> {
  try {
    return { ok: true, value: await (handler as (request: unknown, sender: Sender) => unknown)(request, sender) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * popup → the engine in a tab, or the document page shown in it. tabs.sendMessage reaches content scripts only, so
 * when nothing there answers the request goes out again as a runtime message addressed to the tab (TO_TAB), which
 * only a document page showing in that tab takes. Rejects when neither answers or the answer is an error.
 */
export async function sendToTab<T extends EngineMessage>(
  tabId: number,
  request: RequestOf<T> & { type: T },
): Promise<AnswerOf<T>> {
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

/**
 * The listener of a page that answers for one tab (the document page): runtime messages addressed to another tab
 * are left alone, so that two document pages in two tabs never both answer.
 */
export function tabPageListener<S extends RequestSchemas>(
  tabId: number | undefined,
  requests: S,
  handlers: Handlers<keyof S & MessageType>,
) {
  const listener = messageListener(requests, handlers);
  return (raw: unknown, sender: Sender, sendResponse?: (answer: Envelope) => void) => {
    const to = (raw as Record<string, unknown> | null)?.[TO_TAB];
    if (to !== undefined && to !== tabId) return false;
    return listener(raw, sender, sendResponse);
  };
}

/** engine → background. */
export async function sendToRuntime<T extends BackgroundMessage>(
  request: RequestOf<T> & { type: T },
): Promise<AnswerOf<T>> {
  const raw = await browser.runtime.sendMessage(request);
  return parseAnswer(request.type, BACKGROUND_ANSWERS[request.type], raw) as AnswerOf<T>;
}
