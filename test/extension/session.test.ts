// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOverlay, ReportView } from '../../extension/page/overlay';
import { recordOf } from '../../core/cross-year';
import { analyze, type Analysis } from '../../core/index';
import { anchorKey } from '../../core/anchor';
import { analyzeFixture, loadFixture } from '../helpers';
import type { YearRecord } from '../../core/year-record';
import type { Settings } from '../../extension/settings';

// The background: it checks the page's markup as the real one does (extension/check-page.ts), keeps the records it
// is given and answers with `previous`, if set; it notes the engine's status reports. Messages travel as JSON, as
// between a page and the background.
const statuses = vi.hoisted(() => [] as unknown[]);
const records = vi.hoisted(() => ({
  sent: [] as unknown[],
  previous: null as unknown,
  checks: 0,
  down: false,
  /** While set, the background's answers to 'check-page' wait for it (a slow or busy background). */
  hold: null as Promise<void> | null,
  /** The user's settings, which each answer to 'check-page' carries. */
  settings: { lang: 'zh', showInfo: false } as Settings,
}));
vi.mock('../../extension/api', () => ({
  nativeBrowser: () => ({
    runtime: {
      sendMessage: async (raw: unknown) => {
        const message = JSON.parse(JSON.stringify(raw)) as {
          type: string;
          html?: string;
          url?: string;
          previous?: YearRecord;
          want?: { year: number; agency: string };
        };
        const remember = async (record: YearRecord) => {
          records.sent.push(record);
          return (records.previous ?? undefined) as YearRecord | undefined;
        };
        if (message.type === 'check-page') {
          records.checks++;
          if (records.down) throw new Error('Could not establish connection. Receiving end does not exist.');
          await records.hold;
          const { checkMarkup } = await import('../../extension/check-page');
          // With the user's settings, as the background answers (entrypoints/background.ts).
          const value = {
            ...(await checkMarkup(message.html!, message.url!, message.previous, remember)),
            settings: records.settings,
          };
          return JSON.parse(JSON.stringify({ ok: true, value }));
        }
        if (message.type === 'export-page') {
          if (records.down) throw new Error('Could not establish connection. Receiving end does not exist.');
          const { exportMarkup } = await import('../../extension/check-page');
          const value = await exportMarkup(message.html!, message.url!, message.previous);
          return JSON.parse(JSON.stringify({ ok: true, value }));
        }
        if (message.type === 'read-record') {
          const { readRecord } = await import('../../extension/check-page');
          return { ok: true, value: await readRecord(message.html!, message.url!, message.want!, remember) };
        }
        statuses.push(message);
        return { ok: true, value: null };
      },
    },
  }),
}));

const { PageSession } = await import('../../extension/page/session');
const { fetchPreviousYear } = await import('../../extension/page/fetch-previous');
const { toExport } = await import('../../core/index');
const { plainLifecycle } = await import('../../extension/page/plain-lifecycle');

/** Records what the session asks of the overlay; only finding 0 exists. */
class FakeOverlay implements PageOverlay {
  mounted = false;
  visible = true;
  shown = 0;
  view: ReportView | undefined;
  show(view: ReportView) {
    this.mounted = true;
    this.shown++;
    this.view = view;
  }
  setSettings() {}
  setVisible(visible: boolean) {
    this.visible = visible;
  }
  focus(index: number) {
    return index === 0;
  }
}

/** Every session's lifecycle, ended after each test: a session left running watches the next test's page. */
const lives: ReturnType<typeof plainLifecycle>[] = [];
const lifecycle = () => {
  const life = plainLifecycle(() => ({ id: 'ext' }));
  lives.push(life);
  return life;
};

function startSession() {
  const overlay = new FakeOverlay();
  const session = new PageSession(lifecycle(), document, overlay, undefined, async () => fetchPreviousYear);
  session.start();
  return { overlay, session };
}

const report = loadFixture('planted-arithmetic');

beforeEach(() => {
  vi.useFakeTimers();
  statuses.length = 0;
  records.sent.length = 0;
  records.previous = null;
  records.checks = 0;
  records.down = false;
  records.hold = null;
  records.settings = { lang: 'zh', showInfo: false };
});

