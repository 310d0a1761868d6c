// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOverlay } from '../../extension/page/overlay';
import { loadFixture } from '../helpers';

// The background, as the engine's status reports reach it.
const statuses = vi.hoisted(() => [] as unknown[]);
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (message: unknown) => {
        statuses.push(message);
        return { ok: true, value: null };
      },
    },
  },
}));

const { PageSession } = await import('../../extension/page/session');
const { plainLifecycle } = await import('../../extension/page/plain-lifecycle');

/** Records what the session asks of the overlay; only finding 0 exists. */
class FakeOverlay implements PageOverlay {
  mounted = false;
  visible = true;
  shown = 0;
  show() {
    this.mounted = true;
    this.shown++;
  }
  setSettings() {}
  setVisible(visible: boolean) {
    this.visible = visible;
  }
  focus(index: number) {
    return index === 0;
  }
}

function startSession() {
  const overlay = new FakeOverlay();
  const session = new PageSession(
    plainLifecycle(() => ({ id: 'ext' })),
    document,
    overlay,
  );
  session.start();
  return { overlay, session };
}

const report = loadFixture('planted-arithmetic');

beforeEach(() => {
  vi.useFakeTimers();
  statuses.length = 0;
});

afterEach(() => {
  document.title = '';
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the engine on a page', () => {
  it('checks at once when injected, shows the overlay and reports the counts', async () => {
    document.title = report.title;
    document.body.innerHTML = report.body.innerHTML;
    const { overlay, session } = startSession();
    const state = session.state();
    expect(state).toMatchObject({ isReport: true, overlayVisible: true });
    expect(overlay.shown).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual([{ type: 'status', isReport: true, counts: state.isReport && state.counts }]);
    expect(session.exportReport().findings).toEqual(state.isReport && state.findings);
    expect(session.focus(0)).toEqual(state);
    expect(() => session.focus(99)).toThrow('no finding 99');
    expect(session.setOverlayVisible(false)).toMatchObject({ overlayVisible: false });
  });

  it('watches for a late article, ignores text rewritten in place, and checks when the article arrives', async () => {
    document.body.innerHTML = '<p id="clock">10:00</p><div id="article">正在加载…</div>';
    const { overlay, session } = startSession();
    expect(session.state()).toMatchObject({ isReport: false, reason: 'no-title', watching: true });
    expect(() => session.exportReport()).toThrow('not a report');

    document.getElementById('clock')!.firstChild!.nodeValue = '10:01';
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses).toHaveLength(1);

    document.getElementById('article')!.innerHTML = report.body.innerHTML;
    await vi.advanceTimersByTimeAsync(400);
    expect(session.state()).toMatchObject({ isReport: true });
    expect(overlay.shown).toBe(1);
  });

  it('stops watching after the watch time and says so', async () => {
    const { session } = startSession();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(session.state()).toMatchObject({ isReport: false, watching: false });
  });
});
