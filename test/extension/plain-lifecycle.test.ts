// @vitest-environment happy-dom
// The lifecycle of the scripts in a page without WXT's runtime: their timers stop with the extension.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainLifecycle, plainPageContext } from '../../extension/page/plain-lifecycle';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('a plain lifecycle', () => {
  it('fires its timers while the extension is there, none after it is invalidated', async () => {
    const runtime = { id: 'ext' as string | undefined };
    const life = plainLifecycle(() => runtime);
    const fired: string[] = [];
    // Many short timers (debounces, watches) come and go while the page is open.
    for (let i = 0; i < 100; i++) life.setTimeout(() => fired.push(`t${i}`), 10);
    await vi.advanceTimersByTimeAsync(20);
    expect(fired).toHaveLength(100);
    life.setTimeout(() => fired.push('late'), 50);
    life.invalidate();
    await vi.advanceTimersByTimeAsync(100);
    expect(fired).not.toContain('late');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when the extension goes away (updated or reloaded) before a timer fires', async () => {
    const runtime = { id: 'ext' as string | undefined };
    const life = plainLifecycle(() => runtime);
    const onGone = vi.fn();
    life.onInvalidated(onGone);
    const cb = vi.fn();
    life.setTimeout(cb, 10);
    runtime.id = undefined;
    await vi.advanceTimersByTimeAsync(20);
    expect(cb).not.toHaveBeenCalled();
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(life.isValid).toBe(false);
  });

  it('asks the extension only when something fires, never when a listener or timer is registered', async () => {
    let looks = 0;
    const ctx = plainPageContext(() => {
      looks++;
      return { id: 'ext' };
    });
    const heard: string[] = [];
    ctx.addEventListener(window, 'scroll', () => heard.push('scroll'));
    ctx.setTimeout(() => heard.push('timer'), 10);
    // The first check and draw of a report page register both, and the extension API is not set up for them.
    expect(looks).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(20);
    expect(heard).toEqual(['scroll', 'timer']);
    expect(looks).toBe(2);
    ctx.invalidate();
    window.dispatchEvent(new Event('scroll'));
    ctx.addEventListener(window, 'scroll', () => heard.push('late'));
    window.dispatchEvent(new Event('scroll'));
    expect(heard).toEqual(['scroll', 'timer']);
  });
});
