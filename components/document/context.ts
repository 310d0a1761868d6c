/**
 * The overlay's context on the document page: the page's own timers and events. An extension page lives exactly
 * as long as its tab, so nothing needs to stop early (a content script's context ends with an update).
 */
import type { OverlayContext } from '../overlay/controller';

export function extensionPageContext(win: Window): OverlayContext {
  return {
    setTimeout: (cb, ms) => win.setTimeout(cb, ms),
    onInvalidated: () => undefined,
    addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, options),
    requestAnimationFrame: (cb) => win.requestAnimationFrame(cb),
  };
}
