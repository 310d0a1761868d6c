// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGate } from '../../extension/page/gate';
import { plainLifecycle } from '../../extension/page/plain-lifecycle';

const runtime = { id: 'ext' as string | undefined };
const ctx = () => plainLifecycle(() => runtime);

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

  it('stays quiet on other pages, and asks once when a late article brings a report title', async () => {
    document.title = '示例市人民政府门户网站';
    const onReport = vi.fn();
    startGate(ctx(), document, onReport);
    document.body.insertAdjacentHTML('beforeend', '<p>新闻</p>');
    await new Promise((r) => setTimeout(r, 500));
    expect(onReport).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', '<h1>示例局2024年政府信息公开工作年度报告</h1>');
    await new Promise((r) => setTimeout(r, 500));
    document.body.insertAdjacentHTML('beforeend', '<p>更多内容</p>');
    await new Promise((r) => setTimeout(r, 500));
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the extension goes away (update or reload)', async () => {
    document.title = '示例市人民政府门户网站';
    const onReport = vi.fn();
    const life = ctx();
    startGate(life, document, onReport);
    runtime.id = undefined;
    document.body.insertAdjacentHTML('beforeend', '<h1>示例局2024年政府信息公开工作年度报告</h1>');
    await new Promise((r) => setTimeout(r, 500));
    expect(onReport).not.toHaveBeenCalled();
    expect(life.isValid).toBe(false);
  });
});

describe('plainLifecycle', () => {
  it('runs timers and listeners while valid, and drops them all once invalidated', () => {
    vi.useFakeTimers();
    const life = ctx();
    const timer = vi.fn();
    const listener = vi.fn();
    const gone = vi.fn();
    life.onInvalidated(gone);
    life.setTimeout(timer, 10);
    life.addEventListener(window, 'resize', listener);
    window.dispatchEvent(new Event('resize'));
    expect(listener).toHaveBeenCalledTimes(1);
    life.invalidate();
    vi.advanceTimersByTime(20);
    window.dispatchEvent(new Event('resize'));
    expect(timer).not.toHaveBeenCalled();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(gone).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    life.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
