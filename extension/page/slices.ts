/**
 * Runs a stepwise computation (a generator whose `yield`s are safe pause points, such as core's scanPage) a
 * few milliseconds per task, so that the page stays responsive on a report of 20,000 cells: one frame is 16 ms, and
 * a task over 50 ms is a long task. The first slice runs at once, so a typical report is scanned in the caller's own
 * task; a large one continues in later tasks.
 */

/** Work per task before pausing, ms: half a frame, leaving the rest to the page. */
export const SLICE_MS = 8;

export interface SliceClock {
  now(): number;
  /** Runs `cb` in a later task (a timer that stops with the engine's context). */
  later(cb: () => void): void;
}

/**
 * Steps `steps` until its end, then calls `done` with its value (synchronously, when it all fits in the first
 * slice), or `failed` with what a step threw. Returns a cancel function: a cancelled run takes no more steps and
 * calls neither.
 */
export function runInSlices<T>(
  steps: Generator<unknown, T>,
  clock: SliceClock,
  done: (value: T) => void,
  failed: (err: unknown) => void,
  sliceMs = SLICE_MS,
): () => void {
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const end = clock.now() + sliceMs;
    for (;;) {
      let step: IteratorResult<unknown, T>;
      try {
        step = steps.next();
      } catch (err) {
        // A step that throws ends the run (in a later task nobody else would hear of it).
        failed(err);
        return;
      }
      if (step.done) {
        done(step.value);
        return;
      }
      if (cancelled) return;
      if (clock.now() >= end) break;
    }
    clock.later(slice);
  };
  slice();
  return () => {
    if (cancelled) return;
    cancelled = true;
    steps.return(undefined as T);
  };
}
