/**
 * The overlay as the engine holds it before its script has loaded: the check runs without the overlay's code
 * (layout, drawing, styles: more than half of what a report page would otherwise compile), and only when there is
 * something to draw — a report, or a report file to offer — is the overlay's script asked for (the background
 * injects it into the same isolated world). Until it hands itself in, what the session says is kept and then
 * replayed; afterwards every call goes straight through.
 */
import type { Attachment } from '@/core/attachments';
import type { Settings } from '../settings';
import { OVERLAY_RECEIVER, type PageContext, type Scope } from './lifecycle';
import type { AttachmentNotice, PageActions, PageOverlay, PageUiFactory, ReportView } from './overlay';

export class DeferredPageUi implements PageOverlay, AttachmentNotice {
  private ui: ReturnType<PageUiFactory> | undefined;
  private requested = false;
  private view: ReportView | undefined;
  private settings: Settings | undefined;
  private attachment: Attachment | undefined;
  private focusIndex: number | undefined;
  private shown = true;

  /** `request` asks for the overlay's script (a message to the background); the script then calls the receiver. */
  constructor(
    private readonly ctx: PageContext,
    private readonly doc: Document,
    private readonly scope: Scope,
    private readonly request: () => Promise<unknown>,
    private readonly actions: PageActions,
  ) {
    ctx.onInvalidated(() => {
      if (scope[OVERLAY_RECEIVER] === this.receive) delete scope[OVERLAY_RECEIVER];
    });
  }

  get visible(): boolean {
    return this.ui ? this.ui.overlay.visible : this.shown;
  }

  get mounted(): boolean {
    return this.ui ? this.ui.overlay.mounted : this.view !== undefined;
  }

  show(view: ReportView): void {
    this.view = view;
    if (this.ui) this.ui.overlay.show(view);
    else this.load();
  }

  offer(attachment: Attachment | undefined): void {
    this.attachment = attachment;
    if (this.ui) this.ui.notice.offer(attachment);
    else if (attachment) this.load();
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.ui?.overlay.setSettings(settings);
    this.ui?.notice.setSettings(settings);
  }

  setVisible(visible: boolean): void {
    this.shown = visible;
    this.ui?.overlay.setVisible(visible);
  }

  /** Before the overlay is there, a finding that exists is shown as soon as it is. */
  focus(index: number): boolean {
    if (this.ui) return this.ui.overlay.focus(index);
    if (!this.view || !Number.isInteger(index) || index < 0 || index >= this.view.findings.length) return false;
    this.shown = true;
    this.focusIndex = index;
    return true;
  }

  private load(): void {
    if (this.requested) return;
    this.requested = true;
    this.scope[OVERLAY_RECEIVER] = this.receive;
    // No overlay script (the background is restarting): the popup still lists everything, as before it drew.
    this.request().catch(() => {
      this.requested = false;
    });
  }

  private readonly receive = (factory: PageUiFactory): void => {
    delete this.scope[OVERLAY_RECEIVER];
    if (this.ui) return;
    const ui = factory(this.ctx, this.doc, this.actions);
    this.ui = ui;
    if (this.settings) {
      ui.overlay.setSettings(this.settings);
      ui.notice.setSettings(this.settings);
    }
    if (!this.shown) ui.overlay.setVisible(false);
    if (this.view) ui.overlay.show(this.view);
    ui.notice.offer(this.attachment);
    if (this.focusIndex !== undefined) ui.overlay.focus(this.focusIndex);
    this.focusIndex = undefined;
  };
}
