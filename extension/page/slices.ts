/**
 * The check's work in slices of a few milliseconds, with the page's own work between them: the core's steps
 * (core/index.ts analyzeSteps) are run until a slice's time is up, then the page gets the main thread back (input,
 * frames, its own scripts) before the next slice. No task of ours grows with the page's size beyond one step.
 */

/** How long a slice runs before the page gets the main thread back, ms. */
export const SLICE_MS = 5;

/** Gives the main thread back to the page; resolves when the next slice may run. */
export type YieldToPage = () => Promise<void>;

/**
 * scheduler.yield() where the browser has it (its continuation runs before other tasks of the same priority, so a
 * busy page does not starve the check), else a macrotask.
 */
export function yieldToPage(win: typeof globalThis = globalThis): YieldToPage {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  return () => new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` to its end, a slice at a time; undefined when `stale()` turns true between two slices (a newer check
 * has started, the extension has gone): the rest of the work is dropped.
 */
export async function inSlices<T>(
  steps: Generator<void, T>,
  pause: YieldToPage,
  stale: () => boolean,
  now: () => number = () => performance.now(),
  sliceMs = SLICE_MS,
): Promise<T | undefined> {
  for (;;) {
    const start = now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (now() - start >= sliceMs) break;
    }
    await pause();
    if (stale()) return undefined;
  }
}
