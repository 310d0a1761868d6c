/**
 * Checking many files on every core: this thread checks files too, beside `threads - 1` worker threads, all taking
 * the next file from one list, and the output is written in input order. Each thread pays its own start (loading
 * the bundle) and warm-up (V8 compiling the engine's hot code for that thread), so no thread is started that a core
 * cannot run: on two cores, this thread and one worker. A worker checks one file at a time, one more queued so that
 * it never waits for the next name, and sends back its part of the output already encoded as UTF-8, the buffer
 * moved rather than copied, so that this thread only writes it. Files are handed out at most WINDOW ahead of the
 * output, so one slow file holds back memory, not the whole run.
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

/** The worker's side: checks each file it is sent with `check` and replies with the rendered result, as bytes. */
export function serveChecks(check: (source: string) => Promise<RenderedResult>): void {
  const port = parentPort!;
  const encoder = new TextEncoder();
  port.on('message', async ({ index, source }: Request) => {
    const result = await check(source);
    const bytes = encoder.encode(result.chunk as string);
    const reply: Reply = { index, result: { ...result, chunk: bytes } };
    // The encoder's array owns its buffer: move it rather than copy it.
    if (bytes.byteLength === bytes.buffer.byteLength) port.postMessage(reply, [bytes.buffer]);
    else port.postMessage(reply);
  });
}

/** This thread's turn between two of its own files: replies from the workers are handled meanwhile. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks `files` with `check` in this thread and in `threads - 1` workers started from `script` (the command line's
 * own module, which serves checks when it runs in a worker) with `workerData`; results go to `out` as file
 * `offset + i`. Rejects when a worker fails.
 */
export async function checkInThreads(
  script: URL,
  workerData: unknown,
  threads: number,
  files: string[],
  offset: number,
  out: OrderedOutput,
  check: (source: string) => Promise<RenderedResult>,
): Promise<void> {
  let sent = 0;
  let failure: { err: unknown } | undefined;
  /** Woken when a worker replies or fails: this thread may be waiting for the window to move. */
  let wake: (() => void) | undefined;
  const next = (): number | undefined =>
    sent < files.length && offset + sent < out.written + WINDOW ? sent++ : undefined;
  const workers = Array.from({ length: Math.min(threads - 1, files.length - 1) }, () => ({
    worker: new Worker(script, { workerData }),
    busy: 0,
  }));
  const feed = () => {
    for (const w of workers) {
      for (let i = w.busy < QUEUED_PER_WORKER ? next() : undefined; i !== undefined; ) {
        w.worker.postMessage({ index: i, source: files[i]! } satisfies Request);
        i = ++w.busy < QUEUED_PER_WORKER ? next() : undefined;
      }
    }
  };
  for (const w of workers) {
    w.worker.on('message', ({ index, result }: Reply) => {
      w.busy--;
      out.put(offset + index, result);
      feed();
      wake?.();
    });
    w.worker.on('error', (err) => {
      failure ??= { err };
      wake?.();
    });
    // A worker that stops with files still to answer (without an error event) would leave this thread waiting.
    w.worker.on('exit', (code) => {
      if (w.busy > 0) failure ??= { err: new Error(`a worker thread stopped (exit code ${code})`) };
      wake?.();
    });
  }
  try {
    feed();
    while (!failure && out.written < offset + files.length) {
      const i = next();
      if (i === undefined) {
        // Nothing left for this thread (or the window is full): wait for a worker's reply.
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      out.put(offset + i, await check(files[i]!));
      feed();
      await turn();
    }
  } finally {
    for (const w of workers) void w.worker.terminate();
  }
  if (failure) throw failure.err;
}