afterEach(() => {
  for (const life of lives.splice(0)) life.invalidate();
  document.title = '';
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the engine on a page', () => {
  it('sends its markup at once when injected, has the background check it, shows the overlay and reports the counts', async () => {
    document.title = report.title;
    document.body.innerHTML = report.body.innerHTML;
    const { overlay, session } = startSession();
    await session.checked();
    const state = session.state();
    expect(state).toMatchObject({ isReport: true, overlayVisible: true });
    expect(overlay.shown).toBe(1);
    expect(records.checks).toBe(1);
    // The background's answer is the check a page's engine used to make itself, each finding's badge placed on
    // this page's elements.
    const local = analyze(document, document.location.href);
    if (!local.isReport || !state.isReport || !overlay.view) throw new Error('not a report');
    expect(state.findings).toEqual(local.findings);
    const view = overlay.view;
    // The very elements (toEqual would take any element of the same markup for it).
    const [cells, wanted] = [findingCells(local, view.anchors), findingCells(local)];
    expect(cells.length).toBeGreaterThan(3);
    expect(cells.every((el, i) => el !== undefined && el === wanted[i])).toBe(true);
    for (const [id, el] of Object.entries(local.anchors.headings)) {
      expect(view.anchors.headings[id as keyof typeof local.anchors.headings] === el, id).toBe(true);
    }
    // The page keeps its report's head only: 「导出」 has the background check its markup again, to the same result.
    expect(Object.keys(view)).not.toContain('report');
    const exported = await session.exportReport();
    expect(exported).toEqual(toExport(local));
    expect(exported.findings).toEqual(state.isReport && state.findings);
    expect(statuses).toEqual([{ type: 'status', isReport: true, counts: state.isReport && state.counts }]);
    expect(session.focus(0)).toEqual(state);
    expect(() => session.focus(99)).toThrow('no finding 99');
    expect(session.setOverlayVisible(false)).toMatchObject({ overlayVisible: false });
  });

  it('makes its first check without the extension API: the markup is handed out, the answer brought in, later checks by message', async () => {
    document.title = report.title;
    document.body.innerHTML = report.body.innerHTML;
    // A runtime that counts every look at it: the first check and its answer must not touch it.
    let looks = 0;
    const life = plainLifecycle(() => {
      looks++;
      return { id: 'ext' };
    });
    lives.push(life);
    const { FirstCheck } = await import('../../extension/page/first-check');
    const { sendToRuntime } = await import('../../extension/messaging');
    const first = new FirstCheck((request) => sendToRuntime(request), life);
    const overlay = new FakeOverlay();
    const session = new PageSession(life, document, overlay, undefined, undefined, undefined, first.ask);
    session.start();
    // What the engine's script gives back to the background, once (the page keeps no copy): the page's markup, its
    // address and the token the answer must carry.
    const request = first.take();
    expect(first.take()).toBeUndefined();
    expect(request?.url).toBe(document.location.href);
    expect(request?.html).toContain('<table');
    expect(records.checks).toBe(0);
    // The background checks it and brings the answer as extension/start-engine.ts does, having set the badge itself.
    const { checkMarkup } = await import('../../extension/check-page');
    const checked = await checkMarkup(request!.html, request!.url, undefined, async () => undefined);
    const envelope = { ok: true, value: { ...checked, settings: records.settings, statusShown: true } };
    // An answer with another check's token (a page the tab has left) is not taken.
    expect(first.answer(envelope, 'another')).toBe(false);
    expect(overlay.shown).toBe(0);
    expect(first.answer(JSON.parse(JSON.stringify(envelope)), request!.token)).toBe(true);
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: true });
    expect(overlay.shown).toBe(1);
    expect(statuses).toEqual([]);
    expect(records.checks).toBe(0);
    // A second answer (a retry) changes nothing; the next check asks by message and reports its status.
    expect(first.answer(envelope, request!.token)).toBe(false);
    session.check();
    await session.checked();
    expect(records.checks).toBe(1);
    expect(statuses).toHaveLength(1);
    expect(looks).toBe(0);
  });

  it('says why when the first check’s answer is an error, and asks by message if none comes', async () => {
    document.title = report.title;
    document.body.innerHTML = report.body.innerHTML;
    const { FirstCheck, FIRST_ANSWER_MS } = await import('../../extension/page/first-check');
    const { sendToRuntime } = await import('../../extension/messaging');
    const failing = new FirstCheck((request) => sendToRuntime(request), lifecycle());
    const one = new PageSession(lifecycle(), document, new FakeOverlay(), undefined, undefined, undefined, failing.ask);
    one.start();
    failing.answer({ ok: false, error: '页面过大' }, failing.take()!.token);
    await one.checked();
    expect(one.state()).toMatchObject({
      isReport: false,
      reason: 'unreadable',
      error: expect.stringContaining('页面过大'),
    });
    // A background that restarted while it checked never answers: after a while the engine asks by message.
    const silent = new FirstCheck((request) => sendToRuntime(request), lifecycle());
    const two = new PageSession(lifecycle(), document, new FakeOverlay(), undefined, undefined, undefined, silent.ask);
    two.start();
    await vi.advanceTimersByTimeAsync(FIRST_ANSWER_MS + 10);
    await two.checked();
    expect(records.checks).toBe(1);
    expect(two.state()).toMatchObject({ isReport: true });
  });

  it('hands on the settings each check’s answer carries, reading no storage itself', async () => {
    document.title = report.title;
    document.body.innerHTML = report.body.innerHTML;
    const got: Settings[] = [];
    const session = new PageSession(lifecycle(), document, new FakeOverlay(), undefined, undefined, (s) => got.push(s));
    records.settings = { lang: 'en', showInfo: true };
    session.start();
    await session.checked();
    expect(got).toEqual([{ lang: 'en', showInfo: true }]);
    records.settings = { lang: 'zh', showInfo: true };
    session.check();
    await session.checked();
    expect(got.at(-1)).toEqual({ lang: 'zh', showInfo: true });
  });

  it('says the page could not be checked when the background does not answer, and the popup is not left waiting', async () => {
    document.title = report.title;
    document.body.innerHTML = report.body.innerHTML;
    records.down = true;
    const { overlay, session } = startSession();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: false, reason: 'unreadable' });
    expect((session.state() as { error?: string }).error).toContain('Receiving end does not exist');
    expect(overlay.shown).toBe(0);
    // Once the background is back, 「重新检查」 checks the page.
    records.down = false;
    session.check();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: true });
  });

  it('keeps a report it shows when the background does not answer a re-check (no badges over an "unreadable" page)', async () => {
    document.title = report.title;
    document.body.innerHTML = report.body.innerHTML;
    const { overlay, session } = startSession();
    await session.checked();
    const shown = session.state();
    records.down = true;
    session.check();
    await session.checked();
    expect(session.state()).toEqual(shown);
    expect(overlay.shown).toBe(1);
    // 「导出」 needs the background: it says so while it is away, and works once it is back.
    await expect(session.exportReport()).rejects.toThrow('Receiving end does not exist');
    records.down = false;
    expect((await session.exportReport()).findings).toEqual(shown.isReport && shown.findings);
  });

  it('does not check a titled page that is no report again when its tables change in place', async () => {
    document.title = '示例区人民政府2023年政府信息公开工作年度报告';
    document.body.innerHTML = `<h1>${document.title}</h1><table><tr><td>1</td></tr></table>`;
    const { session } = startSession();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: false, reason: 'no-structure' });
    const checks = records.checks;
    for (const n of ['2', '3', '4']) {
      document.querySelector('td')!.firstChild!.nodeValue = n;
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(records.checks).toBe(checks);
  });

  it('watches for a late article, ignores text rewritten in place, and checks when the article arrives', async () => {
    document.body.innerHTML = '<p id="clock">10:00</p><div id="article">正在加载…</div>';
    const { overlay, session } = startSession();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: false, reason: 'no-title', watching: true });
    await expect(session.exportReport()).rejects.toThrow('not a report');

    document.getElementById('clock')!.firstChild!.nodeValue = '10:01';
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses).toHaveLength(1);

    // The page was checked once, on injection; text rewritten in place is no reason to check it again.
    expect(records.checks).toBe(1);
    document.getElementById('article')!.innerHTML = report.body.innerHTML;
    await vi.advanceTimersByTimeAsync(400);
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: true });
    expect(overlay.shown).toBe(1);
  });

  it('offers the report file of a page that names a report but shows none of its tables, on the page and to the popup', async () => {
    document.title = '示例区人民政府2023年政府信息公开工作年度报告';
    document.body.innerHTML = `<h1>${document.title}</h1><p>现将年度报告公布如下。</p>
      <a href="/nav/index.html">首页</a><a href="/files/guide.doc">附件：申请表.doc</a>
      <a href="/files/2023.pdf">附件：2023年政府信息公开工作年度报告.pdf</a>`;
    const offered: unknown[] = [];
    const overlay = new FakeOverlay();
    const session = new PageSession(lifecycle(), document, overlay, {
      offer: (a) => offered.push(a?.text),
    });
    session.start();
    await session.checked();
    const state = session.state();
    expect(state).toMatchObject({ isReport: false, reason: 'no-structure' });
    expect(state.attachments?.map((a) => [a.kind, a.namesReport])).toEqual([
      ['pdf', true],
      ['doc', false],
    ]);
    expect(offered).toEqual(['附件：2023年政府信息公开工作年度报告.pdf']);
  });

  it('offers nothing on a report whose tables are on the page, nor on a page without a report title', async () => {
    document.title = report.title;
    document.body.innerHTML = `${report.body.innerHTML}<a href="/files/2023.pdf">附件：年度报告.pdf</a>`;
    const offered: unknown[] = [];
    const session = new PageSession(lifecycle(), document, new FakeOverlay(), {
      offer: (a) => offered.push(a),
    });
    session.start();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: true });
    expect(session.state().attachments).toBeUndefined();
    document.title = '通知';
    document.body.innerHTML = '<p>通知</p><a href="/files/2023.pdf">附件：年度报告.pdf</a>';
    session.check();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: false, reason: 'no-title' });
    expect(session.state().attachments).toBeUndefined();
    expect(offered).toEqual([undefined, undefined]);
  });

  it('stops watching after the watch time and says so', async () => {
    const { session } = startSession();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(session.state()).toMatchObject({ isReport: false, watching: false });
  });
});

