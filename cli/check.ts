/**
 * 年报体检 command line: checks saved report pages with the same engine the extension runs.
 *   npm run check -- [--json] [--en] [--debug] [--jobs=N] [--csv out.csv] [--xlsx out.xlsx]
 *                    <file.html | file.pdf | file.docx | directory>...
 * Exit status: 1 when a page has an error-severity finding, 2 on unreadable input, 0 otherwise.
 * --debug rethrows what the engine would record (a rule that throws, an extractor error), with its stack.
 * --jobs=N checks on N threads (default: one per core) when there are more than a few files; output order is the
 * input order whatever N is (cli/pool.ts).
 * Reports of the same agency for consecutive years among the files are checked against each other (XY rules): a
 * last part of the output (text) or element of the array (JSON, `{ "crossYear": [...] }`).
 * --csv out.csv writes a line per file (out.csv) and every finding (out-问题.csv); --xlsx out.xlsx both as sheets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { analyze, toExport } from '../core/index';
import { decodeHtml } from './decode';
import { DOCUMENT_EXTENSIONS, readDocument } from './document';
import { crossYearAmong } from './digest';
import { formatCrossYear, type FileResult } from './format';
import { entriesWithCrossYear, writeSheets } from './sheets-output';
import { parseLightHtml } from '@/cli/html/light-dom';
import { jsonLine, OrderedOutput, renderResult, type OutputMode, type RenderedResult } from './output';
import { checkInThreads, serveChecks } from './pool';
import { tuneTiering } from './tiering';

const PAGE_EXTENSIONS = ['.html', '.htm', '.shtml'];

function expand(inputs: string[]): { files: string[]; unreadable: { source: string; error: string }[] } {
  const files: string[] = [];
  const unreadable: { source: string; error: string }[] = [];
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) {
        for (const name of readdirSync(input).sort()) {
          const ext = extname(name).toLowerCase();
          if (PAGE_EXTENSIONS.includes(ext) || DOCUMENT_EXTENSIONS.includes(ext)) files.push(join(input, name));
        }
      } else files.push(input);
    } catch (err) {
      unreadable.push({
        source: input,
        error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 (no such file)' : String(err),
      });
    }
  }
  return { files, unreadable };
}

export async function checkFile(source: string, debug = false): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(source));
  } catch (err) {
    return { source, isReport: false, error: `无法读取 (unreadable): ${(err as Error).message}`, findings: [] };
  }
  if (!bytes.length) return { source, isReport: false, error: '文件为空 (empty file)', findings: [] };
  let html: string;
  let notes: string[] = [];
  if (DOCUMENT_EXTENSIONS.includes(extname(source).toLowerCase())) {
    // A scan is read by OCR, a few seconds a page: a terminal is told how far it has come.
    const progress = process.stderr.isTTY
      ? (page: number, pages: number) => process.stderr.write(`\r文字识别 OCR ${source}: ${page}/${pages}\x1b[K`)
      : undefined;
    const reading = await readDocument(source, bytes, progress);
    if (progress) process.stderr.write('\r\x1b[K');
    if ('error' in reading) return { source, isReport: false, error: reading.error, findings: [] };
    ({ html, notes } = reading);
  } else {
    html = decodeHtml(bytes);
    if (!html.trim()) return { source, isReport: false, error: '文件为空 (empty file)', findings: [] };
  }
  const analysis = analyze(parseLightHtml(html, pathToFileURL(source).href), source, { debug });
  if (!analysis.isReport) {
    const result: FileResult = { source, isReport: false, reason: analysis.reason, findings: [] };
    if (analysis.title) result.title = analysis.title;
    if (notes.length) result.notes = notes;
    return result;
  }
  return { source, isReport: true, ...toExport(analysis), ...(notes.length ? { notes } : {}) };
}

const USAGE =
  '用法 usage: npm run check -- [--json] [--en] [--debug] [--jobs=N] [--csv out.csv] [--xlsx out.xlsx] <file.html | file.pdf | file.docx | directory>...\n';

/** Below this many files the start of a worker thread costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

interface WorkerOptions {
  govreportChecker: true;
  mode: OutputMode;
  sheets: boolean;
}

async function checkAndRender(
  source: string,
  mode: OutputMode,
  debug: boolean,
  sheets: boolean,
): Promise<RenderedResult> {
  return renderResult(await checkFile(source, debug), mode, sheets);
}

/** `--csv out.csv` or `--csv=out.csv`; the value is not an input. */
function option(argv: string[], name: string): { value?: string; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === name) value = argv[++i] ?? '';
    else if (a.startsWith(`${name}=`)) value = a.slice(name.length + 1);
    else rest.push(a);
  }
  return { value, rest };
}

