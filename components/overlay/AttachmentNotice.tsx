/**
 * The small on-page offer to check a report published as an attachment: on a page with a report title, no report
 * tables and a link to the report's PDF or .docx. It lives in its own overlay host (a shadow root, like the
 * badges), is dismissed for good with ×, and opens the document page through the background.
 */
import { h, render } from 'preact';
import { attachmentName, type Attachment } from '@/core/attachments';
import type { Lifecycle } from '@/extension/page/lifecycle';
import type { AttachmentNotice } from '@/extension/page/overlay';
import type { Settings } from '@/extension/settings';
import { t, type Lang } from '../i18n';
import { createOverlayHost, type OverlayHost } from './host';

const BOX = {
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
const BUTTON = {
  flex: 'none',
  padding: '2px 10px',
  border: '1px solid #0969da',
  borderRadius: '6px',
  background: '#0969da',
  color: '#fff',
  cursor: 'pointer',
};
const CLOSE = { flex: 'none', border: '0', background: 'none', cursor: 'pointer', fontSize: '16px', color: '#57606a' };

function Notice(props: { attachment: Attachment; lang: Lang; onOpen: () => void; onClose: () => void }) {
  const { attachment, lang } = props;
  const name = attachmentName(attachment);
  return (
    <div style={BOX} data-govreport-notice role="status">
      <span style={{ flex: '1', minWidth: '0', overflowWrap: 'anywhere' }}>
        <strong>{t(lang, 'appName')}</strong>：{t(lang, 'attachmentOffer')}
        {name}
      </span>
      <button type="button" style={BUTTON} data-action="check-attachment" onClick={props.onOpen}>
        {t(lang, 'checkAttachment')}
      </button>
      <button type="button" style={CLOSE} aria-label={t(lang, 'dismiss')} onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}

export class AttachmentNoticeController implements AttachmentNotice {
  private host: OverlayHost | undefined;
  private attachment: Attachment | undefined;
  private dismissed = false;

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
    this.host ??= createOverlayHost(this.doc);
    render(
      h(Notice, {
        attachment,
        lang: this.settings.lang,
        onOpen: () => this.open(attachment.url),
        onClose: () => {
          this.dismissed = true;
          this.remove();
        },
      }),
      this.host.mount,
    );
  }

  private remove(): void {
    if (this.host) render(null, this.host.mount);
    this.host?.remove();
    this.host = undefined;
  }
}
