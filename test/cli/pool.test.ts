// The command line's threads (cli/pool.ts): this thread and the workers take files from one list, the output comes
// in input order, and a worker that fails or stops ends the run with an error instead of leaving it waiting.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrderedOutput, type RenderedResult } from '../../cli/output';
import { checkInThreads } from '../../cli/pool';

const digest = (source: string) => ({ entry: { source, kind: 'html' as const } });

/** A worker module that answers each file with `answer` (JavaScript: workers cannot start from TypeScript here). */
function workerScript(answer: string): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'pool-')), 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
     parentPort.on('message', ({ index, source }) => { ${answer} });`,
  );
  return pathToFileURL(file);
}

function run(script: URL, files: string[]) {
  const written: string[] = [];
  const out = new OrderedOutput('zh', (t) => written.push(typeof t === 'string' ? t : new TextDecoder().decode(t)));
  const here: string[] = [];
  const check = async (source: string): Promise<RenderedResult> => {
    here.push(source);
    return { chunk: `${source}\n`, failed: false, digest: digest(source) };
  };
  return { done: checkInThreads(script, undefined, 2, files, 0, out, check), written, here };
}

describe('checking on this thread and worker threads', () => {
  it('shares the files and writes them in input order, worker output as bytes', async () => {
    const script = workerScript(
      `const chunk = new TextEncoder().encode('worker ' + source + '\\n');
       parentPort.postMessage({ index, result: { chunk, failed: false, digest: { entry: { source, kind: 'html' } } } });`,
    );
    const files = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(2, '0')}`);
    const r = run(script, files);
    await r.done;
    expect(r.written.map((w) => w.replace(/^worker /, '').trim())).toEqual(files);
    // Both sides checked some: this thread did not wait idle, nor did the worker.
    expect(r.here.length).toBeGreaterThan(0);
    expect(r.here.length).toBeLessThan(files.length);
  });

  it('a worker that throws ends the run with its error', async () => {
    const r = run(workerScript(`throw new Error('broken ' + source);`), ['a', 'b', 'c', 'd']);
    await expect(r.done).rejects.toThrow(/broken/);
  });

  it('a worker that stops without an error ends the run too, rather than waiting for ever', async () => {
    const r = run(workerScript('process.exit(3);'), ['a', 'b', 'c', 'd']);
    await expect(r.done).rejects.toThrow(/exit code 3/);
  });
});
