// End to end: the document page (PDF/Word reports) in the test build, on files served from 127.0.0.1: the offer on
// a report page whose report is a PDF attachment, the page that draws the PDF with badges on the read cells, the
// table view, the popup and the export for that page, a scan, a picked .docx and an old .doc.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDocument } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { countFindings } from '../../core/counts';
import { ExportSchema } from '../../core/export-schema';
import { analyze, type Analysis } from '../../core/index';
import type { Finding } from '../../core/model';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import { ENGINE_ANSWERS, parseAnswer, TO_TAB } from '../../extension/protocol';
import type { AnswerOf, EngineMessage, RequestOf } from '../../extension/protocol';
import type { ExtensionBrowser } from '../../tools/browser';
import type { FixtureServer } from '../../tools/server';
import type { Browser as ExtensionApi } from '@wxt-dev/browser';
import { BUNDLED_SCAN_FILE } from '../../scripts/scan-fixtures';
import { FIXTURES, summarize } from '../helpers';
import { report as docxReport } from '../support/docx';
import { pictureOnlyPdf, textPdf } from '../support/pdf';
import {
  ask,
  badges,
  clearYearRecords,
  inOverlay,
  openTab,
  SHOTS,
  tabIdOf,
  toolbarBadge,
  waitForBadges,
  withExtension,
} from './page';

declare const chrome: typeof ExtensionApi;

const PDF = 'hongze-qu-renmin-zhengfu_2023';

let b: ExtensionBrowser;
let srv: FixtureServer;
withExtension((browser, server) => {
  b = browser;
  srv = server;
});

// Each test sees only its own documents' cross-year records.
beforeEach(() => clearYearRecords(b.sw));

/** A protocol request to the document page in a tab: a runtime message addressed to that tab, as the popup sends. */
async function askDocument<T extends EngineMessage>(
  sw: Worker,
  tabId: number,
  request: RequestOf<T> & { type: T },
): Promise<AnswerOf<T>> {
  const raw: unknown = await sw.evaluate(([msg, key, id]) => chrome.runtime.sendMessage({ ...msg, [key]: id }), [
    request,
    TO_TAB,
    tabId,
  ] as const);
  return parseAnswer(request.type, ENGINE_ANSWERS[request.type], raw) as AnswerOf<T>;
}

