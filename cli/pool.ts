/**
 * Checking many files on every core: worker threads each check one file at a time (two queued, so none waits
 * for the next name) and send back the rendered output, which is written in input order. Files are handed out
 * at most WINDOW ahead of the output, so one slow file holds back memory, not the whole run.
 */
import { Worker, parentPort } from 'node:worker_threads';
import type { OrderedOutput, RenderedResult } from './output';

const QUEUED_PER_WORKER = 2;
const WINDOW = 256;

interface Request {
  index: number;
  source: string;
}
interface Reply {
  index: number;
  result: RenderedResult;
}

/** The worker's side: checks each file it is sent with `check` and replies with the rendered result. */
export function serveChecks(check: (source: string) => Promise<RenderedResult>): void {
  const port = parentPort!;
  port.on('message', async ({ index, source }: Request) => {
    port.postMessage({ index, result: await check(source) } satisfies Reply);
  });
}

/**
 * Checks `files` in `threads` workers started from `script` (the command line's own module, which serves checks
 * when it runs in a worker) with `workerData`; results go to `out` as file `offset + i`.
 */
export function checkInWorkers(
  script: URL,
  workerData: unknown,
  threads: number,
  files: string[],
  offset: number,
  out: OrderedOutput,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let done = 0;
    const workers = Array.from({ length: Math.min(threads, files.length) }, () => ({
      worker: new Worker(script, { workerData }),
      busy: 0,
    }));
    const finish = (err?: unknown) => {
      for (const w of workers) void w.worker.terminate();
      if (err) reject(err);
      else resolve();
    };
    const feed = () => {
      for (const w of workers) {
        while (w.busy < QUEUED_PER_WORKER && sent < files.length && offset + sent < out.written + WINDOW) {
          w.worker.postMessage({ index: sent, source: files[sent]! } satisfies Request);
          w.busy++;
          sent++;
        }
      }
    };
    for (const w of workers) {
      w.worker.on('message', ({ index, result }: Reply) => {
        w.busy--;
        out.put(offset + index, result);
        if (++done === files.length) finish();
        else feed();
      });
      w.worker.on('error', finish);
    }
    if (!files.length) finish();
    else feed();
  });
}
