// The background's start of an engine: the page's markup comes back as the engine script's result, the check runs
// here, the overlay's script goes in before the answer, and the answer is brought by a function run in the page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../helpers';

const tab = vi.hoisted(() => ({
  /** What the engine's script gives back. */
  started: undefined as unknown,
  calls: [] as string[],
  /** The arguments each function was run with. */
  args: [] as unknown[][],
  badges: [] as string[],
  session: {} as Record<string, unknown>,
  /** The document Chromium names with the engine's result (Firefox names none). */
  documentId: undefined as string | undefined,
  /** What the engine says to its answer: taken, or not (another page's engine, or none). */
  taken: true,
  /** The tab's address now, as tabs.get says. */
  tabUrl: '',
}));
vi.mock('wxt/browser', () => ({
  browser: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void tab.badges.push(text),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      session: {
        get: async (key: string) => ({ [key]: tab.session[key] }),
        set: async (items: Record<string, unknown>) => void Object.assign(tab.session, items),
      },
    },
    tabs: { get: async () => ({ url: tab.tabUrl }) },
    scripting: {
      executeScript: async (opts: {
        target: { tabId: number; frameIds?: number[]; documentIds?: string[] };
        files?: string[];
        func?: (...a: unknown[]) => unknown;
        args?: unknown[];
      }) => {
        const what = opts.func ? opts.func.name : opts.files![0]!;
        const where = opts.target.documentIds ? opts.target.documentIds.join(',') : opts.target.frameIds!.join(',');
        tab.calls.push(`${what} ${opts.target.tabId}/${where}`);
        if (opts.func) tab.args.push(opts.args ?? []);
        return [
          {
            frameId: 0,
            ...(tab.documentId ? { documentId: tab.documentId } : {}),
            result: opts.files?.[0] === '/engine.js' ? tab.started : opts.func ? tab.taken : undefined,
          },
        ];
      },
    },
  },
}));
vi.mock('../../extension/year-records', () => ({ rememberRecord: async () => undefined }));

const { startEngine } = await import('../../extension/start-engine');
const { forgetEngines, tellEngines } = await import('../../extension/engine-frames');

beforeEach(async () => {
  // No engine remembered from another test.
  for (const tabId of [7, 8, 9, 10, 11]) await forgetEngines(tabId);
  tab.calls.length = 0;
  tab.args.length = 0;
  tab.badges.length = 0;
  tab.documentId = undefined;
  tab.taken = true;
});

/** What the engine's script gives back on a report page: its markup, its address, its token. */
function reportPage(url: string, token: string) {
  const doc = loadFixture('planted-arithmetic');
  return { html: `<!DOCTYPE html>${doc.documentElement.outerHTML}`, url, token };
}

describe('starting the engine in a page', () => {
  it('checks the markup the engine gives back, brings the overlay, sets the badge, then the answer as JSON', async () => {
    tab.started = reportPage('http://127.0.0.1/a.html', 'k1');
    // Chromium names the engine's document: what follows goes to that document only, not to a page the tab has
    // moved on to since.
    tab.documentId = 'doc-a';
    await startEngine(7);
    expect(tab.calls).toEqual(['/engine.js 7/0', '/overlay.js 7/doc-a', 'deliverFirstAnswer 7/doc-a']);
    const answer = JSON.parse(tab.args[0]![0] as string) as {
      ok: boolean;
      value: { analysis: { isReport: boolean; findings: unknown[] }; statusShown: boolean; settings: unknown };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.analysis.isReport).toBe(true);
    expect(answer.value.analysis.findings.length).toBeGreaterThan(0);
    expect(answer.value).toMatchObject({ statusShown: true, settings: { lang: 'zh', showInfo: false } });
    // With the token the engine gave: only that engine takes it.
    expect(tab.args[0]![1]).toBe('k1');
    expect(tab.badges).toHaveLength(1);
    expect(tab.badges[0]).not.toBe('');

    // The settings reach that engine when they change; once its page is gone, nothing is run there.
    tab.calls.length = 0;
    await tellEngines({ lang: 'en', showInfo: true });
    expect(tab.calls).toEqual(['deliverSettings 7/0']);
    expect(tab.args.at(-1)).toEqual([{ lang: 'en', showInfo: true }]);
    await forgetEngines(7);
    tab.calls.length = 0;
    await tellEngines({ lang: 'zh', showInfo: true });
    expect(tab.calls).toEqual([]);
  });

  it('a page that is no report gets its answer without the overlay, and an empty badge', async () => {
    tab.started = {
      html: '<!DOCTYPE html><html><body><p>通知</p></body></html>',
      url: 'http://127.0.0.1/b.html',
      token: 'k2',
    };
    await startEngine(8);
    expect(tab.calls).toEqual(['/engine.js 8/0', 'deliverFirstAnswer 8/0']);
    expect(JSON.parse(tab.args[0]![0] as string)).toMatchObject({ ok: true, value: { analysis: { isReport: false } } });
    expect(tab.badges).toEqual(['']);
  });

  it('has an engine that runs there already say its badge again (an anchor or pushState cleared it)', async () => {
    tab.started = { running: { isReport: true, counts: { error: 2, warning: 1, info: 0 } } };
    await startEngine(11);
    expect(tab.calls).toEqual(['/engine.js 11/0']);
    expect(tab.badges).toEqual(['2']);
    // It still gets new settings (the address change had it forgotten).
    await forgetEngines(11);
    tab.started = { running: null };
    await startEngine(11);
    expect(tab.badges).toEqual(['2']);
    tab.calls.length = 0;
    await tellEngines({ lang: 'zh', showInfo: false });
    expect(tab.calls).toEqual(['deliverSettings 11/0']);
    await forgetEngines(11);
  });

  it('does nothing more where the engine could not read the page, and says why it refuses markup over the cap', async () => {
    tab.started = undefined;
    await startEngine(9);
    expect(tab.calls).toEqual(['/engine.js 9/0']);
    tab.started = { html: 'x'.repeat(20_000_100), url: 'http://127.0.0.1/c.html', token: 'k3' };
    await startEngine(9);
    expect(tab.calls).toEqual(['/engine.js 9/0', '/engine.js 9/0', 'deliverFirstAnswer 9/0']);
    expect(JSON.parse(tab.args[0]![0] as string)).toMatchObject({
      ok: false,
      error: expect.stringContaining('无法检查'),
    });
    expect(tab.args[0]![1]).toBe('k3');
    expect(tab.badges).toEqual([]);
  });

  it('where no document is named (Firefox), brings no overlay to a page the tab moved on to, and sets no badge for it', async () => {
    tab.started = reportPage('http://127.0.0.1/d.html', 'k4');
    tab.tabUrl = 'http://127.0.0.1/elsewhere.html';
    // The page there has an engine of its own, waiting for its own answer: it does not take this one.
    tab.taken = false;
    await startEngine(10);
    expect(tab.calls).toEqual(['/engine.js 10/0', 'deliverFirstAnswer 10/0']);
    expect(tab.badges).toEqual([]);
    // Still there: the overlay's script first, then the answer, then the badge.
    tab.calls.length = 0;
    tab.tabUrl = 'http://127.0.0.1/d.html';
    tab.taken = true;
    await startEngine(10);
    expect(tab.calls).toEqual(['/engine.js 10/0', '/overlay.js 10/0', 'deliverFirstAnswer 10/0']);
    expect(tab.badges).toHaveLength(1);
  });
});