/** The report page with a session started on it, whose background holds its answer until `answer()`. */
function startHeld() {
  document.title = report.title;
  document.body.innerHTML = report.body.innerHTML;
  let answer = () => {};
  records.hold = new Promise((resolve) => {
    answer = resolve;
  });
  return { ...startSession(), answer: () => answer() };
}

/** The elements of every finding's cells, in order, in `anchors`. */
function findingCells(a: Extract<Analysis, { isReport: true }>, anchors = a.anchors): (Element | undefined)[] {
  return a.findings.flatMap((f) => f.cells ?? []).map((c) => anchors.cells.get(anchorKey(c.table, c.row, c.col)));
}

describe('a page whose markup is with the background', () => {
  it('has its answers wait for the check; a new check replaces one under way, whose answer is never drawn', async () => {
    const { overlay, session, answer } = startHeld();
    await vi.advanceTimersByTimeAsync(10);
    expect(overlay.shown).toBe(0);
    expect(session.state()).toMatchObject({ isReport: false });
    let answered: ReturnType<typeof session.state> | undefined;
    void session.checked().then(() => {
      answered = session.state();
    });
    session.check();
    await vi.advanceTimersByTimeAsync(10);
    expect(answered).toBeUndefined();
    expect(records.checks).toBe(2);
    answer();
    await vi.advanceTimersByTimeAsync(10);
    expect(answered).toMatchObject({ isReport: true });
    expect(overlay.shown).toBe(1);
    const whole = analyzeFixture('planted-arithmetic');
    if (!whole.isReport || !answered?.isReport) throw new Error('not a report');
    expect(answered.findings.map((f) => f.message)).toEqual(whole.findings.map((f) => f.message));
    expect(statuses.filter((s) => (s as { isReport: boolean }).isReport)).toHaveLength(1);
  });

  it('is checked again when its tables change meanwhile, and the last result speaks of the page as it is', async () => {
    const { session, answer } = startHeld();
    await vi.advanceTimersByTimeAsync(10);
    // While the background checks the markup sent, the CMS rewrites a number in a table.
    const cell = Array.from(document.querySelectorAll('td')).find((td) => td.textContent?.trim() === '１６')!;
    cell.textContent = '987';
    answer();
    await vi.advanceTimersByTimeAsync(5_000);
    const now = analyze(document, document.location.href);
    const state = session.state();
    if (!now.isReport || !state.isReport) throw new Error('not a report');
    expect(records.checks).toBe(2);
    expect(state.findings.map((f) => f.message)).toEqual(now.findings.map((f) => f.message));
    expect(state.findings.some((f) => f.message.includes('987'))).toBe(true);
  });

  it('「导出」 just after its tables changed: the page as it is, and its badges catch up at once', async () => {
    const { session, answer } = startHeld();
    answer();
    await vi.advanceTimersByTimeAsync(10);
    expect(records.checks).toBe(1);
    const cell = Array.from(document.querySelectorAll('td')).find((td) => td.textContent?.trim() === '１６')!;
    cell.textContent = '987';
    // Before the table watch's wait is over.
    const exported = await session.exportReport();
    expect(exported.findings.some((f) => f.message.includes('987'))).toBe(true);
    expect(records.checks).toBe(2);
    await vi.advanceTimersByTimeAsync(10);
    const state = session.state();
    expect(state.isReport && state.findings.map((f) => f.message)).toEqual(exported.findings.map((f) => f.message));
  });
});

