/**
 * The small on-page offer to check a report published as an attachment: on a page with a report title, no report
 * tables and a link to the report's PDF or .docx. It lives in its own overlay host (a shadow root, like the
 * badges), is dismissed for good with ×, and opens the document page through the background.
 */
import { attachmentName, type Attachment } from '@/core/attachments';
import type { Lifecycle } from '@/extension/page/lifecycle';
import type { AttachmentNotice } from '@/extension/page/overlay';
import type { Settings } from '@/extension/settings';
import { t, type Lang } from '../i18n';
import { el } from './dom';
import { createOverlayHost, type OverlayHost } from './host';
import { LAYER_CSS } from './styles';

const BOX: Partial<CSSStyleDeclaration> = {
  position: 'fixed',
  left: '12px',
  bottom: '12px',
  maxWidth: '380px',
  padding: '8px 10px',
  background: '#fff',
  border: '1px solid #d0d7de',
  borderRadius: '8px',
  boxShadow: '0 2px 8px rgba(0,0,0,.2)',
  pointerEvents: 'auto',
  display: 'flex',
  gap: '8px',
  alignItems: 'center',
};
const BUTTON: Partial<CSSStyleDeclaration> = {
  flex: 'none',
  padding: '2px 10px',
  border: '1px solid #0969da',
  borderRadius: '6px',
  background: '#0969da',
  color: '#fff',
  cursor: 'pointer',
};
const CLOSE: Partial<CSSStyleDeclaration> = {
  flex: 'none',
  border: '0',
  background: 'none',
  cursor: 'pointer',
  fontSize: '16px',
  color: '#57606a',
};

/** Styles set through the CSSOM (a page CSP may forbid style attributes, not this). */
function styled<E extends HTMLElement>(e: E, style: Partial<CSSStyleDeclaration>): E {
  Object.assign(e.style, style);
  return e;
}

function notice(doc: Document, attachment: Attachment, lang: Lang, onOpen: () => void, onClose: () => void) {
  const open = styled(
    el(doc, 'button', { type: 'button', 'data-action': 'check-attachment' }, t(lang, 'checkAttachment')),
    BUTTON,
  );
  open.addEventListener('click', onOpen);
  const close = styled(el(doc, 'button', { type: 'button', 'aria-label': t(lang, 'dismiss') }, '×'), CLOSE);
  close.addEventListener('click', onClose);
  const text = styled(
    el(
      doc,
      'span',
      {},
      el(doc, 'strong', {}, t(lang, 'appName')),
      '：',
      t(lang, 'attachmentOffer'),
      attachmentName(attachment),
    ),
    { flex: '1', minWidth: '0', overflowWrap: 'anywhere' },
  );
  return styled(el(doc, 'div', { 'data-govreport-notice': '', role: 'status' }, text, open, close), BOX);
}

export class AttachmentNoticeController implements AttachmentNotice {
  private host: OverlayHost | undefined;
  private attachment: Attachment | undefined;
  private dismissed = false;
  /** What the notice shows (language, file): drawn again only when that changes. */
  private drawn = '';

  /** `open` asks the background for the document page (the engine sends it: this script carries no protocol). */
  constructor(
    ctx: Lifecycle,
    private readonly doc: Document,
    private readonly open: (url: string) => void,
    private settings?: Settings,
  ) {
    ctx.onInvalidated(() => this.remove());
  }

  offer(attachment: Attachment | undefined): void {
    this.attachment = attachment;
    this.draw();
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.draw();
  }

  private draw(): void {
    const attachment = this.attachment;
    if (!attachment || this.dismissed) {
      this.remove();
      return;
    }
    if (!this.settings) return;
    // The same file in the same language is already offered: a re-check of the page leaves the notice (and the
    // focus on its button, and what a screen reader announced) as it is.
    const drawn = `${this.settings.lang} ${attachment.url} ${attachment.text}`;
    if (this.host && this.drawn === drawn) return;
    this.drawn = drawn;
    this.host ??= createOverlayHost(this.doc, LAYER_CSS);
    const onClose = () => {
      this.dismissed = true;
      this.remove();
    };
    this.host.mount.replaceChildren(
      notice(this.doc, attachment, this.settings.lang, () => this.open(attachment.url), onClose),
    );
    // In the top layer like the overlay's (host.ts), with its content in it: one style update shows both.
    this.host.show();
  }

  private remove(): void {
    this.host?.remove();
    this.host = undefined;
    this.drawn = '';
  }
}
