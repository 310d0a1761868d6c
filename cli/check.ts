/**
 * 年报体检 command line: checks saved report pages with the same engine the extension runs.
 *   npm run check -- [--json] [--en] [--debug] <file.html | file.pdf | file.docx | directory>...
 * Exit status: 1 when a page has an error-severity finding, 2 on unreadable input, 0 otherwise.
 * --debug rethrows what the engine would record (a rule that throws, an extractor error), with its stack.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, toExport } from '../core/index';
import { DOCUMENT_EXTENSIONS, readDocument } from './document';
import { formatText, type FileResult } from './format';
import { decodeHtml, parseHtml, releaseDocument } from './load';

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
    const reading = await readDocument(source, bytes);
    if ('error' in reading) return { source, isReport: false, error: reading.error, findings: [] };
    ({ html, notes } = reading);
  } else {
    html = decodeHtml(bytes);
    if (!html.trim()) return { source, isReport: false, error: '文件为空 (empty file)', findings: [] };
  }
  const doc = parseHtml(html, pathToFileURL(source).href);
  let analysis: ReturnType<typeof analyze>;
  try {
    analysis = analyze(doc, source, { debug });
  } finally {
    // The export holds plain data only; the page's window can go (a directory of pages otherwise fills memory).
    await releaseDocument(doc);
  }
  if (!analysis.isReport) {
    const result: FileResult = { source, isReport: false, reason: analysis.reason, findings: [] };
    if (analysis.title) result.title = analysis.title;
    if (notes.length) result.notes = notes;
    return result;
  }
  return { source, isReport: true, ...toExport(analysis), ...(notes.length ? { notes } : {}) };
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const en = argv.includes('--en');
  const debug = argv.includes('--debug');
  const inputs = argv.filter((a) => !a.startsWith('--'));
  if (!inputs.length) {
    process.stderr.write(
      '用法 usage: npm run check -- [--json] [--en] [--debug] <file.html | file.pdf | file.docx | directory>...\n',
    );
    return 2;
  }
  const { files, unreadable } = expand(inputs);
  const results: FileResult[] = unreadable.map((u) => ({
    source: u.source,
    isReport: false,
    error: u.error,
    findings: [],
  }));
  for (const f of files) results.push(await checkFile(f, debug));
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(formatText(results, en ? 'en' : 'zh'));
  for (const r of results) if (r.error) process.stderr.write(`${r.source}: ${r.error}\n`);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