describe('a page that moves its elements while its markup is with the background', () => {
  it('draws no badge on another element, and looks again once to place them all', async () => {
    const { overlay, session, answer } = startHeld();
    await vi.advanceTimersByTimeAsync(10);
    // A script's banner at the top of the page: every element below moves one place down.
    const banner = document.createElement('div');
    banner.textContent = '网站公告';
    document.body.prepend(banner);
    answer();
    await vi.advanceTimersByTimeAsync(50);
    const local = analyze(document, document.location.href);
    if (!local.isReport || !overlay.view) throw new Error('not a report');
    const wanted = findingCells(local);
    const first = findingCells(local, overlay.view.anchors);
    expect(first.every((el, i) => el === undefined || el === wanted[i])).toBe(true);
    expect(first.some((el) => el === undefined)).toBe(true);
    await vi.advanceTimersByTimeAsync(1500);
    await session.checked();
    expect(records.checks).toBe(2);
    const again = findingCells(local, overlay.view.anchors);
    expect(again.every((el, i) => el !== undefined && el === wanted[i])).toBe(true);
  });
});

describe('the previous year', () => {
  const y2024 = loadFixture('seed-001-xiangtan-2024');
  const show2024 = () => {
    document.title = y2024.title;
    document.body.innerHTML = y2024.body.innerHTML;
  };

  it('leaves the report’s record with the background; nothing more when none is kept', async () => {
    show2024();
    const { overlay, session } = startSession();
    await session.checked();
    expect(records.sent).toMatchObject([{ agency: '湘潭县卫生健康局', year: 2024, fwd: { total: 0 } }]);
    expect(session.state()).toMatchObject({ isReport: true, crossYear: null });
    expect(overlay.shown).toBe(1);
  });

  it('has the cross-year findings and the comparison in the first answer where the background keeps last year’s record (one drawing)', async () => {
    show2024();
    const alone = startSession();
    await alone.session.checked();
    const before = alone.session.state();
    const a = analyzeFixture('xy-xiangtan-2023');
    if (!a.isReport) throw new Error('not a report');
    records.previous = { ...recordOf(a.report)!, host: '' };
    const { overlay, session } = startSession();
    await session.checked();
    const after = session.state();
    if (!before.isReport || !after.isReport) throw new Error('not a report');
    expect(overlay.shown).toBe(1);
    const added = after.findings.filter((f) => !before.findings.some((b) => b.message === f.message));
    expect(added.map((f) => f.rule)).toEqual(['XY-01', 'XY-01', 'XY-03']);
    expect(after.counts.warning).toBe(before.counts.warning + 2);
    expect(after.crossYear?.year).toBe(2023);
    expect(after.crossYear?.rows.filter((r) => !r.agrees).map((r) => [r.zh, r.now, r.expected])).toEqual([
      ['表三“自然人”列 上年结转', 0, 1],
      ['表三“总计”列 上年结转', 0, 1],
    ]);
    // The toolbar badge follows.
    expect(statuses.at(-1)).toEqual({ type: 'status', isReport: true, counts: after.counts });
  });
  it('「获取上年度报告并比对」 while a check is with the background: the comparison is not lost to that older answer', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'http://www.example.gov.cn/art/2025/1/20/xiangtan-2024.html',
    );
    show2024();
    const link = document.createElement('a');
    link.setAttribute('href', '/art/2024/1/22/xiangtan-2023.html');
    link.textContent = '湘潭县卫生健康局2023年政府信息公开工作年度报告';
    document.body.append(link);
    const { session } = startSession();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: true, crossYear: null });
    // The page changes: a check goes to a busy background; meanwhile the user fetches last year's report.
    let free: () => void = () => undefined;
    records.hold = new Promise((resolve) => (free = resolve));
    session.check();
    const fetched = session.fetchPrevious(async () => loadFixture('xy-xiangtan-2023'));
    await vi.advanceTimersByTimeAsync(0);
    free();
    const state = await fetched;
    await session.checked();
    if (!state.isReport) throw new Error('not a report');
    expect(state.crossYear?.year).toBe(2023);
    expect(session.state()).toMatchObject({ crossYear: { year: 2023 } });
    expect(state.findings.some((f) => f.rule.startsWith('XY-'))).toBe(true);
  });
});
