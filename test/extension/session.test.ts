// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOverlay, ReportView } from '../../extension/page/overlay';
import { recordOf } from '../../core/cross-year';
import { analyze, toExport, type Analysis } from '../../core/index';
import { anchorKey } from '../../core/anchor';
import { analyzeFixture, loadFixture } from '../helpers';
import type { YearRecord } from '../../core/year-record';
import { PageSession, type SessionLinks } from '../../extension/page/session';
import { fetchPreviousYear } from '../../extension/page/fetch-previous';
import { plainLifecycle } from '../../extension/page/plain-lifecycle';
import { recordIfWanted } from '../../extension/page/read-record';
import type { PageStatus } from '../../extension/page/lifecycle';

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

/** The background as the session sees it: the records it is left, the previous year it answers with, the statuses. */
const background = {
  statuses: [] as PageStatus[],
  records: [] as YearRecord[],
  previous: undefined as YearRecord | undefined,
};

/** The pauses between slices, counted; while `held`, each waits for release() (a page busy with its own work). */
const slices = {
  pauses: 0,
  held: false,
  waiting: [] as (() => void)[],
  release() {
    for (const go of this.waiting.splice(0)) go();
  },
};
const pause = () => {
  slices.pauses++;
  if (!slices.held) return Promise.resolve();
  return new Promise<void>((resolve) => slices.waiting.push(resolve));
};

const links = (more: Partial<SessionLinks> = {}): SessionLinks => ({
  exchangeRecord: async (a) => {
    const record = recordOf(a.report);
    if (record) background.records.push(record);
    return background.previous;
  },
  status: (s) => void background.statuses.push(s),
  findPrevious: async () => fetchPreviousYear,
  readRecord: async (page, url, want) => {
    const record = await recordIfWanted(page, url, want, async () => undefined);
    if (record) background.records.push(record);
    return record;
  },
  ...more,
});

function startSession(notice?: { offer: (a: unknown) => void }) {
  const overlay = new FakeOverlay();
  const session = new PageSession(lifecycle(), document, overlay, notice, links(), pause);
  session.start();
  return { overlay, session };
}

const report = loadFixture('planted-arithmetic');
const showReport = () => {
  document.title = report.title;
  document.body.innerHTML = report.body.innerHTML;
};

beforeEach(() => {
  vi.useFakeTimers();
  background.statuses.length = 0;
  background.records.length = 0;
  background.previous = undefined;
  slices.pauses = 0;
  slices.held = false;
  slices.waiting.length = 0;
});

