/**
 * Owns the overlay's lifetime on one page: mounts the host on the first report, redraws at most once a frame
 * on scroll, resize and reflow, shows a finding on request (scrolled clear of the popup and the summary, flashing
 * until the user looks), and removes everything when the context dies.
 */
import { anchorChain } from '@/core/anchor';
import { countFindings } from '@/core/counts';
import type { PageContext } from '@/extension/page/lifecycle';
import type { PageOverlay, ReportView } from '@/extension/page/overlay';
import type { Settings } from '@/extension/settings';
import { createOverlayHost, type OverlayHost } from './host';
import { OVERLAY_CSS } from './styles';
import { type Box, revealScroll } from './layout';
import { Frame, LayoutCache } from './measure';
import { type PageType, pageType, typeSample } from './page-type';
import { type BadgeSpec, chosenAnchor, OverlayLayer } from './layer';

/** The flash goes on until the user moves the pointer or presses a key on the page, then this much longer… */
const FLASH_AFTER_LOOK_MS = 1500;
/** …and at most this long (a user who never comes back to the page). */
const FLASH_MAX_MS = 15_000;
/** Input this soon after the request is the click that made it (on the on-page list), not the user looking. */
const FLASH_GRACE_MS = 400;
/** Where Chromium's popup covers the page: the window's top-right corner, under the toolbar button. */
const POPUP_AREA = { width: 420, height: 620 };
const LOOK_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'];

/** The overlay also listens to the window and draws once a frame, all of which stops with the context. */
export type OverlayContext = PageContext;

const EMPTY = { left: 0, top: 0, width: 0, height: 0 };
/** Capture: scrolling inside any scrollable box moves cells too; input anywhere means the user is there. */
const OBSERVE = { capture: true, passive: true };

/**
 * A ResizeObserver callback that calls `reflow` only when an observed box has changed size: every box it starts
 * to observe is reported once at its size of the moment, which would redraw the whole overlay a second time right
 * after its first draw.
 */
export function resized(reflow: () => void): ResizeObserverCallback {
  const sizes = new WeakMap<Element, string>();
  return (entries) => {
    let changed = false;
    for (const { target, contentRect } of entries) {
      const size = `${contentRect.width}x${contentRect.height}`;
      const before = sizes.get(target);
      sizes.set(target, size);
      if (before !== undefined && before !== size) changed = true;
    }
    if (changed) reflow();
  };
}

export class OverlayController implements PageOverlay {
  private host: OverlayHost | undefined;
  private layer: OverlayLayer | undefined;
  private view: ReportView | undefined;
  private specs: BadgeSpec[] = [];
  private pending = false;
  private flash: number | null = null;
  /** Which flash is current, so that a stale timer of an earlier one does nothing. */
  private flashId = 0;
  private flashSince = 0;
  private flashEnding = false;
  private listOpen = false;
  /** Text and clip boxes of the anchors, until the page reflows. */
  private readonly cache = new LayoutCache();
  private resizeObserver: ResizeObserver | undefined;
  visible = true;

  /**
   * Without settings the overlay waits for them (setSettings) before it draws anything: drawing with defaults
   * first would flash Chinese badges on an English user's page and draw everything twice.
   */
  constructor(
    private readonly ctx: OverlayContext,
    private readonly doc: Document,
    private settings?: Settings,
  ) {
    ctx.onInvalidated(() => this.destroy());
  }

  get mounted(): boolean {
    return this.host !== undefined;
  }

  show(view: ReportView): void {
    this.view = view;
    this.cache.clear();
    this.specs = view.findings.map((finding, index) => {
      const chain = anchorChain(finding, view.titleLine, view.anchors);
      // The chain's cells are the finding's that the page has, each once: no second lookup of every one.
      return { index, finding, chain, cells: chain.filter((c) => c.placement === 'cell').map((c) => c.el) };
    });
    if (!this.host) this.mount(pageType(typeSample(view.anchors.pageTables, view.anchors.root)));
    this.observeTables(view.anchors.pageTables);
    this.draw();
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.draw();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.draw();
  }

  /**
   * Shows a finding: closes the on-page list, scrolls its anchor clear of the popup's place, the summary and any
   * fixed header, and flashes its badge (shown even for an info finding) until the user looks.
   */
  focus(index: number): boolean {
    const spec = this.specs[index];
    if (!spec || !this.host) return false;
    this.visible = true;
    this.listOpen = false;
    this.flash = index;
    this.draw();
    this.reveal(index, 'centre');
    const id = ++this.flashId;
    this.flashSince = Date.now();
    this.flashEnding = false;
    this.ctx.setTimeout(() => this.endFlash(id), FLASH_MAX_MS);
    return true;
  }

