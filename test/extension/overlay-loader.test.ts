// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../core/attachments';
import { OVERLAY_RECEIVER, type PageContext, type Scope } from '../../extension/page/lifecycle';
import { DeferredPageUi } from '../../extension/page/overlay-loader';
import type { PageUiFactory, ReportView } from '../../extension/page/overlay';
import type { Settings } from '../../extension/settings';
import { analyzeFixture } from '../helpers';

const ctx: PageContext = {
  setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number,
  onInvalidated: () => undefined,
  addEventListener: () => undefined,
  requestAnimationFrame: () => 0,
};

/** What the overlay's script would hand in, recording every call in order. */
function recordingUi(calls: string[]): PageUiFactory {
  return () => {
    let visible = true;
    return {
      overlay: {
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
      },
      notice: {
        offer: (a: Attachment | undefined) => void calls.push(`offer ${a?.url ?? '-'}`),
        setSettings: () => undefined,
      },
    };
  };
}

function setup() {
  const scope: Scope = {};
  let requests = 0;
  const ui = new DeferredPageUi(ctx, document, scope, async () => void requests++, { openDocument: () => undefined });
  const view = analyzeFixture('planted-arithmetic');
  if (!view.isReport) throw new Error('not a report');
  return { scope, ui, view, requests: () => requests };
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
    scope[OVERLAY_RECEIVER]!(recordingUi(calls));
    expect(scope[OVERLAY_RECEIVER]).toBeUndefined();
    expect(calls).toEqual(['settings en', `show ${view.findings.length}`, 'offer -', 'focus 1']);
    ui.setVisible(false);
    expect(ui.visible).toBe(false);
    expect(calls.at(-1)).toBe('visible false');
  });

  it('a report file to offer also loads the overlay', () => {
    const { scope, ui, requests } = setup();
    ui.offer({ url: 'http://x.gov.cn/a.pdf', text: '年报', kind: 'pdf', namesReport: true });
    expect(requests()).toBe(1);
    const calls: string[] = [];
    scope[OVERLAY_RECEIVER]!(recordingUi(calls));
    expect(calls).toEqual(['offer http://x.gov.cn/a.pdf']);
  });
});
