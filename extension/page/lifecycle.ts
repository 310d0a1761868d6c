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

/** What a second injection of the engine's script finds of the first (the tab's address changed within the page). */
export interface EngineApi {
  /** What the toolbar badge should say of the page, once checked. */
  status(): PageStatus | undefined;
}

/** What the toolbar badge says of a page: whether it is a report, and its counts (extension/toolbar.ts). */
export interface PageStatus {
  isReport: boolean;
  counts: Counts | null;
}

/** Globals shared by the engine and the overlay's script, which run in the same isolated world. */
export const ENGINE_RUNNING = Symbol.for('govreport-checker/engine');
/** The running engine, for its script injected again (entrypoints/engine.ts). */
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
