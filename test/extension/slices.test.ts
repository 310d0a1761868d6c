// The check's work in slices (extension/page/slices.ts): as many steps as fit in a slice, then the page's turn.
import { describe, expect, it } from 'vitest';
import { inSlices, yieldToPage } from '../../extension/page/slices';

/** A generator of `n` steps, each taking `ms` on the clock below; returns 'done'. */
function* work(n: number, clock: { t: number }, ms: number): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    clock.t += ms;
    yield;
  }
  return 'done';
}

describe('inSlices', () => {
  it('runs steps until a slice is used up, then gives the page its turn, to the end', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const result = await inSlices(
      work(20, clock, 2),
      async () => void pauses++,
      () => false,
      () => clock.t,
      5,
    );
    expect(result).toBe('done');
    // 2 ms steps in 5 ms slices: three steps a slice, then a pause.
    expect(pauses).toBe(6);
  });

  it('stops between two slices once the work is stale, and says so with undefined', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const result = await inSlices(
      work(20, clock, 2),
      async () => void pauses++,
      () => pauses >= 2,
      () => clock.t,
      5,
    );
    expect(result).toBeUndefined();
    expect(pauses).toBe(2);
  });

  it('uses scheduler.yield where the browser has it, else a macrotask', async () => {
    let yielded = 0;
    const withScheduler = { scheduler: { yield: async () => void yielded++ } } as unknown as typeof globalThis;
    await yieldToPage(withScheduler)();
    expect(yielded).toBe(1);
    await expect(yieldToPage({} as typeof globalThis)()).resolves.toBeUndefined();
  });
});
