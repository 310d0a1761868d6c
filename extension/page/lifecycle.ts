/**
 * What the page-side plumbing needs of WXT's ContentScriptContext: timers that stop with it, and word when it
 * ends (the extension was updated or reloaded). The gate passes a plain one, tests their own.
 */
export interface Lifecycle {
  setTimeout(cb: () => void, ms: number): number;
  onInvalidated(cb: () => void): void;
}

/** Globals shared by the gate and the engine, which run in the same isolated world. */
export const GATE_STOP = Symbol.for('govreport-checker/gate');
export const ENGINE_RUNNING = Symbol.for('govreport-checker/engine');
export type Scope = { [GATE_STOP]?: () => void; [ENGINE_RUNNING]?: boolean };
