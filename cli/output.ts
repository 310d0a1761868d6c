/**
 * The command line's output, written as results come: each file's part is rendered on its own (in a worker when
 * there are several) and written in input order, so ten thousand files never sit in memory at once and the bytes
 * are the same whatever the number of threads.
 */
import { digestOf, type Digest } from './digest';
import { formatText, type FileResult } from './format';

export type OutputMode = 'json' | 'zh' | 'en';

/** One file's part of the output; `failed` when it has an error-severity finding; what the run keeps of it. */
export interface RenderedResult {
  /** The text, or (from a worker thread) its UTF-8 bytes. */
  chunk: string | Uint8Array;
  error?: string;
  failed: boolean;
  digest: Digest;
}

/** `sheets`: keep each file's findings for the summary and findings sheets (--csv, --xlsx). */
export function renderResult(r: FileResult, mode: OutputMode, sheets = false): RenderedResult {
  // Each file's element of the array on a line of its own, not indented: half the bytes of an indented one (a
  // report's export is 80–170 kB compact), made in a third of the time, and one file's result is one line.
  const chunk = mode === 'json' ? jsonLine(r) : formatText([r], mode);
  // Kept until the run ends, so copied: the page's strings it holds may be slices of the whole page's text (parse5
  // and cli/html/text-runs.ts cut text out of it), and a slice keeps all of that text alive — 100 kB a file, 1 GB at 10,000.
  const digest = structuredClone(digestOf(r, sheets));
  const out: RenderedResult = { chunk, failed: r.findings.some((f) => f.severity === 'error'), digest };
  if (r.error) out.error = `${r.source}: ${r.error}`;
  return out;
}

/** An element of the output's array, on a line of its own. */
export const jsonLine = (element: unknown): string => JSON.stringify(element);

/** Writes rendered results in input order, whatever order they arrive in; tells the exit status at the end. */
export class OrderedOutput {
  private readonly waiting = new Map<number, RenderedResult>();
  private next = 0;
  private readonly errors: string[] = [];
  private failed = false;
  /** What is kept of each file, in input order (core/cross-year.ts views and summary lines: small). */
  readonly digests: Digest[] = [];

  constructor(
    private readonly mode: OutputMode,
    private readonly write: (text: string | Uint8Array) => void,
    private readonly onWritten?: (count: number) => void,
  ) {}

  put(index: number, result: RenderedResult): void {
    this.waiting.set(index, result);
    for (let r = this.waiting.get(this.next); r; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      if (this.mode === 'json') this.write(this.next === 0 ? '[\n' : ',\n');
      this.write(r.chunk);
      if (r.error) this.errors.push(r.error);
      this.failed ||= r.failed;
      this.digests.push(r.digest);
      this.next++;
      this.onWritten?.(this.next);
    }
  }

  /** A part after the files' own (the cross-year comparison): one more element of the JSON array, or text. */
  append(chunk: string): void {
    if (this.mode === 'json') this.write(this.next === 0 ? `[\n${chunk}` : `,\n${chunk}`);
    else this.write(chunk);
    this.next++;
  }

  /** How many results are written: a worker is not handed files far ahead of the slowest one. */
  get written(): number {
    return this.next;
  }

  /** Closes the output; unreadable files are listed on stderr after it. Returns the exit status. */
  end(writeError: (text: string) => void): number {
    if (this.mode === 'json') this.write(this.next === 0 ? '[]\n' : '\n]\n');
    else if (this.next === 0) this.write('\n');
    for (const e of this.errors) writeError(`${e}\n`);
    if (this.errors.length) return 2;
    return this.failed ? 1 : 0;
  }
}