  /**
   * A finding chosen in the on-page list: shown as from the popup, and the keyboard focus moves to its badge (the
   * list it was in is gone), which also shows its message.
   */
  private select(index: number): void {
    if (!this.focus(index)) return;
    this.host?.mount.querySelector<HTMLElement>(`.badge[data-index="${index}"]`)?.focus({ preventScroll: true });
  }

  /**
   * Scrolls a finding's anchor into view: its own scroll boxes first, then the window so that it lands clear of
   * fixed headers, of the summary and (showing a finding, `centre`) of where the popup is.
   */
  private reveal(index: number, mode: 'centre' | 'nearest'): void {
    const spec = this.specs[index];
    const win = this.doc.defaultView;
    if (!spec || !this.host || !win) return;
    const anchor = chosenAnchor(spec, (el) => (el.isConnected ? el.getBoundingClientRect() : EMPTY));
    if (!anchor?.el.isConnected) return;
    // Its own scroll boxes (and the window, sideways) first: a no-op when it is in view already.
    anchor.el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    const frame = new Frame(this.doc, this.host.mount, this.cache);
    const r = frame.rect(anchor.el);
    // The badge sits on a heading's line or above it: keep that in view too; a tall block by its top.
    const above = anchor.placement === 'before' ? 24 : 0;
    const target = { ...r, top: r.top - above, height: Math.min(r.height, 120) + above };
    const avoid: Box[] = [];
    const panel = this.host.mount.querySelector('.panel');
    if (panel) avoid.push(panel.getBoundingClientRect());
    if (mode === 'centre') {
      const vp = frame.viewport;
      avoid.push({ left: vp.left + vp.width - POPUP_AREA.width, top: vp.top, ...POPUP_AREA });
    }
    const dy = revealScroll(target, frame.band, avoid, mode);
    if (Math.abs(dy) >= 1) win.scrollBy({ top: dy, behavior: 'instant' });
    this.schedule();
  }

  private endFlash(id: number): void {
    if (id !== this.flashId || this.flash === null) return;
    this.flash = null;
    this.schedule();
  }

  /** The user moved or typed on the page: they are looking, so the flash may stop soon. */
  private looked(): void {
    if (this.flash === null || this.flashEnding || Date.now() - this.flashSince < FLASH_GRACE_MS) return;
    this.flashEnding = true;
    const id = this.flashId;
    this.ctx.setTimeout(() => this.endFlash(id), FLASH_AFTER_LOOK_MS);
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    this.host?.remove();
    this.host = undefined;
    this.layer = undefined;
  }

  private mount(type: PageType | undefined): void {
    const host = createOverlayHost(this.doc, OVERLAY_CSS);
    this.host = host;
    if (type) Object.assign(host.mount.style, type);
    this.layer = new OverlayLayer(
      this.doc,
      host.mount,
      this.cache,
      {
        onList: (open) => {
          this.listOpen = open;
          this.draw();
        },
        onSelect: (i) => this.select(i),
        onReveal: (i) => this.reveal(i, 'nearest'),
        onHide: () => this.setVisible(false),
      },
      host.show,
    );
    const win = this.doc.defaultView ?? window;
    const redraw = () => this.schedule();
    const reflow = () => {
      this.cache.clear();
      this.schedule();
    };
    this.ctx.addEventListener(win, 'scroll', redraw, OBSERVE);
    this.ctx.addEventListener(win, 'resize', reflow, { passive: true });
    for (const type of LOOK_EVENTS) this.ctx.addEventListener(win, type, () => this.looked(), OBSERVE);
    if (typeof ResizeObserver !== 'undefined') this.resizeObserver = new ResizeObserver(resized(reflow));
    this.resizeObserver?.observe(this.doc.body ?? this.doc.documentElement);
  }

  private observeTables(tables: Element[]): void {
    for (const table of tables.slice(0, 50)) this.resizeObserver?.observe(table);
  }

  /** One draw per frame however many events arrive. */
  schedule(): void {
    if (this.pending || !this.host) return;
    this.pending = true;
    this.ctx.requestAnimationFrame(() => {
      this.pending = false;
      this.draw();
    });
  }

  private draw(): void {
    if (!this.layer || !this.view || !this.settings) return;
    this.layer.draw({
      specs: this.specs,
      counts: countFindings(this.view.findings),
      lang: this.settings.lang,
      showInfo: this.settings.showInfo,
      visible: this.visible,
      flash: this.flash,
      listOpen: this.listOpen,
    });
  }
}