/** The same PDF checked in Node (the command line's reader): what the page must find. */
async function nodeAnalysis(name: string): Promise<Extract<Analysis, { isReport: true }>> {
  const reading = await readDocument(`${name}.pdf`, new Uint8Array(readFileSync(join(FIXTURES, 'pdf', `${name}.pdf`))));
  if ('error' in reading) throw new Error(reading.error);
  const a = analyze(parseHtml(reading.html), `${name}.pdf`);
  if (!a.isReport) throw new Error('not a report');
  return a;
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 440, height: 640 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

async function openDocumentPage(): Promise<Page> {
  const page = await b.ctx.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/document.html`);
  await page.locator('[data-action="pick"]').waitFor({ state: 'attached' });
  return page;
}

/** Page coordinates of a box given in PDF points on a drawn page (the sheet's position and scale). */
async function sheetBox(page: Page, n: number, box: [number, number, number, number]) {
  return page.evaluate(
    ([pageNo, [x, y, w, h]]) => {
      const section = document.querySelector<HTMLElement>(`.pdf-page[data-page="${pageNo}"]`);
      if (!section) return null;
      const scale = Number(section.dataset.scale);
      const r = section.querySelector('.sheet')!.getBoundingClientRect();
      return {
        x: r.x + scrollX + x * scale,
        y: r.y + scrollY + y * scale,
        width: w * scale,
        height: h * scale,
      };
    },
    [n, box] as const,
  );
}

function expectedToolbarText(findings: Finding[]): string {
  const c = countFindings(findings);
  return c.error ? String(c.error) : c.warning ? String(c.warning) : '✓';
}

describe('a report published as a PDF attachment', () => {
  it('is offered on the page and in the popup, and checked on its drawn pages with badges on the read cells', async () => {
    const engine = await nodeAnalysis(PDF);
    const { page, tabId } = await openTab(b.ctx, b.sw, `${srv.base}/attachment/${PDF}.html`);

    // The small notice on the page, in the overlay's shadow root.
    const notice = page.locator(inOverlay('[data-govreport-notice]'));
    await notice.waitFor();
    expect(await notice.textContent()).toContain('检查附件');
    // In the top layer, as the overlay's host is.
    expect(
      await page.evaluate((sel) => document.querySelector(sel)?.matches(':popover-open'), OVERLAY_HOST_SELECTOR),
    ).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'document-notice.png') });
    const [fromNotice] = await Promise.all([
      b.ctx.waitForEvent('page'),
      page.locator(inOverlay('[data-govreport-notice] [data-action="check-attachment"]')).click(),
    ]);
    await fromNotice.waitForURL(/document\.html\?url=/);
    expect(new URL(fromNotice.url()).searchParams.get('url')).toBe(`${srv.base}/pdf/${PDF}.pdf`);
    await fromNotice.close();

    const popup = await openPopup(tabId);
    const offer = popup.locator('[data-action="check-attachment"]');
    await offer.waitFor();
    expect(await popup.locator('[data-offer="attachment"]').textContent()).toContain(
      '2023年政府信息公开工作年度报告.pdf',
    );
    // One message: the offer, not also a verdict that the page is no report.
    expect(await popup.locator('[data-state="not-report"]').count()).toBe(0);
    await popup.screenshot({ path: join(SHOTS, 'document-popup-offer.png') });
    const [doc] = await Promise.all([b.ctx.waitForEvent('page'), offer.click()]);
    await doc.setViewportSize({ width: 1280, height: 900 });
    await doc.locator('.sheet[data-drawn="true"]').first().waitFor({ timeout: 30_000 });
    expect(new URL(doc.url()).searchParams.get('url')).toBe(`${srv.base}/pdf/${PDF}.pdf`);
    const docTab = await tabIdOf(b.sw, doc);

    // The page finds what the command line finds in the same PDF.
    const state = await askDocument(b.sw, docTab, { type: 'get-state' });
    if (!state.isReport) throw new Error('the document page did not read a report');
    expect(summarize(state.findings)).toEqual(summarize(engine.findings));
    expect(state.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['SUM-05', 'SUM-07', 'TBL-04']));
    expect((await toolbarBadge(b.sw, docTab)).text).toBe(expectedToolbarText(engine.findings));

    // The export holds the tables, each value with the page and box it was read from.
    const exp = await askDocument(b.sw, docTab, { type: 'export' });
    for (const id of ['T3', 'T4'] as const) {
      const cells = Object.values(exp.tables[id]!.rows).flatMap((r) => Object.values(r.cells));
      expect(cells.length).toBeGreaterThan(10);
      for (const c of cells) {
        expect(c.source.page).toBeGreaterThan(0);
        expect(c.source.box).toHaveLength(4);
      }
    }

    // One badge per shown finding (errors and warnings; notes are off by default), each on its cell of the page.
    const shown = state.findings.filter((f) => f.severity !== 'info');
    await waitForBadges(doc, shown.length);
    const list = await badges(doc);
    expect(list.map((x) => x.rule).sort()).toEqual(shown.map((f) => f.rule).sort());
    let onCells = 0;
    for (const badge of list) {
      const first = state.findings[badge.index]!.cells?.[0];
      if (!first) continue;
      const row = exp.tables[first.table as 'T3' | 'T4']!.rows[first.row]!;
      const source = first.col === 'label' ? row.source : row.cells[first.col]?.source;
      const cell = await sheetBox(doc, source!.page!, source!.box!);
      const c = { x: badge.box.x + badge.box.width / 2, y: badge.box.y + badge.box.height / 2 };
      // On its cell, in the cell's own row, as on a web page (the drawn cell's box holds no text to sit after).
      expect(c.x).toBeGreaterThan(cell!.x);
      expect(c.x).toBeLessThan(cell!.x + cell!.width + 10);
      expect(c.y).toBeGreaterThan(cell!.y - 2);
      expect(c.y).toBeLessThan(cell!.y + cell!.height + 2);
      onCells++;
    }
    expect(onCells).toBeGreaterThanOrEqual(3);

    // Hovering a badge shows its tip and outlines the cells of the relation.
    const sum05 = list.find((x) => x.rule === 'SUM-05')!;
    await doc.evaluate((y) => window.scrollTo(0, y - 300), sum05.box.y);
    // The overlay follows a scroll in its next frame: read the badge's place after it has moved.
    await doc.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const [again] = (await badges(doc)).filter((x) => x.rule === 'SUM-05');
    await doc.mouse.move(again!.view.x, again!.view.y);
    await doc.locator(inOverlay('.tip')).waitFor();
    expect(await doc.locator(inOverlay('.outline')).count()).toBeGreaterThanOrEqual(5);
    await doc.screenshot({ path: join(SHOTS, 'document-pages.png') });
    await doc.mouse.move(5, 5);

    // The popup works for the document page as for a web page: summary, list, and a finding flashed on the page.
    const popupOnDoc = await openPopup(docTab);
    await popupOnDoc.locator('.item').first().waitFor();
    expect(await popupOnDoc.locator('[data-field="summary"]').textContent()).toBe(state.summary.zh);
    expect(await popupOnDoc.locator('.item').count()).toBe(state.findings.length);
    await popupOnDoc.screenshot({ path: join(SHOTS, 'document-popup.png') });
    // 「导出 JSON」 in the popup downloads the document's export, as for a web page.
    const [download] = await Promise.all([
      popupOnDoc.waitForEvent('download'),
      popupOnDoc.locator('[data-action="export"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('洪泽区人民政府-2023-年报体检.json');
    const downloaded = ExportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(downloaded.tables.T4!.rows).toEqual(exp.tables.T4!.rows);
    // Selecting a finding in the popup scrolls the document page to its badge (which flashes for a moment).
    const sum07y = async () => (await badges(doc)).find((x) => x.rule === 'SUM-07')!.view.y;
    await doc.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(sum07y).toBeGreaterThan(900);
    await popupOnDoc.locator(`.item[data-rule="SUM-07"]`).click();
    await expect.poll(sum07y).toBeLessThan(900);
    expect(await sum07y()).toBeGreaterThan(0);
    await popupOnDoc.close();

    // The table view: what was read, as tables, with the badges moved onto its cells.
    await doc.bringToFront();
    await doc.locator('[data-view="read"]').click();
    const read = doc.locator('.read-view');
    await read.locator('table').first().waitFor();
    expect(await read.locator('table').count()).toBeGreaterThanOrEqual(3);
    expect(await read.textContent()).toContain('本年新收政府信息公开申请数量');
    await expect
      .poll(async () =>
        doc.evaluate(() => document.querySelector('.pdf-page') === null && !!document.querySelector('.read-view td')),
      )
      .toBe(true);
    const inRead = await badges(doc);
    expect(inRead.length).toBe(shown.length);
    const sum07 = inRead.find((x) => x.rule === 'SUM-07')!;
    await doc.evaluate((y) => window.scrollTo(0, y - 300), sum07.box.y);
    await doc.screenshot({ path: join(SHOTS, 'document-read.png') });
    await doc.close();
    await popup.close();
    await page.close();
  }, 90_000);
});

describe('a PDF tab', () => {
  it('in Chrome the gate sees the PDF viewer, the popup offers 「检查此 PDF」, and the document page checks it', async () => {
    // An address without .pdf (a CMS's download script): only a look into the viewer's wrapper can tell. Its
    // title is the address until the PDF's own is read, so the background looks, and the engine says PDF.
    const url = `${srv.base}/download/hongze-qu-renmin-zhengfu_2024`;
    const { page, tabId } = await openTab(b.ctx, b.sw, url);
    // The gate decides once the tab has loaded: a popup opened in that moment would offer 「检查此页」 instead.
    await expect
      .poll(() =>
        ask(b.sw, tabId, { type: 'get-state' }).then(
          (s) => !s.isReport && s.pdfTab,
          () => false,
        ),
      )
      .toBe(true);
    const popup = await openPopup(tabId);
    const offer = popup.locator('[data-action="check-pdf"]');
    await offer.waitFor();
    expect(await popup.locator('[data-state="not-report"]').count()).toBe(0);
    await popup.screenshot({ path: join(SHOTS, 'document-popup-pdf-tab.png') });
    const [doc] = await Promise.all([b.ctx.waitForEvent('page'), offer.click()]);
    await doc.locator('.sheet[data-drawn="true"]').first().waitFor({ timeout: 30_000 });
    expect(new URL(doc.url()).searchParams.get('url')).toBe(url);
    const state = await askDocument(b.sw, await tabIdOf(b.sw, doc), { type: 'get-state' });
    // Hongze 2024: the text's 17 applications against the table's 95, and the 19-row （六）.
    expect(state.isReport && state.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['TXT-01', 'TBL-04']));
    await doc.close();
    await popup.close();
    await page.close();
  }, 60_000);
});

describe('year against year', () => {
  it('a PDF checked last year is remembered: Hongze 2024 is compared with 2023, and every figure agrees', async () => {
    const open = async (year: number) => {
      const url = `${srv.base}/download/hongze-qu-renmin-zhengfu_${year}`;
      const doc = await b.ctx.newPage();
      await doc.goto(`chrome-extension://${b.extensionId}/document.html?url=${encodeURIComponent(url)}`);
      await doc.locator('.sheet[data-drawn="true"]').first().waitFor({ timeout: 30_000 });
      return { doc, tabId: await tabIdOf(b.sw, doc) };
    };
    const y2023 = await open(2023);
    await y2023.doc.close();
    const y2024 = await open(2024);
    const state = await askDocument(b.sw, y2024.tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not a report');
    // Titled 洪泽区人民政府 in 2023 and 淮安市洪泽区人民政府 in 2024: the same agency on the same site.
    expect(state.crossYear?.year).toBe(2023);
    expect(state.crossYear?.rows.length).toBeGreaterThanOrEqual(8);
    expect(state.crossYear?.rows.filter((r) => !r.agrees)).toEqual([]);
    expect(state.findings.filter((f) => f.rule === 'XY-01' || f.rule === 'XY-02')).toEqual([]);
    await y2024.doc.close();
  }, 90_000);
});

