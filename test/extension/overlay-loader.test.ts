// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../core/attachments';
import {
  NOTICE_RECEIVER,
  OVERLAY_FACTORY,
  OVERLAY_RECEIVER,
  type PageContext,
  type Scope,
} from '../../extension/page/lifecycle';
import { DeferredPageUi, type PagePart } from '../../extension/page/overlay-loader';
import type { NoticeFactory, OverlayFactory, ReportView } from '../../extension/page/overlay';
import type { Settings } from '../../extension/settings';
import { analyzeFixture } from '../helpers';

const ctx: PageContext = {
  setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number,
  onInvalidated: () => undefined,
  addEventListener: () => undefined,
  requestAnimationFrame: () => 0,
};

/** What the overlay's script would hand in, recording every call in order. */
function recordingOverlay(calls: string[]): OverlayFactory {
  return () => {
    let visible = true;
    return {
      mounted: true,
      get visible() {
        return visible;
      },
      show: (v: ReportView) => void calls.push(`show ${v.findings.length}`),
      setSettings: (s: Settings) => void calls.push(`settings ${s.lang}`),
      setVisible: (v: boolean) => {
        visible = v;
        calls.push(`visible ${v}`);
      },
      focus: (i: number) => {
        visible = true;
        calls.push(`focus ${i}`);
        return true;
      },
    };
  };
}

/** What the notice's script would hand in. */
function recordingNotice(calls: string[]): NoticeFactory {
  return () => ({
    offer: (a: Attachment | undefined) => void calls.push(`offer ${a?.url ?? '-'}`),
    setSettings: (s: Settings) => void calls.push(`notice settings ${s.lang}`),
  });
}

function setup() {
  const scope: Scope = {};
  const asked: PagePart[] = [];
  const ui = new DeferredPageUi(ctx, document, scope, async (part) => void asked.push(part), {
    openDocument: () => undefined,
  });
  const view = analyzeFixture('planted-arithmetic');
  if (!view.isReport) throw new Error('not a report');
  return { scope, ui, view, asked, requests: () => asked.length };
}

describe('DeferredPageUi (the overlay loaded after the check)', () => {
  it('asks for the overlay only when there is something to draw, and once', () => {
    const { scope, ui, view, requests } = setup();
    ui.offer(undefined);
    ui.setSettings({ lang: 'en', showInfo: false });
    expect(requests()).toBe(0);
    expect(scope[OVERLAY_RECEIVER]).toBeUndefined();
    expect(ui.mounted).toBe(false);
    ui.show(view);
    ui.show(view);
    expect(requests()).toBe(1);
    expect(ui.mounted).toBe(true);
    expect(scope[OVERLAY_RECEIVER]).toBeTypeOf('function');
  });

  it('takes the overlay the background brought with the first answer, asking for nothing', () => {
    const { scope, ui, view, requests } = setup();
    const calls: string[] = [];
    scope[OVERLAY_FACTORY] = recordingOverlay(calls);
    ui.setSettings({ lang: 'en', showInfo: false });
    ui.show(view);
    expect(requests()).toBe(0);
    expect(scope[OVERLAY_FACTORY]).toBeUndefined();
    expect(scope[OVERLAY_RECEIVER]).toBeUndefined();
    expect(calls).toEqual(['settings en', `show ${view.findings.length}`]);
  });

  it('replays what the session said once the script hands itself in, then passes calls straight through', () => {
    const { scope, ui, view } = setup();
    ui.show(view);
    ui.setSettings({ lang: 'en', showInfo: false });
    ui.setVisible(false);
    expect(ui.visible).toBe(false);
    expect(ui.focus(view.findings.length)).toBe(false);
    expect(ui.focus(1)).toBe(true);
    expect(ui.visible).toBe(true);
    const calls: string[] = [];
    scope[OVERLAY_RECEIVER]!(recordingOverlay(calls));
    expect(scope[OVERLAY_RECEIVER]).toBeUndefined();
    expect(calls).toEqual(['settings en', `show ${view.findings.length}`, 'focus 1']);
    ui.setVisible(false);
    expect(ui.visible).toBe(false);
    expect(calls.at(-1)).toBe('visible false');
  });

  it('a report file to offer loads the notice alone; a report, the overlay alone', () => {
    const { scope, ui, view, asked } = setup();
    ui.setSettings({ lang: 'en', showInfo: false });
    ui.offer({ url: 'http://x.gov.cn/a.pdf', text: '年报', kind: 'pdf', namesReport: true });
    ui.offer({ url: 'http://x.gov.cn/b.pdf', text: '年报', kind: 'pdf', namesReport: true });
    expect(asked).toEqual(['notice']);
    expect(scope[OVERLAY_RECEIVER]).toBeUndefined();
    const calls: string[] = [];
    scope[NOTICE_RECEIVER]!(recordingNotice(calls));
    expect(scope[NOTICE_RECEIVER]).toBeUndefined();
    expect(calls).toEqual(['notice settings en', 'offer http://x.gov.cn/b.pdf']);
    // The offer withdrawn (the page's tables arrived) goes straight through; the report loads the overlay.
    ui.offer(undefined);
    ui.show(view);
    expect(calls.at(-1)).toBe('offer -');
    expect(asked).toEqual(['notice', 'overlay']);
  });

  it('asks again after a request the background did not answer', async () => {
    const scope: Scope = {};
    const asked: PagePart[] = [];
    let fail = true;
    const ui = new DeferredPageUi(
      ctx,
      document,
      scope,
      async (part) => {
        asked.push(part);
        if (fail) throw new Error('Receiving end does not exist');
      },
      { openDocument: () => undefined },
    );
    const view = analyzeFixture('planted-arithmetic');
    if (!view.isReport) throw new Error('not a report');
    ui.show(view);
    await new Promise((r) => setTimeout(r, 0));
    fail = false;
    ui.show(view);
    expect(asked).toEqual(['overlay', 'overlay']);
  });
});
