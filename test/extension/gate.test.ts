// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startGate } from '../../extension/page/gate';
import { plainLifecycle } from '../../extension/page/plain-lifecycle';
import { WATCH_FOR_ARTICLE_MS } from '../../extension/page/watch';

const runtime = { id: 'ext' as string | undefined };
const ctx = () => plainLifecycle(() => runtime);
const REPORT_HEADING = '<h1>示例局2024年政府信息公开工作年度报告</h1>';

beforeEach(() => {
  vi.useFakeTimers();
  document.title = '示例市人民政府门户网站';
});

afterEach(() => {
  runtime.id = 'ext';
  document.title = '';
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the gate', () => {
  it('asks for the engine at once on a page titled as a report', () => {
    document.title = '示例局2024年政府信息公开工作年度报告_示例市人民政府';
    const onReport = vi.fn();
    startGate(ctx(), document, onReport);
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it("asks for the engine when the page's own scripts break its test (it runs in the page's world)", () => {
    // An old CMS page that replaced a built-in the gate uses: the engine, in its own world, decides instead.
    const broken = new Proxy(document, {
      get(target, key) {
        if (key === 'querySelectorAll' || key === 'querySelector')
          return () => {
            throw new TypeError('Map.prototype.get called on incompatible receiver');
          };
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const onReport = vi.fn();
    startGate(ctx(), broken, onReport);
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('stays quiet on other pages, and asks once when a late article brings a report title', async () => {
    const onReport = vi.fn();
    startGate(ctx(), document, onReport);
    document.body.insertAdjacentHTML('beforeend', '<p>新闻</p>');
    await vi.advanceTimersByTimeAsync(500);
    expect(onReport).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', REPORT_HEADING);
    await vi.advanceTimersByTimeAsync(500);
    document.body.insertAdjacentHTML('beforeend', '<p>更多内容</p>');
    await vi.advanceTimersByTimeAsync(500);
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('takes text rewritten in place (a ticker, a clock) for no article', async () => {
    document.body.innerHTML = '<h1 id="clock">10:00</h1>';
    const onReport = vi.fn();
    startGate(ctx(), document, onReport);
    document.getElementById('clock')!.firstChild!.nodeValue = '示例局2024年政府信息公开工作年度报告';
    await vi.advanceTimersByTimeAsync(500);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('gives up after the watch time', async () => {
    const onReport = vi.fn();
    startGate(ctx(), document, onReport);
    await vi.advanceTimersByTimeAsync(WATCH_FOR_ARTICLE_MS);
    document.body.insertAdjacentHTML('beforeend', REPORT_HEADING);
    await vi.advanceTimersByTimeAsync(500);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('stops watching when the extension goes away (update or reload)', async () => {
    const onReport = vi.fn();
    const life = ctx();
    startGate(life, document, onReport);
    runtime.id = undefined;
    document.body.insertAdjacentHTML('beforeend', REPORT_HEADING);
    await vi.advanceTimersByTimeAsync(500);
    expect(onReport).not.toHaveBeenCalled();
    expect(life.isValid).toBe(false);
  });
});

describe('plainLifecycle', () => {
  it('runs timers while valid, and drops them all once invalidated', () => {
    const life = ctx();
    const early = vi.fn();
    const timer = vi.fn();
    const gone = vi.fn();
    life.onInvalidated(gone);
    life.setTimeout(early, 5);
    life.setTimeout(timer, 10);
    vi.advanceTimersByTime(5);
    expect(early).toHaveBeenCalledTimes(1);
    life.invalidate();
    vi.advanceTimersByTime(20);
    expect(timer).not.toHaveBeenCalled();
    expect(gone).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    life.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('leaves a 年报 column alone, but still checks a report page that links other years beside its tables', () => {
    document.title = '政府信息公开年报_示例县人民政府';
    const links = [2024, 2023, 2022, 2021]
      .map((y) => `<li><a href="/a/${y}.html">示例局${y}年政府信息公开工作年度报告</a></li>`)
      .join('');
    document.body.innerHTML = `<h2>政府信息公开年报</h2><ul>${links}</ul>`;
    const onColumn = vi.fn();
    startGate(ctx(), document, onColumn);
    expect(onColumn).not.toHaveBeenCalled();

    document.title = '示例局2024年政府信息公开工作年度报告';
    document.body.innerHTML = `${REPORT_HEADING}<table><tr><td>本年新收政府信息公开申请数量</td><td>3</td></tr></table><ul>${links}</ul>`;
    const onReport = vi.fn();
    startGate(ctx(), document, onReport);
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('still checks a report published as an attachment, beside a sidebar of other years', () => {
    document.title = '示例局2024年政府信息公开工作年度报告';
    const links = [2023, 2022, 2021]
      .map((y) => `<li><a href="/a/${y}.html">示例局${y}年政府信息公开工作年度报告</a></li>`)
      .join('');
    document.body.innerHTML = `${REPORT_HEADING}<p><a href="/files/2024.pdf">附件：年度报告.pdf</a></p><ul>${links}</ul>`;
    const onReport = vi.fn();
    startGate(ctx(), document, onReport);
    expect(onReport).toHaveBeenCalledTimes(1);
  });
});
