/** What page-side code needs of WXT's ContentScriptContext (so tests can pass their own). */
export interface Lifecycle {
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  requestAnimationFrame(cb: FrameRequestCallback): number;
  setTimeout(cb: () => void, ms: number): number;
  onInvalidated(cb: () => void): void;
}

/** Globals shared by the gate and the engine, which run in the same isolated world. */
export const GATE_STOP = Symbol.for('govreport-checker/gate');
export const ENGINE_RUNNING = Symbol.for('govreport-checker/engine');
export type Scope = { [GATE_STOP]?: () => void; [ENGINE_RUNNING]?: boolean };
