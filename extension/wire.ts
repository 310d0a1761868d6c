/**
 * How messages travel, without zod (the scripts in web pages carry none): a request is a plain object with a
 * `type`, checked on arrival by its receiver's table of parsers; an answer travels in an envelope with the
 * handler's error, if any. extension/protocol.ts says which messages there are.
 */

/** How every answer travels: the handler's value, or why it failed. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: string };

/** For each message type a receiver takes, the request if `raw` carries what that type needs, else undefined. */
export type RequestParsers<R> = { [K in keyof R]: (raw: Record<string, unknown>) => R[K] | undefined };

/** The key of a runtime message that names the tab whose page should answer (see sendToTab). */
export const TO_TAB = 'toTab';

/** The request if `raw` is one of the receiver's message types and carries what that type needs, else undefined. */
export function parseRequest<R>(parsers: RequestParsers<R>, raw: unknown): R[keyof R] | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(parsers, type)) return undefined;
  return parsers[type as keyof R](raw as Record<string, unknown>);
}

/** The value in an answer envelope; throws the handler's error, or when `raw` is no envelope. */
export function unwrapAnswer(type: string, raw: unknown): unknown {
  const envelope = raw as Partial<Record<'ok' | 'value' | 'error', unknown>> | null | undefined;
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.ok !== 'boolean')
    throw new Error(`no valid answer to ${type}`);
  if (!envelope.ok) throw new Error(typeof envelope.error === 'string' ? envelope.error : `${type} failed`);
  return envelope.value;
}
