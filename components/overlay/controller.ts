/**
 * Owns the overlay's lifetime on one page: mounts the host on the first report, re-renders at most once a frame
 * on scroll, resize and reflow, flashes a finding on request, and removes everything when the context dies.
 */
import { h, render } from 'preact';
import { anchorChain, anchorKey } from '@/core/anchor';
import { countFindings } from '@/core/export';
import type { Lifecycle } from '@/extension/page/lifecycle';
import type { PageOverlay, ReportView } from '@/extension/page/overlay';
import type { Settings } from '@/extension/settings';
import { createOverlayHost, type OverlayHost } from './host';
import { Overlay, type BadgeSpec } from './Overlay';

const FLASH_MS = 2200;

/** The overlay also listens to the window and draws once a frame, all of which stops with the context. */
export interface OverlayContext extends Lifecycle {
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  requestAnimationFrame(cb: FrameRequestCallback): number;
}

export class OverlayController implements PageOverlay {
  private host: OverlayHost | undefined;
  private view: ReportView | undefined;
  private specs: BadgeSpec[] = [];
  private pending = false;
  private flash: number | null = null;
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
    this.specs = view.findings.map((finding, index) => ({
      index,
      finding,
      chain: anchorChain(finding, view.report, view.anchors),
      cells: (finding.cells ?? []).flatMap((c) => view.anchors.cells.get(anchorKey(c.table, c.row, c.col)) ?? []),
    }));
    if (!this.host) this.mount();
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

  /** Scroll the finding's anchor into view and flash its badge (shown even for an info finding). */
  focus(index: number): boolean {
    const spec = this.specs[index];
    if (!spec || !this.host) return false;
    this.visible = true;
    const anchor = spec.chain.find((c) => c.el.isConnected && c.el.getClientRects().length > 0) ?? spec.chain[0];
    anchor?.el.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.flash = index;
    this.draw();
    this.ctx.setTimeout(() => {
      if (this.flash === index) {
        this.flash = null;
        this.schedule();
      }
    }, FLASH_MS);
    return true;
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    if (this.host) render(null, this.host.mount);
    this.host?.remove();
    this.host = undefined;
  }

  private mount(): void {
    this.host = createOverlayHost(this.doc);
    const win = this.doc.defaultView ?? window;
    const redraw = () => this.schedule();
    // Capture: scrolling inside any scrollable box moves cells too.
    this.ctx.addEventListener(win, 'scroll', redraw, { capture: true, passive: true });
    this.ctx.addEventListener(win, 'resize', redraw, { passive: true });
    if (typeof ResizeObserver !== 'undefined') this.resizeObserver = new ResizeObserver(redraw);
    this.resizeObserver?.observe(this.doc.body ?? this.doc.documentElement);
  }

  private observeTables(tables: Element[]): void {
    for (const table of tables.slice(0, 50)) this.resizeObserver?.observe(table);
  }

  /** One render per frame however many events arrive. */
  schedule(): void {
    if (this.pending || !this.host) return;
    this.pending = true;
    this.ctx.requestAnimationFrame(() => {
      this.pending = false;
      this.draw();
    });
  }

  private draw(): void {
    if (!this.host || !this.view || !this.settings) return;
    render(
      h(Overlay, {
        doc: this.doc,
        specs: this.specs,
        counts: countFindings(this.view.findings),
        lang: this.settings.lang,
        showInfo: this.settings.showInfo,
        visible: this.visible,
        flash: this.flash,
        onSelect: (i: number) => this.focus(i),
        onHide: () => this.setVisible(false),
      }),
      this.host.mount,
    );
  }
}
