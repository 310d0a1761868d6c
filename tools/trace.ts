/**
 * Main-thread CPU from a Chrome trace (CDP Tracing, devtools.timeline + v8 categories), for the bench and the
 * e2e timing lines. CDP's ScriptDuration counter misses work run as promise callbacks (it read 7–13 ms where the
 * trace showed 35–43 ms), so the figure here is the thread time (`tdur`) of the renderer main thread's top-level
 * tasks that run JavaScript. The pages measured carry no scripts of their own, so every such task is ours: the
 * extension's, or the bench's floor script.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    data?: { url?: string; functionName?: string; isMainFrame?: boolean };
    beginData?: { url?: string };
    fileName?: string;
    name?: string;
  };
}

export interface MainThreadCost {
  /** Thread (CPU) time of the top-level tasks that ran JavaScript, ms. */
  cpuMs: number;
  /** The longest of those tasks, by thread time, ms. */
  longestMs: number;
  /** The part spent in tasks that ran the script whose URL ends in `part` (e.g. the gate), or the function so named, ms. */
  partMs: number;
  tasks: number;
  /**
   * When the first task that ran overlay.js ended (the first badges drawn), ms after the page's parsing began (its
   * navigation, on a local server, a few ms earlier); null where it never ran.
   */
  firstDrawMs: number | null;
  /** When the page's load event fired, ms after its parsing began; null where the trace has none. */
  loadMs: number | null;
  /** V8's compiling of the extension's scripts within those tasks (v8.compile events), ms. */
  compileMs: number;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'];
/** Events that mean JavaScript ran inside a task: a script, a callback, a timer, a frame or microtask checkpoint. */
const JS_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'FunctionCall',
  'v8.callFunction',
  'RunMicrotasks',
]);

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';

/**
 * The cost on the main thread of the renderer that parsed `pageUrl`. `part` names a script (a URL suffix) or a
 * function whose tasks are also summed apart.
 */
export function mainThreadCost(events: TraceEvent[], pageUrl: string, part = ''): MainThreadCost {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(pageUrl));
  const none = { cpuMs: 0, longestMs: 0, partMs: 0, tasks: 0, firstDrawMs: null, loadMs: null, compileMs: 0 };
  if (!parse) return none;
  const load = events.find(
    (e) => e.name === 'MarkLoad' && e.pid === parse.pid && e.tid === parse.tid && e.args?.data?.isMainFrame !== false,
  );
  const thread = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  // Top-level tasks: RunTask events not nested in another one.
  const tasks: TraceEvent[] = [];
  for (const e of thread) {
    const last = tasks.at(-1);
    if (e.name === 'RunTask' && !(last && e.ts < last.ts + (last.dur ?? 0))) tasks.push(e);
  }
  let cpu = 0;
  let longest = 0;
  let partCpu = 0;
  let count = 0;
  let firstDraw: number | null = null;
  let compile = 0;
  let i = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (i < thread.length && thread[i]!.ts < task.ts) i++;
    let js = false;
    let inPart = false;
    let parsing = false;
    let compiled = 0;
    for (let j = i; j < thread.length && thread[j]!.ts <= end; j++) {
      const e = thread[j]!;
      if (e.name === 'ParseHTML') parsing = true;
      if (!JS_EVENTS.has(e.name)) continue;
      js = true;
      if (part && (urlOf(e).endsWith(part) || e.args?.data?.functionName === part)) inPart = true;
      if (firstDraw === null && urlOf(e).endsWith('/overlay.js')) firstDraw = end;
      if (e.name === 'v8.compile' && urlOf(e).startsWith('chrome-extension://'))
        compiled += (e.tdur ?? e.dur ?? 0) / 1000;
    }
    // The page's own parsing is never ours (the extension's scripts are injected once the page has loaded), though
    // a microtask of the test driver's (Playwright's injected script, ≈ 14 ms to start) may run at its end.
    if (!js || parsing) continue;
    const ms = (task.tdur ?? task.dur ?? 0) / 1000;
    cpu += ms;
    compile += compiled;
    count++;
    longest = Math.max(longest, ms);
    if (inPart) partCpu += ms;
  }
  const since = (ts: number | null) => (ts === null ? null : (ts - parse.ts) / 1000);
  return {
    cpuMs: cpu,
    longestMs: longest,
    partMs: partCpu,
    tasks: count,
    firstDrawMs: since(firstDraw),
    loadMs: since(load?.ts ?? null),
    compileMs: compile,
  };
}