/** "已检查 120/315" on stderr as the run goes, for more than a few files (a terminal gets one line, redrawn). */
function progress(total: number): ((n: number) => void) | undefined {
  if (total < MIN_FILES_FOR_WORKERS) return undefined;
  const tty = process.stderr.isTTY;
  let last = Date.now();
  return (n) => {
    const now = Date.now();
    if (n < total && now - last < (tty ? 200 : 5000)) return;
    last = now;
    process.stderr.write(`${tty ? '\r' : ''}已检查 checked ${n}/${total}${tty && n < total ? '' : '\n'}`);
  };
}

export async function main(argv: string[]): Promise<number> {
  tuneTiering();
  const csv = option(argv, '--csv');
  const xlsx = option(csv.rest, '--xlsx');
  const args = xlsx.rest;
  const sheets = csv.value !== undefined || xlsx.value !== undefined;
  const mode: OutputMode = args.includes('--json') ? 'json' : args.includes('--en') ? 'en' : 'zh';
  const debug = args.includes('--debug');
  const inputs = args.filter((a) => !a.startsWith('--'));
  const jobsArg = args.find((a) => a.startsWith('--jobs='))?.slice('--jobs='.length);
  const jobs = jobsArg === undefined ? availableParallelism() : Number(jobsArg);
  if (!inputs.length || !Number.isInteger(jobs) || jobs < 1 || csv.value === '' || xlsx.value === '') {
    process.stderr.write(USAGE);
    return 2;
  }
  const { files, unreadable } = expand(inputs);
  const out = new OrderedOutput(mode, (text) => process.stdout.write(text), progress(files.length + unreadable.length));
  for (const [i, u] of unreadable.entries()) {
    out.put(i, renderResult({ source: u.source, isReport: false, error: u.error, findings: [] }, mode, sheets));
  }
  // Workers start from the bundle (npm run check); Node 20 cannot start one from TypeScript source under tsx.
  // --debug rethrows where the engine would record: in this thread, so that the stack is the engine's.
  const bundled = !import.meta.url.endsWith('.ts');
  if (bundled && files.length >= MIN_FILES_FOR_WORKERS && jobs > 1 && !debug) {
    const options: WorkerOptions = { govreportChecker: true, mode, sheets };
    try {
      const check = (f: string) => checkAndRender(f, mode, false, sheets);
      await checkInThreads(new URL(import.meta.url), options, jobs, files, unreadable.length, out, check);
    } catch (err) {
      // A thread failed (a bug, or a file too big for its memory): say so plainly rather than with a stack.
      process.stderr.write(`检查中断 (the check stopped): ${(err as Error).message ?? String(err)}\n`);
      return 2;
    }
  } else {
    for (const [i, f] of files.entries()) out.put(unreadable.length + i, await checkAndRender(f, mode, debug, sheets));
  }
  // Year against year among the files given, once all are read.
  const xy = crossYearAmong(out.digests);
  if (xy.length) {
    out.append(mode === 'json' ? jsonLine({ crossYear: xy }) : formatCrossYear(xy, mode));
  }
  if (sheets) {
    try {
      const written = writeSheets(entriesWithCrossYear(out.digests, xy), { csv: csv.value, xlsx: xlsx.value });
      process.stderr.write(`已写入 written: ${written.join(', ')}\n`);
    } catch (err) {
      process.stderr.write(`无法写入表格 (cannot write the spreadsheet): ${(err as Error).message}\n`);
      out.end(() => undefined);
      return 2;
    }
  }
  return out.end((text) => process.stderr.write(text));
}

if (!isMainThread && (workerData as WorkerOptions | undefined)?.govreportChecker) {
  const { mode, sheets } = workerData as WorkerOptions;
  tuneTiering();
  serveChecks((source) => checkAndRender(source, mode, false, sheets));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