describe('fetching the file', () => {
  it('shows its progress and can be cancelled', async () => {
    const page = await b.ctx.newPage();
    const url = `${srv.base}/slow/${PDF}.pdf`;
    await page.goto(`chrome-extension://${b.extensionId}/document.html?url=${encodeURIComponent(url)}`);
    const progress = page.locator('.progress[data-state="fetching"]');
    await expect.poll(() => progress.textContent()).toMatch(/正在下载 64 kB \/ \d+ kB/);
    await page.screenshot({ path: join(SHOTS, 'document-progress.png') });
    await page.locator('[data-action="cancel"]').click();
    expect(await page.locator('[data-state="failed"]').textContent()).toBe('已取消。');
    await page.close();
  });

  it('asks for the one site of a file outside gov.cn before fetching it', async () => {
    const page = await b.ctx.newPage();
    // 127.0.0.2: a site the test build has no permission for (it has 127.0.0.1 and localhost).
    const url = 'http://127.0.0.2:9/report.pdf';
    await page.goto(`chrome-extension://${b.extensionId}/document.html?url=${encodeURIComponent(url)}`);
    const ask = page.locator('[data-state="permission"]');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('127.0.0.2');
    expect(await page.locator('[data-action="allow"]').textContent()).toBe('允许访问该网站');
    await page.close();
  });
});

