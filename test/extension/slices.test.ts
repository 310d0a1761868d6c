import { describe, expect, it } from 'vitest';
import { runInSlices, type SliceClock } from '../../extension/page/slices';

/** A clock where each step of work costs `stepMs`, and later tasks queue until run. */
function fakeClock(stepMs: number) {
  let t = 0;
  const queue: (() => void)[] = [];
  const clock: SliceClock = { now: () => t, later: (cb) => void queue.push(cb) };
  return {
    clock,
    queue,
    work: () => {
      t += stepMs;
    },
    /** Runs the queued tasks one by one, as the event loop would; how many there were. */
    drain: () => {
      let tasks = 0;
      while (queue.length) {
        tasks++;
        queue.shift()!();
      }
      return tasks;
    },
  };
}

function* counted(steps: number, work: () => void, log: number[]): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    work();
    log.push(i);
    yield;
  }
  return 'done';
}

const fail = (err: unknown) => {
  throw err;
};

describe('runInSlices', () => {
  it('finishes in the caller’s task when the work fits in one slice', () => {
    const f = fakeClock(1);
    const results: string[] = [];
    runInSlices(counted(5, f.work, []), f.clock, (v) => results.push(v), fail, 8);
    expect(results).toEqual(['done']);
    expect(f.queue).toHaveLength(0);
  });

  it('spreads longer work over tasks of about one slice each, in order, and ends once', () => {
    const f = fakeClock(3);
    const log: number[] = [];
    const results: string[] = [];
    runInSlices(counted(20, f.work, log), f.clock, (v) => results.push(v), fail, 8);
    // 3 ms a step, 8 ms a slice: three steps a task.
    expect(log).toEqual([0, 1, 2]);
    expect(results).toEqual([]);
    expect(f.drain()).toBe(6);
    expect(log).toEqual([...Array(20).keys()]);
    expect(results).toEqual(['done']);
  });

  it('takes no more steps once cancelled, and never reports an end', () => {
    const f = fakeClock(5);
    const log: number[] = [];
    const results: string[] = [];
    let finished = false;
    function* steps(): Generator<void, string> {
      try {
        yield* counted(10, f.work, log);
        return 'done';
      } finally {
        finished = true;
      }
    }
    const cancel = runInSlices(steps(), f.clock, (v) => results.push(v), fail, 8);
    expect(log).toEqual([0, 1]);
    cancel();
    expect(finished).toBe(true);
    f.drain();
    expect(log).toEqual([0, 1]);
    expect(results).toEqual([]);
  });

  it('ends with `failed` when a step throws, in a later task too, and takes no more steps', () => {
    const f = fakeClock(5);
    const log: number[] = [];
    const errors: unknown[] = [];
    function* steps(): Generator<void, string> {
      yield* counted(3, f.work, log);
      throw new Error('a page that broke the walk');
    }
    runInSlices(
      steps(),
      f.clock,
      () => errors.push('done'),
      (err) => errors.push(String(err)),
      8,
    );
    expect(errors).toEqual([]);
    f.drain();
    expect(log).toEqual([0, 1, 2]);
    expect(errors).toEqual(['Error: a page that broke the walk']);
  });
});
