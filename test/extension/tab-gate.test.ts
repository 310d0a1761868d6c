import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GENERIC_TITLES } from '../../tools/server';

// The background's view of a tab: which sites it may read, what the page's looks answer, what got injected.
const tabs = vi.hoisted(() => ({
  granted: ['http://www.sh.gov.cn/*'] as string[],
  /** The first look's answer (headings mention a report), and the gate's (a likely report). */
  first: true as unknown,
  gate: true as unknown,
  calls: [] as string[],
  /** The toolbar button's titles, as set. */
  titles: [] as string[],
  /** What tabs.get says of the tab now. */
  now: { status: 'loading', url: '', title: '' } as { status: string; url: string; title: string },
}));
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: { get: async () => tabs.now },
    action: {
      setBadgeText: async () => undefined,
      setTitle: async ({ title }: { title: string }) => void tabs.titles.push(title),
    },
    permissions: { contains: async ({ origins }: { origins: string[] }) => tabs.granted.includes(origins[0]!) },
    scripting: {
      executeScript: async (opts: { files?: string[]; func?: () => unknown; world?: string }) => {
        // The overlay's code follows the engine (extension/start-engine.ts): not the gate's decision.
        if (opts.files?.[0] === '/overlay.js') return [];
        const what = opts.func ? 'first look' : opts.files![0]!;
        tabs.calls.push(`${what} ${opts.world ?? 'ISOLATED'}`);
        if (opts.func) return [{ frameId: 0, result: await tabs.first }];
        return opts.files![0] === '/gate.js' ? [{ frameId: 0, result: await tabs.gate }] : [];
      },
    },
  },
}));

const { forgetTab, gateTab, SLOW_LOAD_MS, tabUpdated, titleVerdict } = await import('../../extension/tab-gate');

const PAGE = 'http://www.sh.gov.cn/a/1.html';

describe('the title verdict', () => {
  it('leaves a page whose title names something else', () => {
    for (const title of [
      '示例市卫生健康委员会2024年部门预算公开',
      '示例市人民政府办公室政府信息公开指南',
      '关于印发《示例市数据管理办法》的通知_示例市人民政府',
      '市政府召开第十次常务会议 - 中国上海',
      '2024年示例市政府工作报告_示例市人民政府',
    ])
      expect(titleVerdict(title, PAGE), title).toBe('leave');
  });

  it('injects the engine at once on a page titled as one agency’s report of one year', () => {
    for (const title of [
      '湘潭县卫生健康局2024年政府信息公开工作年度报告',
      '沙河市卫生健康局2024年度政府信息公开工作年度报告_政府信息公开年报',
      '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      // A news item naming a report: the engine says it is none, as it did after the gate.
      '我市召开2024年度政府信息公开工作年度报告编制培训会_示例市人民政府',
    ])
      expect(titleVerdict(title, PAGE), title).toBe('engine');
  });

  it('runs the gate (its 年报 column test) where the title names reports without one agency and year', () => {
    for (const title of [
      '政府信息公开年报_示例市人民政府',
      '2023年度政府信息公开工作年度报告_示例市人民政府',
      '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知_国务院办公厅',
    ])
      expect(titleVerdict(title, PAGE), title).toBe('gate');
  });

  it('looks at the headings of a page whose title says nothing of it: the site name, the template word, a file name, none', () => {
    for (const title of [
      ...Object.values(GENERIC_TITLES),
      '上海市人民政府',
      '中国上海',
      '详情-示例市卫生健康委员会',
      '示例区政府信息公开',
      '内容页 | 示例县人民政府门户网站',
      'hongze-qu-renmin-zhengfu_2024',
      '',
      undefined,
    ])
      expect(titleVerdict(title, PAGE), String(title)).toBe('headings');
  });

  it('never leaves a page whose title speaks of an annual or disclosure report in other words', () => {
    for (const title of [
      '2023年度报告_示例区人民政府',
      '示例局2023年信息公开年报',
      '示例区2023年政府信息公开年度工作报告',
      '示例县教育局关于2023年政府信息公开工作情况的报告',
    ])
      expect(titleVerdict(title, PAGE), title).not.toBe('leave');
  });

  it('looks at a PDF whatever its title (the page tells whether it is one)', () => {
    expect(titleVerdict('会议纪要', 'https://www.sh.gov.cn/files/a.pdf?v=2')).toBe('headings');
  });
});

