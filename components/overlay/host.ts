/**
 * The overlay's one host element: a zero-size fixed box on <html>, shown in the top layer, outside <body> so the
 * page's layout, its selectors on body content and its MutationObservers on body never see it. Every property the
 * page could use against it is set inline with !important, which beats any page stylesheet rule, !important
 * included.
 */
import { OVERLAY_HOST_ATTR } from '@/core/overlay-host';

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
  ['contain', 'none'],
];

/** The host's inline declarations (the bench's own-world floor draws the same host: bench/own-world-floor.ts). */
export const HOST_CSS = HOST_STYLE.map(([prop, value]) => `${prop}: ${value} !important;`).join(' ');

export interface OverlayHost {
  host: HTMLElement;
  /** The element inside the shadow root that the overlay draws into. */
  mount: HTMLElement;
  /**
   * Brings the host into the top layer, once: called just before the first draw measures the page, so that the
   * style update showing it forces is the one that measuring needs anyway, with the first badges and summary in it.
   */
  show(): void;
  remove(): void;
}

/** `css`: the stylesheet of what is drawn in it (styles.ts: the overlay's, or the layer's alone for the notice). */
export function createOverlayHost(doc: Document, css: string): OverlayHost {
  const host = doc.createElement('div');
  host.setAttribute(OVERLAY_HOST_ATTR, '');
  // CSSOM, not a style attribute: a page CSP without 'unsafe-inline' blocks style attributes, not this. One
  // declaration block parsed once, not a setProperty per property.
  host.style.cssText = HOST_CSS;
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, doc, css);
  const mount = doc.createElement('div');
  mount.className = 'layer';
  shadow.append(mount);
  // Keep our clicks and keys to ourselves: a page's document-level handlers (menus, shortcuts) should not fire.
  for (const type of ['click', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress', 'pointerdown', 'pointerup']) {
    mount.addEventListener(type, (e) => e.stopPropagation());
  }
  // In the top layer, as a manual popover (no light dismiss): a box added under <html> otherwise had the next
  // frame walk the whole page's paint properties again — 13–17 ms on a page of 20,000 cells, for badges drawn over
  // it. Where it cannot be shown so (no popover support), it is the same fixed box on <html>.
  host.setAttribute('popover', 'manual');
  doc.documentElement.append(host);
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    try {
      host.showPopover();
    } catch {
      // Stays where it is: drawn over the page by its z-index.
    }
  };
  return { host, mount, show, remove: () => host.remove() };
}

function applyStyles(shadow: ShadowRoot, doc: Document, css: string): void {
  try {
    // Constructed sheets are exempt from a page's style-src CSP.
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
