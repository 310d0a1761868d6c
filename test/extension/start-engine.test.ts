// The background's start of an engine: its script, then the overlay's code in a call of its own; an engine that
// runs there already says what its badge said instead.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const tab = vi.hoisted(() => ({
  /** What the engine's script gives back. */
  started: undefined as unknown,
  calls: [] as string[],
  badges: [] as string[],
  titles: [] as string[],
}));
vi.mock('wxt/browser', () => ({
  browser: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void tab.badges.push(text),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async ({ title }: { title: string }) => void tab.titles.push(title),
    },
    storage: { local: { get: async () => ({}) } },
    scripting: {
      executeScript: async (opts: { target: { tabId: number; frameIds: number[] }; files: string[] }) => {
        tab.calls.push(`${opts.files[0]} ${opts.target.tabId}/${opts.target.frameIds.join(',')}`);
        return [{ frameId: 0, result: opts.files[0] === '/engine.js' ? tab.started : undefined }];
      },
    },
  },
}));

const { startEngine, showStatus, showUndecided } = await import('../../extension/start-engine');

beforeEach(() => {
  tab.calls.length = 0;
  tab.badges.length = 0;
  tab.titles.length = 0;
});

describe('starting the engine in a page', () => {
  it('injects the engine, then the overlay’s code; the engine sets the badge itself once it has checked', async () => {
    tab.started = null;
    await startEngine(7);
    expect(tab.calls).toEqual(['/engine.js 7/0', '/overlay.js 7/0']);
    expect(tab.badges).toEqual([]);
  });

  it('has an engine that runs there already say its badge again (an anchor or pushState cleared it)', async () => {
    tab.started = { running: { isReport: true, counts: { error: 2, warning: 1, info: 0 } } };
    await startEngine(11);
    expect(tab.calls).toEqual(['/engine.js 11/0']);
    expect(tab.badges).toEqual(['2']);
    // One that has not checked yet says nothing; what a page gives back that is no status is taken for a new engine.
    tab.started = { running: null };
    await startEngine(11);
    expect(tab.badges).toEqual(['2']);
    tab.started = { running: { isReport: 'yes' } };
    await startEngine(12);
    expect(tab.calls.slice(-2)).toEqual(['/engine.js 12/0', '/overlay.js 12/0']);
  });

  it('sets the badge and its title, and clears them for a new page', async () => {
    await showStatus(3, true, { error: 0, warning: 2, info: 1 });
    await showStatus(3, false, null);
    await showUndecided(3);
    expect(tab.badges).toEqual(['2', '', '']);
    expect(tab.titles).toEqual(['年报体检：0 错误，2 警告，1 提示', '年报体检：此页不是年度报告，未检查', '年报体检']);
  });
});
