// Main-thread CPU from a trace (tools/trace.ts), on a hand-made trace: which tasks count as the extension's.
import { describe, expect, it } from 'vitest';
import { mainThreadCost, type TraceEvent } from '../../tools/trace';

const URL = 'http://127.0.0.1/page.html';
const ev = (name: string, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  tdur: dur,
  ...(args ? { args } : {}),
});

describe('mainThreadCost', () => {
  it('counts the tasks that run JavaScript, not the page’s parsing even where a microtask runs at its end', () => {
    const events = [
      // The page's parse, with a test driver's microtask at its end: 40 ms, not ours.
      ev('RunTask', 0, 40_000),
      ev('ParseHTML', 10, 26_000, { beginData: { url: URL } }),
      ev('RunMicrotasks', 26_100, 13_000),
      // A layout with no script: not counted.
      ev('RunTask', 50_000, 5_000),
      ev('Layout', 50_010, 4_000),
      // The engine: 9 ms, its timer 3 ms.
      ev('RunTask', 60_000, 9_000),
      ev('EvaluateScript', 60_010, 8_900, { data: { url: 'chrome-extension://x/engine.js' } }),
      ev('RunTask', 70_000, 3_000),
      ev('FunctionCall', 70_010, 2_900, { data: { url: 'chrome-extension://x/engine.js' } }),
    ];
    expect(mainThreadCost(events, URL, '/engine.js')).toEqual({
      cpuMs: 12,
      longestMs: 9,
      partMs: 12,
      tasks: 2,
      firstDrawMs: null,
      loadMs: null,
      compileMs: 0,
    });
  });

  it('says when the first badges were drawn (the first task that ran overlay.js ended), when the page loaded, and how long our scripts took to compile', () => {
    const events = [
      ev('RunTask', 0, 20_000),
      ev('ParseHTML', 1_000, 18_000, { beginData: { url: URL } }),
      { ...ev('MarkLoad', 25_000, 0, { data: { isMainFrame: true } }), ph: 'I' },
      ev('RunTask', 60_000, 9_000),
      ev('EvaluateScript', 60_010, 8_900, { data: { url: 'chrome-extension://x/engine.js' } }),
      ev('v8.compile', 60_020, 2_500, { data: { url: 'chrome-extension://x/engine.js' } }),
      ev('RunTask', 80_000, 4_000),
      ev('EvaluateScript', 80_010, 3_900, { data: { url: 'chrome-extension://x/overlay.js' } }),
      ev('RunTask', 90_000, 1_000),
      ev('FunctionCall', 90_010, 900, { data: { url: 'chrome-extension://x/overlay.js' } }),
    ];
    // Counted from the page's parse, which began at 1 ms: the first badges 83 ms after it, the load event 24 ms after.
    expect(mainThreadCost(events, URL)).toMatchObject({ firstDrawMs: 83, loadMs: 24, compileMs: 2.5 });
  });
});
