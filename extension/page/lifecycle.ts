/**
 * What the page-side plumbing needs of WXT's ContentScriptContext: timers that stop with it, and word when it
 * ends (the extension was updated or reloaded). The gate passes a plain one, tests their own.
 */
import type { Counts } from '@/core/counts';
import type { FetchPreviousYear } from './fetch-previous';
import type { NoticeFactory, OverlayFactory } from './overlay';

export interface Lifecycle {
  setTimeout(cb: () => void, ms: number): number;
  onInvalidated(cb: () => void): void;
}

/** The overlay also listens to the window and draws once a frame, all of which stops with the context. */
export interface PageContext extends Lifecycle {
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  requestAnimationFrame(cb: FrameRequestCallback): number;
}

/** The engine as the background's functions call it (extension/engine-calls.ts). */
export interface EngineApi {
  /**
   * The first check's answer (an answer envelope, extension/wire.ts), which the engine waits for as it starts, and
   * the token it gave with its markup: true if it took it.
   */
  answer(envelope: unknown, token: string): boolean;
  /**
   * From now on the popup's requests reach the engine (its message listener is set up on the first call); false
   * where the extension it belonged to is gone (updated or reloaded).
   */
  listen(): boolean;
  /** The user changed the settings. */
  settings(settings: unknown): void;
  /** What the toolbar badge should say of the page, once checked (the engine script, injected again, gives it back). */
  status(): PageStatus | undefined;
}

/** What the toolbar badge says of a page: whether it is a report, and its counts (extension/toolbar.ts). */
export interface PageStatus {
  isReport: boolean;
  counts: Counts | null;
}

/** Globals shared by the engine and the overlay's script, which run in the same isolated world. */
export const ENGINE_RUNNING = Symbol.for('govreport-checker/engine');
/**
 * What the background reaches in the engine by running a function in its world (extension/engine-calls.ts): the key
 * is spelled out there too, since such a function is sent as source and can import nothing.
 */
export const ENGINE_API = Symbol.for('govreport-checker/engine-api');
/** Left by the engine while it waits for the overlay's script (entrypoints/overlay.ts), which hands itself in. */
export const OVERLAY_RECEIVER = Symbol.for('govreport-checker/overlay');
/** Left by the overlay's script when it comes before the engine asks (the background brings it with a report's answer). */
export const OVERLAY_FACTORY = Symbol.for('govreport-checker/overlay-factory');
/** The same for the attachment notice's script (entrypoints/notice.ts). */
export const NOTICE_RECEIVER = Symbol.for('govreport-checker/notice');
/** The same for the previous-year finder's script (entrypoints/previous.ts). */
export const PREVIOUS_RECEIVER = Symbol.for('govreport-checker/previous');
export type Scope = {
  [ENGINE_RUNNING]?: boolean;
  [ENGINE_API]?: EngineApi;
  [OVERLAY_RECEIVER]?: (factory: OverlayFactory) => void;
  [OVERLAY_FACTORY]?: OverlayFactory;
  [NOTICE_RECEIVER]?: (factory: NoticeFactory) => void;
  [PREVIOUS_RECEIVER]?: (find: FetchPreviousYear) => void;
};
