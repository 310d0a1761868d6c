/**
 * The batch's pace: one report at a time, a polite pause between two (the delay is read before each pause, so a
 * change on the page applies at once), and cancel — which stops the report under way and starts no other.
 */
import type { ReportLink } from '@/core/report-links';
import type { Outcome } from './check-report';

export interface RunOptions {
  check: (link: ReportLink, signal: AbortSignal) => Promise<Outcome>;
  delayMs: () => number;
  signal: AbortSignal;
  onStart?: (index: number) => void;
  onDone: (index: number, outcome: Outcome) => void | Promise<void>;
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/** Checks the links in order; returns how many were checked before the end or the cancel. */
export async function runBatch(links: readonly ReportLink[], opts: RunOptions): Promise<number> {
  let checked = 0;
  for (const [i, link] of links.entries()) {
    if (opts.signal.aborted) break;
    if (i > 0) await pause(opts.delayMs(), opts.signal);
    if (opts.signal.aborted) break;
    opts.onStart?.(i);
    let outcome: Outcome;
    try {
      outcome = await opts.check(link, opts.signal);
    } catch (err) {
      if ((err as Error).name === 'AbortError' || opts.signal.aborted) break;
      // A reader's own failure is this report's problem, not the batch's end.
      outcome = { ok: false, source: link.url, type: '网页', problem: 'unreadable', detail: String(err) };
    }
    await opts.onDone(i, outcome);
    checked++;
  }
  return checked;
}
