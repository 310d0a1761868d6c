/**
 * Functions the extension runs in the engine's isolated world with scripting.executeScript, to reach the engine
 * without messaging: a page's engine sets up no message listener and sends nothing as it starts, since the first
 * touch of the extension API costs the page's main thread about a millisecond (extension/start-engine.ts). Each is
 * sent as its source, so it imports nothing and spells out the key of ENGINE_API (extension/page/lifecycle.ts).
 * Where there is no engine they do nothing and say so.
 */
import type { EngineApi } from './page/lifecycle';

/**
 * The background's answer to the engine's first check, in its envelope, as JSON (Chromium drops the null fields of
 * an object passed as an argument: the answer's `crossYear: null` arrived missing; a message carries JSON too), with
 * the token the engine gave with its markup. True where that engine took it.
 */
export function deliverFirstAnswer(json: string, token: string): boolean {
  const engine = (globalThis as Record<symbol, EngineApi | undefined>)[Symbol.for('govreport-checker/engine-api')];
  return engine?.answer(JSON.parse(json), token) ?? false;
}

/** The user's settings, changed. */
export function deliverSettings(settings: unknown): boolean {
  const engine = (globalThis as Record<symbol, EngineApi | undefined>)[Symbol.for('govreport-checker/engine-api')];
  engine?.settings(settings);
  return engine !== undefined;
}

/** Before the popup's requests: the engine listens from now on. False where there is none (or it is orphaned). */
export function wakeEngine(): boolean {
  const engine = (globalThis as Record<symbol, EngineApi | undefined>)[Symbol.for('govreport-checker/engine-api')];
  return engine?.listen() ?? false;
}
