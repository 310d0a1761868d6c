/**
 * npm run bench — time per page for detect + extract + check (HTML parsing excluded), median of repeated
 * runs, on every fixture, on synthetic pages of growing size, and the rejection time of non-report pages.
 * Targets (measured, not asserted): < 5 ms per typical report page, < 0.5 ms to reject a non-report page,
 * time linear in cells. Then, in Chromium, what the extension costs each page's main thread, and bundle sizes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { decodeHtml, parseHtml } from '../cli/load';
import { analyze } from '../core/index';
import { reportTitle } from '../core/meta';
import { chromiumPath } from '../test/e2e/browser';
import { browserBench } from './browser';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');
const RUNS = 25;

function median(fn: () => void, runs = RUNS): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function syntheticPage(rows: number, cols: number): string {
  const sections = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  const body = Array.from({ length: rows }, (_, r) => `<tr><td>第${r}项</td>${'<td>1</td>'.repeat(cols - 1)}</tr>`).join('');
  const table = `<table><tr><td>本年新收政府信息公开申请数量</td>${'<td>0</td>'.repeat(7)}</tr>${body}</table>`;
  return `<html><head><title>示例局2024年政府信息公开工作年度报告</title></head><body><h1>示例局2024年政府信息公开工作年度报告</h1>${sections.map((s, i) => `<p>${s}</p>${i === 2 ? table : '<p>正文。</p>'}`).join('')}</body></html>`;
}

const rows: string[][] = [['page', 'cells', 'report', 'findings', 'median ms']];
for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort()) {
  const doc = parseHtml(decodeHtml(readFileSync(join(FIXTURES, file))));
  const a = analyze(doc);
  const cells = doc.querySelectorAll('td,th').length;
  rows.push([file, String(cells), a.isReport ? 'yes' : 'no', a.isReport ? String(a.findings.length) : '-', median(() => analyze(doc)).toFixed(3)]);
}
for (const n of [100, 1000, 10000]) {
  const cols = 10;
  const doc = parseHtml(syntheticPage(n / cols, cols));
  rows.push([`synthetic ${n} cells`, String(n + 8), 'yes', String((analyze(doc) as { findings?: unknown[] }).findings?.length ?? '-'), median(() => analyze(doc), 9).toFixed(3)]);
}
for (const file of readdirSync(FIXTURES).filter((f) => f.startsWith('not-report') && f.endsWith('.html')).sort()) {
  const doc = parseHtml(decodeHtml(readFileSync(join(FIXTURES, file))));
  rows.push([`gate only: ${file}`, '-', reportTitle(doc) ? 'passes gate' : 'rejected', '-', median(() => reportTitle(doc), 200).toFixed(4)]);
}

printTable(rows);

// Real Chromium: the extension's main-thread cost per page (bench/browser.ts), then the size of each bundle.
if (existsSync(chromiumPathOrEmpty())) {
  console.log('');
  printTable(await browserBench());
} else console.log('\n(no Chromium: browser figures skipped; apt-get install -y chromium)');

const OUT = join(import.meta.dirname, '../.output/chrome-mv3-test');
const bundles: [string, string][] = [
  ['content script: gate.js (every matching page)', 'gate.js'],
  ['engine (injected on likely reports)', 'engine.js'],
  ['background', 'background.js'],
  ['popup', readdirSync(join(OUT, 'chunks')).find((f) => f.startsWith('popup-')) ? `chunks/${readdirSync(join(OUT, 'chunks')).find((f) => f.startsWith('popup-'))}` : ''],
  ['shared UI chunk (popup, options)', readdirSync(join(OUT, 'chunks')).find((f) => f.startsWith('styles-')) ? `chunks/${readdirSync(join(OUT, 'chunks')).find((f) => f.startsWith('styles-'))}` : ''],
];
const sizes: string[][] = [['bundle', 'kB', 'kB gzip']];
for (const [label, file] of bundles) {
  if (!file || !existsSync(join(OUT, file))) continue;
  const bytes = readFileSync(join(OUT, file));
  sizes.push([label, (bytes.length / 1024).toFixed(1), (gzipSync(bytes).length / 1024).toFixed(1)]);
}
console.log('');
printTable(sizes);

function chromiumPathOrEmpty(): string {
  try {
    return chromiumPath();
  } catch {
    return '';
  }
}

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}