afterEach(() => {
  for (const life of lives.splice(0)) life.invalidate();
  document.title = '';
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/** The elements of every finding's cells, in order, in `anchors`. */
function findingCells(a: Extract<Analysis, { isReport: true }>, anchors = a.anchors): (Element | undefined)[] {
  return a.findings.flatMap((f) => f.cells ?? []).map((c) => anchors.cells.get(anchorKey(c.table, c.row, c.col)));
}

describe('the engine on a page', () => {
  it('checks the live page when injected, draws on its own elements, reports the counts and exports what it checked', async () => {
    showReport();
    const { overlay, session } = startSession();
    await session.checked();
    const state = session.state();
    expect(state).toMatchObject({ isReport: true, overlayVisible: true });
    expect(overlay.shown).toBe(1);
    const local = analyze(document, document.location.href);
    if (!local.isReport || !state.isReport || !overlay.view) throw new Error('not a report');
    expect(state.findings).toEqual(local.findings);
    // The very elements of the page (toEqual would take any element of the same markup for it).
    const [cells, wanted] = [findingCells(local, overlay.view.anchors), findingCells(local)];
    expect(cells.length).toBeGreaterThan(3);
    expect(cells.every((el, i) => el !== undefined && el === wanted[i])).toBe(true);
    // 「导出」 is the check the page made, not a second one.
    expect(session.exportReport()).toEqual(toExport(local));
    expect(background.statuses).toEqual([{ isReport: true, counts: state.counts }]);
    expect(background.records).toMatchObject([{ agency: '湘潭县卫生健康局', year: 2024 }]);
    expect(session.focus(0)).toEqual(state);
    expect(() => session.focus(99)).toThrow('no finding 99');
    expect(session.setOverlayVisible(false)).toMatchObject({ overlayVisible: false });
  });

  it('has its answers wait for the check; a new check replaces one under way, which is never drawn', async () => {
    showReport();
    slices.held = true;
    const { overlay, session } = startSession();
    let answered: ReturnType<typeof session.state> | undefined;
    void session.checked().then(() => {
      answered = session.state();
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(overlay.shown).toBe(0);
    session.check();
    slices.held = false;
    slices.release();
    await session.checked();
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toMatchObject({ isReport: true });
    expect(overlay.shown).toBe(1);
    expect(background.statuses).toHaveLength(1);
  });

  it('is checked again when its tables change while it is checked, and the result speaks of the page as it is', async () => {
    showReport();
    slices.held = true;
    const { session } = startSession();
    await vi.advanceTimersByTimeAsync(10);
    // Between two slices, the CMS rewrites a number in a table.
    const cell = Array.from(document.querySelectorAll('td')).find((td) => td.textContent?.trim() === '１６')!;
    cell.textContent = '987';
    slices.held = false;
    slices.release();
    await vi.advanceTimersByTimeAsync(2_000);
    await session.checked();
    const now = analyze(document, document.location.href);
    const state = session.state();
    if (!now.isReport || !state.isReport) throw new Error('not a report');
    expect(state.findings.map((f) => f.message)).toEqual(now.findings.map((f) => f.message));
    expect(state.findings.some((f) => f.message.includes('987'))).toBe(true);
  });

  it('stops its work when the extension goes away (updated, reloaded)', async () => {
    showReport();
    slices.held = true;
    const { overlay, session } = startSession();
    await vi.advanceTimersByTimeAsync(10);
    lives.at(-1)!.invalidate();
    slices.held = false;
    slices.release();
    await session.checked();
    expect(overlay.shown).toBe(0);
    expect(background.statuses).toEqual([]);
  });

  it('does not check a titled page that is no report again when its tables change in place', async () => {
    document.title = '示例区人民政府2023年政府信息公开工作年度报告';
    document.body.innerHTML = `<h1>${document.title}</h1><table><tr><td>1</td></tr></table>`;
    const { session } = startSession();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: false, reason: 'no-structure' });
    // Each check of a page that is no report says so to the toolbar: one, on injection.
    expect(background.statuses).toEqual([{ isReport: false, counts: null }]);
    for (const n of ['2', '3', '4']) {
      document.querySelector('td')!.firstChild!.nodeValue = n;
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(background.statuses).toHaveLength(1);
  });

  it('watches for a late article, ignores text rewritten in place, and checks when the article arrives', async () => {
    document.body.innerHTML = '<p id="clock">10:00</p><div id="article">正在加载…</div>';
    const { overlay, session } = startSession();
    await session.checked();
    expect(session.state()).toMatchObject({ isReport: false, reason: 'no-title', watching: true });
    expect(() => session.exportReport()).toThrow('not a report');

    document.getElementById('clock')!.firstChild!.nodeValue = '10:01';
    await vi.advanceTimersByTimeAsync(1000);
    // Checked once, on injection; text rewritten in place is no reason to check it again.
    expect(background.statuses).toHaveLength(1);
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
    const { session } = startSession({ offer: (a) => offered.push((a as { text: string } | undefined)?.text) });
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
    const { session } = startSession({ offer: (a) => offered.push(a) });
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
    await vi.advanceTimersByTimeAsync(0);
    expect(background.records).toMatchObject([{ agency: '湘潭县卫生健康局', year: 2024, fwd: { total: 0 } }]);
    expect(session.state()).toMatchObject({ isReport: true, crossYear: null });
    expect(overlay.shown).toBe(1);
  });

  it('adds the cross-year findings and the comparison once the background answers with last year’s record', async () => {
    show2024();
    const alone = startSession();
    await alone.session.checked();
    const before = alone.session.state();
    const a = analyzeFixture('xy-xiangtan-2023');
    if (!a.isReport) throw new Error('not a report');
    background.previous = { ...recordOf(a.report)!, host: '' };
    const { overlay, session } = startSession();
    await session.checked();
    await vi.advanceTimersByTimeAsync(0);
    const after = session.state();
    if (!before.isReport || !after.isReport) throw new Error('not a report');
    // Drawn without waiting for the background, then again with the previous year's findings.
    expect(overlay.shown).toBe(2);
    const added = after.findings.filter((f) => !before.findings.some((b) => b.message === f.message));
    expect(added.map((f) => f.rule)).toEqual(['XY-01', 'XY-01', 'XY-03']);
    expect(after.counts.warning).toBe(before.counts.warning + 2);
    expect(after.crossYear?.year).toBe(2023);
    expect(after.crossYear?.rows.filter((r) => !r.agrees).map((r) => [r.zh, r.now, r.expected])).toEqual([
      ['表三“自然人”列 上年结转', 0, 1],
      ['表三“总计”列 上年结转', 0, 1],
    ]);
    // The toolbar badge follows, and the export has what the page shows.
    expect(background.statuses.at(-1)).toEqual({ isReport: true, counts: after.counts });
    expect(session.exportReport().findings).toEqual(after.findings);
  });

  it('「获取上年度报告并比对」 while the page is checked again: the comparison is kept, and the record left', async () => {
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
    // The page changes: a check runs slice by slice; meanwhile the user fetches last year's report.
    slices.held = true;
    session.check();
    const fetched = session.fetchPrevious(async () => loadFixture('xy-xiangtan-2023'));
    await vi.advanceTimersByTimeAsync(0);
    slices.held = false;
    slices.release();
    const state = await fetched;
    await session.checked();
    if (!state.isReport) throw new Error('not a report');
    expect(state.crossYear?.year).toBe(2023);
    expect(session.state()).toMatchObject({ crossYear: { year: 2023 } });
    expect(state.findings.some((f) => f.rule.startsWith('XY-'))).toBe(true);
    expect(background.records.map((r) => r.year)).toContain(2023);
    // A later check of the page keeps comparing with it.
    session.check();
    await session.checked();
    expect(session.state()).toMatchObject({ crossYear: { year: 2023 } });
  });
});
