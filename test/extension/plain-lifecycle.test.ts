// @vitest-environment happy-dom
// The lifecycle of the scripts in a page without WXT's runtime: their timers stop with the extension.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainLifecycle } from '../../extension/page/plain-lifecycle';

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
});
