/**
 * The overlay and the attachment notice as the engine holds them before their scripts have loaded: the check runs
 * without their code (layout, drawing, styles: more than half of what a report page would otherwise compile), and
 * each script is asked for only when it has something to draw — the overlay for a report, the notice for a report
 * file to offer (the background injects it into the same isolated world). With a report's first answer the
 * background brings the overlay's script unasked, and it waits in the scope (OVERLAY_FACTORY). Until a script hands
 * itself in, what the session says is kept and then replayed; afterwards every call goes straight through.
 */
import type { Attachment } from '@/core/attachments';
import type { ScriptPart } from '../protocol';
import type { Settings } from '../settings';
import { NOTICE_RECEIVER, OVERLAY_FACTORY, OVERLAY_RECEIVER, type PageContext, type Scope } from './lifecycle';
import type { AttachmentNotice, NoticeFactory, OverlayFactory, PageActions, PageOverlay, ReportView } from './overlay';

/** Which of the drawing scripts to ask the background for. */
export type PagePart = Extract<ScriptPart, 'overlay' | 'notice'>;

export class DeferredPageUi implements PageOverlay, AttachmentNotice {
  private overlay: PageOverlay | undefined;
  private notice: AttachmentNotice | undefined;
  private readonly requested = new Set<PagePart>();
  private view: ReportView | undefined;
  private settings: Settings | undefined;
  private attachment: Attachment | undefined;
  private focusIndex: number | undefined;
  private shown = true;

  /** `request` asks for a part's script (a message to the background); the script then calls its receiver. */
  constructor(
    private readonly ctx: PageContext,
    private readonly doc: Document,
    private readonly scope: Scope,
    private readonly request: (part: PagePart) => Promise<unknown>,
    private readonly actions: PageActions,
  ) {
    ctx.onInvalidated(() => {
      if (scope[OVERLAY_RECEIVER] === this.receiveOverlay) delete scope[OVERLAY_RECEIVER];
      if (scope[NOTICE_RECEIVER] === this.receiveNotice) delete scope[NOTICE_RECEIVER];
    });
  }

  get visible(): boolean {
    return this.overlay ? this.overlay.visible : this.shown;
  }

  get mounted(): boolean {
    return this.overlay ? this.overlay.mounted : this.view !== undefined;
  }

  show(view: ReportView): void {
    this.view = view;
    if (this.overlay) this.overlay.show(view);
    else this.load('overlay');
  }

  offer(attachment: Attachment | undefined): void {
    this.attachment = attachment;
    if (this.notice) this.notice.offer(attachment);
    else if (attachment) this.load('notice');
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.overlay?.setSettings(settings);
    this.notice?.setSettings(settings);
  }

  setVisible(visible: boolean): void {
    this.shown = visible;
    this.overlay?.setVisible(visible);
  }

  /** Before the overlay is there, a finding that exists is shown as soon as it is. */
  focus(index: number): boolean {
    if (this.overlay) return this.overlay.focus(index);
    if (!this.view || !Number.isInteger(index) || index < 0 || index >= this.view.findings.length) return false;
    this.shown = true;
    this.focusIndex = index;
    return true;
  }

  private load(part: PagePart): void {
    if (this.requested.has(part)) return;
    this.requested.add(part);
    const brought = part === 'overlay' ? this.scope[OVERLAY_FACTORY] : undefined;
    if (brought) {
      delete this.scope[OVERLAY_FACTORY];
      this.receiveOverlay(brought);
      return;
    }
    if (part === 'overlay') this.scope[OVERLAY_RECEIVER] = this.receiveOverlay;
    else this.scope[NOTICE_RECEIVER] = this.receiveNotice;
    // No script (the background is restarting): the popup still lists everything, as before it drew.
    this.request(part).catch(() => {
      this.requested.delete(part);
    });
  }

  private readonly receiveOverlay = (factory: OverlayFactory): void => {
    delete this.scope[OVERLAY_RECEIVER];
    if (this.overlay) return;
    const overlay = factory(this.ctx, this.doc);
    this.overlay = overlay;
    if (this.settings) overlay.setSettings(this.settings);
    if (!this.shown) overlay.setVisible(false);
    if (this.view) overlay.show(this.view);
    if (this.focusIndex !== undefined) overlay.focus(this.focusIndex);
    this.focusIndex = undefined;
  };

  private readonly receiveNotice = (factory: NoticeFactory): void => {
    delete this.scope[NOTICE_RECEIVER];
    if (this.notice) return;
    const notice = factory(this.ctx, this.doc, this.actions);
    this.notice = notice;
    if (this.settings) notice.setSettings(this.settings);
    notice.offer(this.attachment);
  };
}