describe('files picked on the document page', () => {
  it('is reachable from the popup and from the options page', async () => {
    const { page, tabId } = await openTab(b.ctx, b.sw, srv.url('not-report-budget'));
    const popup = await openPopup(tabId);
    const [doc] = await Promise.all([
      b.ctx.waitForEvent('page'),
      popup.locator('[data-action="open-document"]').click(),
    ]);
    await doc.locator('[data-action="pick"]').waitFor({ state: 'attached' });
    expect(doc.url()).toBe(`chrome-extension://${b.extensionId}/document.html`);
    // The popup on the document page, before any file: what the page is for, nothing to check on it.
    const popupOnDoc = await openPopup(await tabIdOf(b.sw, doc));
    await popupOnDoc.locator('[data-state="document-page"]').waitFor();
    expect(await popupOnDoc.locator('[data-action="check"]').count()).toBe(0);
    await popupOnDoc.close();
    const options = await b.ctx.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const link = options.locator('a[data-action="open-document"]');
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${b.extensionId}/document.html`);
    expect(await link.textContent()).toBe('检查 PDF / Word 文件');
    for (const p of [doc, options, popup, page]) await p.close();
  });

  it('a scanned PDF is read by OCR in workers: its progress, then the planted errors on the page images', async () => {
    const page = await openDocumentPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('[data-action="pick"]').setInputFiles(BUNDLED_SCAN_FILE);
    // The progress says what is going on, page by page; the page stays responsive meanwhile.
    const progress = page.locator('.progress[data-state="reading"] span');
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toMatch(/^扫描件，正在本机文字识别 \d \/ 5$/);
    expect(await page.evaluate(() => new Promise((done) => setTimeout(() => done(true), 10)))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'document-scan-progress.png') });
    await page.locator('.sheet[data-drawn="true"]').first().waitFor({ timeout: 150_000 });
    const state = await askDocument(b.sw, await tabIdOf(b.sw, page), { type: 'get-state' });
    if (!state.isReport) throw new Error('the document page did not read the scan as a report');
    // The planted report's ten errors, found under the seal, as the command line finds them.
    const errors = state.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(errors.sort()).toEqual([
      'SUM-01',
      'SUM-01',
      'SUM-02',
      'SUM-03',
      'SUM-04',
      'SUM-04',
      'SUM-05',
      'SUM-06',
      'SUM-07',
      'TBL-07',
    ]);
    expect(await page.locator('.notes').textContent()).toContain('扫描件：5页图片经本机文字识别读取');
    // Badges on the page images, on the cells read.
    await expect.poll(async () => (await badges(page)).filter((x) => x.rule === 'SUM-05').length).toBe(1);
    const sum05 = (await badges(page)).find((x) => x.rule === 'SUM-05')!;
    await page.evaluate((y) => window.scrollTo(0, y - 300), sum05.box.y);
    // Every page image drawn before the picture is taken (the first drawn is not the one with SUM-05's badge).
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.sheet')).every((s) => s.getAttribute('data-drawn') === 'true'),
    );
    await page.screenshot({ path: join(SHOTS, 'document-scan.png') });
    // 「读取的内容」: each value read by OCR under the piece of the page image it was read from.
    await page.locator('[data-view="read"]').click();
    await expect
      .poll(() => page.locator('.read-view td canvas.cell-image').count(), { timeout: 30_000 })
      .toBeGreaterThan(150);
    const cell = page.locator('.read-view td:has(canvas.cell-image)').nth(12);
    await cell.scrollIntoViewIfNeeded();
    expect(
      await cell.locator('canvas.cell-image').evaluate((c: HTMLCanvasElement) => c.width > 10 && c.height > 10),
    ).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'document-scan-read.png') });
    await page.close();
  }, 200_000);

  it('a scan being read by OCR can be cancelled: its workers stop, and the page says so', async () => {
    const page = await openDocumentPage();
    await page.locator('[data-action="pick"]').setInputFiles(BUNDLED_SCAN_FILE);
    await page
      .locator('.progress[data-state="reading"] span', { hasText: '扫描件，正在本机文字识别' })
      .waitFor({ timeout: 30_000 });
    await page.locator('[data-action="cancel"]').click();
    const failed = page.locator('[data-state="failed"]');
    await failed.waitFor({ timeout: 10_000 });
    expect(await failed.textContent()).toContain('已取消');
    expect(await page.locator('.summary').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('a PDF of images in which nothing is recognised says so, not reported empty', async () => {
    const page = await openDocumentPage();
    await page.locator('[data-action="pick"]').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pictureOnlyPdf()),
    });
    const failed = page.locator('[data-state="failed"]');
    await failed.waitFor({ timeout: 60_000 });
    expect(await failed.textContent()).toContain('扫描件：1页图片中未识别出文字，无法检查');
    expect(await page.locator('.summary').count()).toBe(0);
    await page.close();
  }, 90_000);

  it('a PDF that is no report is read, said to be none, and shown as read', async () => {
    const page = await openDocumentPage();
    await page.locator('[data-action="pick"]').setInputFiles({
      name: 'notice.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(textPdf(['Meeting notice', 'Nothing to report here.'])),
    });
    const verdict = page.locator('[data-state="not-report"]');
    await verdict.waitFor({ timeout: 20_000 });
    expect(await verdict.textContent()).toBe(
      '文件已读取，但未识别为政府信息公开工作年度报告：文件开头的标题没有写明“政府信息公开工作年度报告”或“年报”。',
    );
    expect(await page.locator('.read-view').textContent()).toContain('Nothing to report here.');
    expect(await page.locator('.summary').count()).toBe(0);
    await page.close();
  });

  it('a .docx is read and checked: summary, findings, and its tables', async () => {
    const page = await openDocumentPage();
    await page.locator('[data-action="pick"]').setInputFiles({
      name: '示例县卫生健康局2024年年报.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docxReport()),
    });
    await page.locator('.summary').waitFor({ timeout: 20_000 });
    expect(await page.locator('.summary .title').textContent()).toBe('示例县卫生健康局2024年政府信息公开工作年度报告');
    expect(await page.locator('[data-field="agency"]').textContent()).toBe('示例县卫生健康局');
    // What the command line finds in the same file: only the two tables the sample leaves out.
    const items = page.locator('.findings-box .item');
    expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule))).toEqual([
      'TBL-01',
      'TBL-01',
    ]);
    const read = page.locator('.read-view');
    expect(await read.locator('td[rowspan="22"]').textContent()).toBe('三、本年度办理结果');
    expect(await page.locator('.pdf-page').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'document-docx.png') });
    await page.close();
  });

  it('an old Word .doc asks to be saved as .docx or PDF', async () => {
    const page = await openDocumentPage();
    // The signature of an OLE2 compound file (.doc, .wps).
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await page
      .locator('[data-action="pick"]')
      .setInputFiles({ name: '年报.doc', mimeType: 'application/msword', buffer: ole });
    const failed = page.locator('[data-state="failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('请另存为 .docx 或 PDF 后再检查');
    await page.close();
  });
});
