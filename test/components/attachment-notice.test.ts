// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { AttachmentNoticeController } from '../../components/overlay/attachment-notice';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import type { Lifecycle } from '../../extension/page/lifecycle';

const PDF = {
  url: 'http://127.0.0.1/files/2024年报.pdf',
  text: '附件1：2024年度报告',
  kind: 'pdf',
  namesReport: true,
} as const;

function setup() {
  const doc = document.implementation.createHTMLDocument('x');
  const onInvalid: (() => void)[] = [];
  const ctx = { onInvalidated: (cb: () => void) => void onInvalid.push(cb) } as unknown as Lifecycle;
  const open = vi.fn();
  const notice = new AttachmentNoticeController(ctx, doc, open);
  const root = () => doc.querySelector(OVERLAY_HOST_SELECTOR)?.shadowRoot ?? null;
  return { doc, notice, open, root, invalidate: () => onInvalid.forEach((cb) => void cb()) };
}

describe('the attachment notice', () => {
  it('waits for the settings, offers the file by name, opens it, and is gone for good once dismissed', () => {
    const { notice, open, root, doc } = setup();
    notice.offer(PDF);
    expect(root()).toBeNull();
    notice.setSettings({ lang: 'zh', showInfo: false });
    const box = root()!.querySelector<HTMLElement>('[data-govreport-notice]')!;
    expect(box.textContent).toBe('年报体检：此页的年报以附件发布：2024年度报告检查附件×');
    expect(box.getAttribute('role')).toBe('status');
    expect(box.style.position).toBe('fixed');
    root()!.querySelector<HTMLElement>('[data-action="check-attachment"]')!.click();
    expect(open).toHaveBeenCalledWith(PDF.url);
    notice.setSettings({ lang: 'en', showInfo: false });
    expect(root()!.querySelectorAll('[data-govreport-notice]')).toHaveLength(1);
    const close = root()!.querySelector<HTMLElement>('[aria-label="Close"]')!;
    close.click();
    expect(doc.querySelector(OVERLAY_HOST_SELECTOR)).toBeNull();
    notice.offer(PDF);
    expect(doc.querySelector(OVERLAY_HOST_SELECTOR)).toBeNull();
  });

  it('stays as it is when a re-check offers the same file again (its button keeps the focus)', () => {
    const { notice, root } = setup();
    notice.setSettings({ lang: 'zh', showInfo: false });
    notice.offer(PDF);
    const button = root()!.querySelector<HTMLElement>('[data-action="check-attachment"]')!;
    button.focus();
    notice.offer({ ...PDF });
    expect(root()!.querySelector('[data-action="check-attachment"]')).toBe(button);
    expect(root()!.activeElement).toBe(button);
    notice.setSettings({ lang: 'en', showInfo: false });
    expect(root()!.querySelector('[data-action="check-attachment"]')).not.toBe(button);
  });

  it('goes with the extension context, and when the page no longer offers a file', () => {
    const a = setup();
    a.notice.setSettings({ lang: 'zh', showInfo: false });
    a.notice.offer(PDF);
    a.invalidate();
    expect(a.doc.querySelector(OVERLAY_HOST_SELECTOR)).toBeNull();
    const b = setup();
    b.notice.setSettings({ lang: 'zh', showInfo: false });
    b.notice.offer(PDF);
    b.notice.offer(undefined);
    expect(b.doc.querySelector(OVERLAY_HOST_SELECTOR)).toBeNull();
  });
});