describe('the gate in the background', () => {
  const FIRST = 'first look ISOLATED';
  const GATE = '/gate.js ISOLATED';
  const ENGINE = '/engine.js ISOLATED';

  beforeEach(() => {
    tabs.calls = [];
    tabs.titles = [];
    tabs.first = true;
    tabs.gate = true;
    tabs.now = { status: 'loading', url: '', title: '' };
    forgetTab(1);
  });

  it('on a generic title: a first look, then the gate, then the engine, all in the extension’s isolated world', async () => {
    await gateTab(1, PAGE, '示例市人民政府门户网站');
    expect(tabs.calls).toEqual([FIRST, GATE, ENGINE]);
  });

  it('on one report’s title: the engine at once; on a column’s: the gate, and the engine only if it says so', async () => {
    await gateTab(1, PAGE, '示例局2024年政府信息公开工作年度报告');
    expect(tabs.calls).toEqual([ENGINE]);
    forgetTab(1);
    tabs.calls = [];
    await gateTab(1, PAGE, '政府信息公开年报_示例市人民政府');
    expect(tabs.calls).toEqual([GATE, ENGINE]);
    forgetTab(1);
    tabs.calls = [];
    tabs.gate = false;
    await gateTab(1, PAGE, '政府信息公开年报_示例市人民政府');
    expect(tabs.calls).toEqual([GATE]);
  });

  it('nothing more where the first look finds no report, nothing at all where the title rules the page out', async () => {
    tabs.first = false;
    await gateTab(1, PAGE, '详情页');
    expect(tabs.calls).toEqual([FIRST]);
    forgetTab(1);
    tabs.calls = [];
    await gateTab(1, PAGE, '示例市卫生健康委员会2024年部门预算公开');
    expect(tabs.calls).toEqual([]);
  });

  it('says on the toolbar button that the page is no report, once, whoever decided it; nothing on a report', async () => {
    const NO_REPORT = '年报体检：此页不是年度报告，未检查';
    await gateTab(1, PAGE, '示例市卫生健康委员会2024年部门预算公开');
    await gateTab(1, PAGE, '示例市人民政府办公室政府信息公开指南');
    expect(tabs.titles).toEqual([NO_REPORT]);
    for (const [first, gate, title] of [
      [false, true, '详情页'],
      [true, false, '政府信息公开年报_示例市人民政府'],
    ] as const) {
      forgetTab(1);
      tabs.titles = [];
      tabs.first = first;
      tabs.gate = gate;
      await gateTab(1, PAGE, title);
      expect(tabs.titles, title).toEqual([NO_REPORT]);
    }
    // The engine says what it found itself (extension/start-engine.ts); the gate says nothing then.
    forgetTab(1);
    tabs.titles = [];
    tabs.gate = true;
    await gateTab(1, PAGE, '政府信息公开年报_示例市人民政府');
    expect(tabs.titles).toEqual([]);
  });

  it('looks once a document, however often its title changes, and not on sites it was not given', async () => {
    tabs.first = false;
    await gateTab(1, PAGE, '详情页');
    await gateTab(1, PAGE, '详情');
    await gateTab(1, PAGE, '示例市人民政府');
    expect(tabs.calls).toEqual([FIRST]);
    forgetTab(1);
    await gateTab(1, 'http://www.example.org/a.html', '详情页');
    await gateTab(1, 'chrome://newtab/', '');
    expect(tabs.calls).toEqual([FIRST]);
  });

  it('a page its look said no to, retitled by its script as a report, gets the engine then (once)', async () => {
    tabs.first = false;
    await gateTab(1, PAGE, '详情页');
    await gateTab(1, PAGE, '示例局2024年政府信息公开工作年度报告');
    await gateTab(1, PAGE, '示例局2024年政府信息公开工作年度报告');
    expect(tabs.calls).toEqual([FIRST, ENGINE]);
  });

  it('a page retitled as a report while its look watched (and said no) gets the engine when the look ends', async () => {
    tabs.first = false;
    tabs.now = { status: 'complete', url: PAGE, title: '示例局2024年政府信息公开工作年度报告' };
    await gateTab(1, PAGE, '详情页');
    expect(tabs.calls).toEqual([FIRST, ENGINE]);
  });

  it('a page retitled by its script from something else to a report gets the gate then', async () => {
    await gateTab(1, PAGE, '正在加载的某条新闻的标题');
    expect(tabs.calls).toEqual([]);
    await gateTab(1, PAGE, '示例局2024年政府信息公开工作年度报告');
    expect(tabs.calls).toEqual([ENGINE]);
  });

  it('goes on to the engine when the page’s own scripts broke a look (only a clear no stops)', async () => {
    tabs.first = Promise.reject(new TypeError('Map is not a constructor'));
    tabs.gate = undefined;
    await gateTab(1, PAGE, '详情页');
    expect(tabs.calls).toEqual([FIRST, GATE, ENGINE]);
  });

  it('drops a late answer once the tab has moved on to another page', async () => {
    let answer: (v: boolean) => void = () => undefined;
    tabs.first = new Promise((resolve) => (answer = resolve));
    const gating = gateTab(1, PAGE, '详情页');
    await vi.waitFor(() => expect(tabs.calls).toEqual([FIRST]));
    forgetTab(1);
    answer(true);
    await gating;
    expect(tabs.calls).toEqual([FIRST]);
  });

  it('looks at a page still loading after a while (a hanging analytics script), once, and not again when it loads', async () => {
    vi.useFakeTimers();
    try {
      const TITLE = '示例局2024年政府信息公开工作年度报告';
      tabs.now = { status: 'loading', url: PAGE, title: TITLE };
      tabUpdated(1, { status: 'loading' }, tabs.now);
      await vi.advanceTimersByTimeAsync(SLOW_LOAD_MS - 100);
      expect(tabs.calls).toEqual([]);
      await vi.advanceTimersByTimeAsync(200);
      expect(tabs.calls).toEqual([ENGINE]);
      tabUpdated(1, { status: 'complete' }, { ...tabs.now, status: 'complete' });
      await vi.advanceTimersByTimeAsync(0);
      expect(tabs.calls).toEqual([ENGINE]);
      // A page that loads in time is looked at when it has, and the timer then does nothing.
      tabs.calls = [];
      tabUpdated(2, { status: 'loading' }, tabs.now);
      tabUpdated(2, { status: 'complete' }, { ...tabs.now, status: 'complete' });
      await vi.advanceTimersByTimeAsync(SLOW_LOAD_MS * 2);
      expect(tabs.calls).toEqual([ENGINE]);
      forgetTab(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
