/**
 * Both ends of the protocol (extension/protocol.ts) for every context: a context's handler map becomes its
 * onMessage listener, and sendToRuntime asks the background. No zod and no polyfill here, so the engine in a page
 * carries neither; the popup's sendToTab, which parses the page's answers, is extension/send-to-tab.ts.
 */
import { nativeBrowser } from './api';
import type { AnswerOf, BackgroundMessage, MessageType, RequestOf } from './protocol';
import { parseRequest, TO_TAB, unwrapAnswer, type Envelope, type RequestParsers } from './wire';

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
export function messageListener<R>(requests: RequestParsers<R>, handlers: Handlers<keyof R & MessageType>) {
  return (raw: unknown, sender: Sender, sendResponse?: (answer: Envelope) => void) => {
    const request = parseRequest(requests, raw) as { type: keyof R & MessageType } | undefined;
    if (!request) return false;
    const answer = run(handlers[request.type], request, sender);
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
 * The listener of a page that answers for one tab (the document page): runtime messages addressed to another tab
 * are left alone, so that two document pages in two tabs never both answer.
 */
export function tabPageListener<R>(
  tabId: number | undefined,
  requests: RequestParsers<R>,
  handlers: Handlers<keyof R & MessageType>,
) {
  const listener = messageListener(requests, handlers);
  return (raw: unknown, sender: Sender, sendResponse?: (answer: Envelope) => void) => {
    const to = (raw as Record<string, unknown> | null)?.[TO_TAB];
    if (to !== undefined && to !== tabId) return false;
    return listener(raw, sender, sendResponse);
  };
}

/** engine (or an extension page) → background; the answer is the background's own, taken as it comes. */
export async function sendToRuntime<T extends BackgroundMessage>(
  request: RequestOf<T> & { type: T },
): Promise<AnswerOf<T>> {
  return unwrapAnswer(request.type, await nativeBrowser().runtime.sendMessage(request)) as AnswerOf<T>;
}
