// Scanned reports, read by local OCR (cli/ocr.ts → core/readers/scan) and checked like any other document. The
// scans are made here from the printed fixtures (tools/scans.ts: 200 dpi, turned, speckled, JPEG'd, a red seal over
// 表三, a signature) and packed as image-only PDFs; each reading is held to its HTML page, cell for cell.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { readDocument } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { analyze, type Analysis } from '../../core/index';
import type { PdfJsLib } from '../../core/readers/pdf-pages';
import { BUNDLED_SCAN, BUNDLED_SCAN_FILE } from '../../scripts/scan-fixtures';
import { cellValues } from '../../tools/cell-values';
import { DISTORTIONS, scanPdf } from '../../tools/scans';
import { analyzeFixture, analyzeHtml, FIXTURES } from '../helpers';

type Read = Extract<Analysis, { isReport: true }>;

const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLib>;

async function scanned(
  name: string,
  distortion: keyof typeof DISTORTIONS,
  dpi = 200,
): Promise<{ a: Read; notes: string[] }> {
  const printed = new Uint8Array(readFileSync(join(FIXTURES, 'printed', `${name}.ruled.pdf`)));
  const pdf = await scanPdf(await pdfjs(), printed, dpi, DISTORTIONS[distortion]!);
  const reading = await readDocument(`${name}.pdf`, pdf);
  if ('error' in reading) throw new Error(reading.error);
  const a = analyze(parseHtml(reading.html), `${name}.pdf`, { debug: true });
  if (!a.isReport) throw new Error(`${name}: not a report (${a.reason})`);
  return { a, notes: reading.notes };
}

function page(name: string): Read {
  const a = analyzeFixture(name);
  if (!a.isReport) throw new Error(`${name}: not a report`);
  return a;
}

/** 表三's and 表四's cells, the ones the issue counts. */
const tableCells = (a: Read) => cellValues(a, ['T3', 'T4']);

const errors = (a: Read) =>
  a.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.message}`)
    .sort();

describe('scanned reports', () => {
  it('a sound report scanned at 200 dpi, turned and speckled: every 表三/表四 cell, and no error', async () => {
    const { a, notes } = await scanned('seed-001-xiangtan-2024', 'scanner');
    expect(notes[0]).toMatch(/^扫描件：5页图片经本机文字识别读取/);
    expect(Object.fromEntries(tableCells(a))).toEqual(Object.fromEntries(tableCells(page('seed-001-xiangtan-2024'))));
    expect(errors(a)).toEqual([]);
  }, 180_000);

  it('planted errors under a red seal are found on their cells, as on the HTML page', async () => {
    const { a } = await scanned('planted-arithmetic', 'sealed');
    const html = page('planted-arithmetic');
    expect(Object.fromEntries(tableCells(a))).toEqual(Object.fromEntries(tableCells(html)));
    expect(errors(a)).toEqual(errors(html));
    const sum = a.findings.find((f) => f.rule === 'SUM-01');
    expect(sum?.message).toBe('表三“自然人”列：新收20+上年结转1=21 ≠ 办理结果总计18+结转下年度4=22');
    // Each cell says where on which page image it was read, and how surely.
    const cell = a.report.tables.T3!.rows.new!.cells.np!;
    expect(cell.source.page).toBe(3);
    expect(cell.source.confidence).toBeGreaterThan(0.9);
  }, 180_000);
});

describe('the bundled scan', () => {
  it('is what scripts/scan-fixtures.ts makes of the printed fixture, byte for byte', async () => {
    const printed = new Uint8Array(readFileSync(join(FIXTURES, 'printed', `${BUNDLED_SCAN.from}.ruled.pdf`)));
    const made = await scanPdf(await pdfjs(), printed, BUNDLED_SCAN.dpi, DISTORTIONS[BUNDLED_SCAN.distortion]!);
    expect(Buffer.from(made).equals(readFileSync(BUNDLED_SCAN_FILE))).toBe(true);
  });
});

describe('page images', () => {
  it('a page photographed or scanned to PNG is read as a page: 表三 with its numbers', async () => {
    const printed = new Uint8Array(readFileSync(join(FIXTURES, 'printed', 'planted-arithmetic.ruled.pdf')));
    // biome-ignore lint/suspicious/noExplicitAny: pdf.js's render calls, outside PdfJsLib's narrow view
    const doc = (await (await pdfjs()).getDocument({ data: printed }).promise) as any;
    const pdfPage = await doc.getPage(3);
    const viewport = pdfPage.getViewport({ scale: 200 / 72 });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await pdfPage.render({ canvasContext: ctx, viewport, canvas }).promise;
    const reading = await readDocument('page-3.png', new Uint8Array(canvas.toBuffer('image/png')));
    if ('error' in reading) throw new Error(reading.error);
    expect(reading.notes).toEqual([
      '扫描件：1页图片经本机文字识别读取；识别不确定的数字所涉问题标为「请核对：可能为识别误差」',
    ]);
    const doc2 = parseHtml(reading.html);
    const rows = [...doc2.querySelectorAll('tr')].map((tr) =>
      // A number its narrow column wrapped (2 over 0) is one cell's text.
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, '')),
    );
    expect(rows).toContainEqual(['一、本年新收政府信息公开申请数量', '20', '0', '0', '0', '0', '0', '20']);
  }, 60_000);
});

describe('a doubtful reading is no error', () => {
  /**
   * The planted report with its 表四 as the scan reader writes it: each cell with its reading's certainty (data-ocr),
   * 行政复议's 总计 (2, where its parts add up to 1) read as surely as `sure`.
   */
  function plantedRead(sure: number): Analysis {
    const html = readFileSync(join(FIXTURES, 'planted-arithmetic.html'), 'utf8');
    const at = html.indexOf('<table', html.indexOf('四、政府信息公开行政复议'));
    const end = html.indexOf('</table>', at);
    const lastRow = html.lastIndexOf('<tr>', end);
    let n = 0;
    const row = html.slice(lastRow, end).replace(/<td>/g, () => `<td data-ocr="${++n === 5 ? sure : 0.99}">`);
    const table = html.slice(at, lastRow).replace('<table', '<table data-source-page="4"') + row;
    return analyzeHtml(html.slice(0, at) + table + html.slice(end));
  }
  const sum05 = (a: Analysis) => (a.isReport ? a.findings.find((f) => f.rule === 'SUM-05') : undefined);

  it('a relation that fails where a doubtful digit takes part asks to be checked, as a warning', () => {
    const message = '表四 行政复议：维持+纠正+其他+尚未审结=1+0+0+0=1 ≠ 总计2';
    expect(sum05(plantedRead(0.99))).toMatchObject({ severity: 'error', message });
    expect(sum05(plantedRead(0.55))).toMatchObject({
      severity: 'warning',
      message: `请核对：可能为识别误差。${message}`,
    });
    // The relations it takes no part in are errors as before.
    expect(plantedRead(0.55)).toMatchObject({
      findings: expect.arrayContaining([expect.objectContaining({ rule: 'SUM-06', severity: 'error' })]),
    });
  });
});
