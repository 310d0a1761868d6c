// End to end: a whole 年报 column on the fixture portal (tools/portal.ts) — the gate leaves the list page alone, the
// popup offers 「检查本栏目全部年报（5份）」 across the list's two pages, the batch page checks every report one at a time
// (a page, a GBK page, two PDF attachments, a challenge), the carry-over finding with both years' numbers, cancel,
// and the Excel/CSV/JSON downloads read back and compared with the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser as ExtensionApi } from '@wxt-dev/browser';
import { readDocument } from '../../cli/document';
import { decodeHtml } from '../../cli/decode';
import { parseHtml } from '../../cli/load';
import { check, mergeChecks } from '../../core/check';
import { recordOf } from '../../core/cross-year';
import { countFindings, type Counts } from '../../core/counts';
import { ExportSchema } from '../../core/export-schema';
import { analyze, type Analysis } from '../../core/index';
import { xyRules } from '../../core/rules/xy';
import { previousYear } from '../../core/year-record';
import type { ExtensionBrowser } from '../../tools/browser';
import { portalRoute } from '../../tools/portal';
import type { FixtureServer } from '../../tools/server';
import {
  badges,
  clearYearRecords,
  decision,
  DECISION_TIMEOUT_MS,
  NO_REPORT,
  openTab,
  sendToEngine,
  SHOTS,
  waitForBadges,
  withExtension,
} from './page';

declare const chrome: typeof ExtensionApi;

let b: ExtensionBrowser;
let srv: FixtureServer;
withExtension((browser, server) => {
  b = browser;
  srv = server;
});

// Each test starts without records of earlier checks, and at the default pause.
beforeEach(async () => {
  await clearYearRecords(b.sw);
  await b.sw.evaluate(() => chrome.storage.local.remove('batchDelayMs'));
});

const LIST = '/portal/ndbg/index.html';
type ReportAnalysis = Extract<Analysis, { isReport: true }>;

/** The portal's readable reports checked in Node — the command line's readers — with XY within the column. */
async function expectedInNode(): Promise<
  { path: string; type: string; agency: string; year: number; counts: Counts }[]
> {
  const read = async (path: string, type: string, file?: string) => {
    const url = `${srv.base}/portal/${file ?? path}`;
    let a: Analysis;
    if (file) {
      const bytes = new Uint8Array(portalRoute(`/portal/${file}`)!.body);
      const reading = await readDocument(file, bytes);
      if ('error' in reading) throw new Error(reading.error);
      a = analyze(parseHtml(reading.html), url);
    } else a = analyze(parseHtml(decodeHtml(portalRoute(`/portal/${path}`)!.body), url), url);
    if (!a.isReport) throw new Error(`${path}: not a report`);
    return { path, type, analysis: a as ReportAnalysis };
  };
  const all = [
    await read('art/2025/1/20/xiangtan-2024.html', '网页'),
    await read('art/2025/1/18/hongze-2024.html', 'PDF', 'files/hongze-2024.pdf'),
    await read('art/2024/1/22/xiangtan-2023.html', '网页'),
    await read('art/2024/1/19/hongze-2023.html', 'PDF', 'files/hongze-2023.pdf'),
  ];
  const records = all.map((r) => recordOf(r.analysis.report)!);
  return all.map((r, i) => {
    const previous = previousYear(records[i]!, records);
    const a = previous ? mergeChecks(r.analysis, check(r.analysis.report, { rules: xyRules, previous })) : r.analysis;
    return {
      path: r.path,
      type: r.type,
      agency: a.report.agency,
      year: a.report.year!,
      counts: countFindings(a.findings),
    };
  });
}

async function openBatch(): Promise<Page> {
  const page = await b.ctx.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/batch.html?list=${encodeURIComponent(srv.base + LIST)}`);
  return page;
}

/** The table as shown: one array of cell texts per row, in the table's order. */
async function tableRows(page: Page): Promise<Record<string, string>[]> {
  return page.$$eval('[data-field="results"] tbody tr', (trs) =>
    trs.map((tr) => {
      const row: Record<string, string> = { state: tr.getAttribute('data-state') ?? '' };
      row.problem = tr.getAttribute('data-problem') ?? '';
      for (const td of Array.from(tr.querySelectorAll('td[data-col]'))) {
        row[td.getAttribute('data-col')!] = (td.firstChild?.textContent ?? '').trim();
      }
      return row;
    }),
  );
}

const countOf = (cell: string) => (cell === '' ? null : Number(cell.replace(/^\D+\s*/, '')));

describe('a whole column of reports', () => {
  it(
    'the gate leaves the list page alone; the popup offers the column’s five reports across its two pages',
    async () => {
      const { page, tabId } = await openTab(b.ctx, b.sw, srv.base + LIST);
      // Decided once the gate's watch for a late article has ended: no engine answers (the gate did not load it).
      expect(await decision(b.sw, tabId)).toBe(NO_REPORT);
      const answer = await sendToEngine(b.sw, tabId, { type: 'get-state' }).catch(() => 'none');
      expect(answer).toBe('none');

      const popup = await b.ctx.newPage();
      await popup.setViewportSize({ width: 440, height: 400 });
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
      const offer = popup.locator('[data-offer="column"] [data-action="check-column"]');
      await offer.waitFor();
      expect(await offer.textContent()).toBe('检查本栏目全部年报（5份）');
      await popup.screenshot({ path: join(SHOTS, 'popup-batch.png') });

      const [batch] = await Promise.all([b.ctx.waitForEvent('page'), offer.click()]);
      await batch.waitForURL(/batch\.html\?list=/);
      expect(new URL(batch.url()).searchParams.get('list')).toBe(srv.base + LIST);
      await batch.locator('[data-field="count"]').waitFor();
      expect(await batch.locator('[data-field="count"]').textContent()).toBe('5');
      await batch.close();
      await page.close();
    },
    DECISION_TIMEOUT_MS + 20_000,
  );

  it('checks every report one at a time: counts as the engine in Node, the GBK page, the PDFs, the challenge, XY-01', async () => {
    const expected = await expectedInNode();
    const page = await openBatch();
    await page.setViewportSize({ width: 1280, height: 1000 });
    // The default pause between two reports, one second (the pace itself: test/extension/batch.test.ts).
    expect(await page.locator('[data-field="delay"]').inputValue()).toBe('1');
    await page.locator('.progress[data-state="finished"]').waitFor({ timeout: 60_000 });

    const rows = await tableRows(page);
    expect(rows).toHaveLength(5);
    for (const [i, want] of expected.entries()) {
      const row = rows[i]!;
      expect(row.state, want.path).toBe('done');
      expect([row.agency, Number(row.year), row.type], want.path).toEqual([want.agency, want.year, want.type]);
      expect([countOf(row.error!), countOf(row.warning!), countOf(row.info!)], want.path).toEqual([
        want.counts.error,
        want.counts.warning,
        want.counts.info,
      ]);
    }
    // The GBK page's agency reads right (not mojibake).
    expect(rows[2]!.agency).toBe('湘潭县卫生健康局');
    // The challenge is listed as such, never as a clean report: no counts, its reason.
    expect(rows[4]).toMatchObject({ state: 'done', problem: 'challenge', agency: '湘潭县卫生健康局', year: '2022' });
    expect([rows[4]!.error, rows[4]!.warning, rows[4]!.info]).toEqual(['', '', '']);
    expect(rows[4]!.first).toContain('反爬虫验证页');
    await page.screenshot({ path: join(SHOTS, 'batch-table.png'), fullPage: true });

    // 「与上年对比」: 湘潭县 2024 against the batch's own 2023, both years' numbers; 洪泽区 agrees.
    const view = page.locator('[data-field="batch-cross-year"]');
    const xiangtan = view.locator('article[data-index="0"]');
    expect(await xiangtan.locator('tr[data-agrees="false"] td:first-child').allTextContents()).toEqual([
      '表三“自然人”列 上年结转',
      '表三“总计”列 上年结转',
    ]);
    expect(await xiangtan.locator('li[data-rule="XY-01"]').allTextContents()).toEqual([
      '! XY-01 表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
      '! XY-01 表三“总计”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
    ]);
    const hongze = view.locator('article[data-index="1"]');
    expect(await hongze.locator('tr[data-agrees="true"]').count()).toBeGreaterThan(0);
    expect(await hongze.locator('tr[data-agrees="false"]').count()).toBe(0);
    await view.screenshot({ path: join(SHOTS, 'batch-cross-year.png') });

    // Sorting by errors, most first; filtering to the reports that could not be checked, then by text.
    await page.locator('[data-sort="error"]').click();
    const byErrors = (await tableRows(page)).map((r) => countOf(r.error!));
    expect(byErrors.slice(0, 4)).toEqual([...byErrors.slice(0, 4)].sort((x, y) => y! - x!));
    expect(byErrors[4]).toBeNull();
    await page.locator('[data-field="severity"]').selectOption('problem');
    expect((await tableRows(page)).map((r) => r.year)).toEqual(['2022']);
    await page.locator('[data-field="severity"]').selectOption('all');
    await page.locator('[data-field="filter"]').fill('洪泽');
    expect((await tableRows(page)).map((r) => r.type)).toEqual(['PDF', 'PDF']);
    await page.locator('[data-field="filter"]').fill('');

    // A row opens its report: the PDF's in the document page.
    const [doc] = await Promise.all([
      b.ctx.waitForEvent('page'),
      page.locator('[data-field="results"] tbody tr[data-index="1"] td[data-col="agency"]').click(),
    ]);
    await doc.waitForURL(/document\.html\?url=/);
    expect(new URL(doc.url()).searchParams.get('url')).toBe(`${srv.base}/portal/files/hongze-2024.pdf`);
    await doc.close();
    // A page's row opens the live page, where the engine draws its badges — the XY-01 ones too, from the records
    // the batch left.
    const [livePage] = await Promise.all([
      b.ctx.waitForEvent('page'),
      page.locator('[data-field="results"] tbody tr[data-index="0"] td[data-col="agency"]').click(),
    ]);
    await livePage.waitForLoadState();
    expect(livePage.url()).toBe(`${srv.base}/portal/art/2025/1/20/xiangtan-2024.html`);
    await waitForBadges(livePage, 2);
    expect((await badges(livePage)).filter((x) => x.rule === 'XY-01')).toHaveLength(2);
    await livePage.close();

    await checkExports(page, rows);

    // The challenge again, from a background tab: the browser gets past it (the portal serves a tab's own
    // navigation), the page is read from there, checked like the others, and the tab is closed.
    const before = b.ctx.pages().length;
    await page.locator('tr[data-index="4"] [data-action="read-in-tab"]').click();
    await page.locator('tr[data-index="4"][data-state="done"]:not([data-problem])').waitFor({ timeout: 30_000 });
    const live = (await tableRows(page))[4]!;
    expect([live.agency, live.year, live.type]).toEqual(['湘潭县卫生健康局', '2022', '网页']);
    expect(countOf(live.error!)).not.toBeNull();
    // Now 2023 has its previous year in the batch too.
    await view.locator('article[data-index="2"]').waitFor();
    expect(await view.locator('article[data-index="2"] h3').textContent()).toContain('2023 / 2022');
    await expect.poll(() => b.ctx.pages().length).toBe(before);
    await page.close();
  }, 120_000);

  it('runs without a pause when asked (the local portal’s pace)', async () => {
    await b.sw.evaluate(() => chrome.storage.local.set({ batchDelayMs: 0 }));
    const page = await openBatch();
    await page.locator('[data-field="delay"]').waitFor();
    await page.locator('.progress[data-state="finished"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-field="delay"]').inputValue()).toBe('0');
    expect((await tableRows(page)).filter((r) => r.state === 'done')).toHaveLength(5);
    await page.close();
  });

  it('says plainly when the column cannot be read or lists no reports, or no column was given', async () => {
    const page = await b.ctx.newPage();
    const open = async (list?: string) => {
      await page.goto(
        `chrome-extension://${b.extensionId}/batch.html${list ? `?list=${encodeURIComponent(list)}` : ''}`,
      );
      return page.locator('[data-state="failed"], [data-state="no-list"]').textContent();
    };
    expect(await open(`${srv.base}/portal/ndbg/missing.html`)).toBe('无法读取栏目列表：网站返回错误');
    expect(await open(`${srv.base}/portal/art/2024/3/1/notice.html`)).toBe('栏目中没有找到年度报告的链接。');
    expect(await open('javascript:alert(1)')).toContain('没有给出栏目地址');
    await page.close();
  });

  it('cancel stops between reports: the rest are listed as not checked', async () => {
    const page = await openBatch();
    await page.locator('[data-field="delay"]').waitFor();
    await page.locator('[data-field="delay"]').fill('3');
    await page.locator('[data-field="delay"]').dispatchEvent('change');
    await page.locator('tr[data-index="0"][data-state="done"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-action="cancel"]').click();
    await page.locator('.progress[data-state="finished"]').waitFor();
    expect(await page.locator('[data-field="progress"]').textContent()).toContain('已取消');
    // 「已取消」 is shown once the run has returned (components/batch/BatchApp.tsx), so no report can start after it.
    expect((await tableRows(page)).map((r) => r.state)).toEqual([
      'done',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    // The pause is remembered.
    expect(await b.sw.evaluate(() => chrome.storage.local.get('batchDelayMs'))).toEqual({ batchDelayMs: 3000 });
    await page.close();
  });
});

/** Excel (汇总 + 问题), CSV (汇总) and JSON downloads, read back and compared with the table. */
async function checkExports(page: Page, rows: Record<string, string>[]): Promise<void> {
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-xlsx"]').click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^年报体检-批量-\d{4}-\d\d-\d\d\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题']);
  const summary = wb.getWorksheet('汇总')!;
  expect(summary.rowCount).toBe(6);
  for (const [i, row] of rows.entries()) {
    const cells = summary.getRow(i + 2);
    const value = (c: number) => cells.getCell(c).value ?? null;
    expect([value(1), value(2), value(3)]).toEqual([row.agency, Number(row.year), row.type]);
    expect([value(4), value(5), value(6)]).toEqual([countOf(row.error!), countOf(row.warning!), countOf(row.info!)]);
    if (row.problem) expect(String(value(9))).toContain('反爬虫验证页');
  }
  const findings = rows.reduce(
    (n, r) => n + (countOf(r.error!) ?? 0) + (countOf(r.warning!) ?? 0) + (countOf(r.info!) ?? 0),
    0,
  );
  expect(wb.getWorksheet('问题')!.rowCount).toBe(findings + 1);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.startsWith('\ufeff机关,年度,类型,错误,警告,提示,首个错误或警告,来源,说明\r\n')).toBe(true);
  const lines = text.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(6);
  expect(lines[3]!.startsWith(`湘潭县卫生健康局,2023,网页,${countOf(rows[2]!.error!)},`)).toBe(true);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-json"]').click(),
  ]);
  // Every report of the list, those that could not be checked too, with why not.
  const entries = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { checked?: boolean }[];
  expect(entries).toHaveLength(lines.length - 1);
  const exports = entries.filter((e) => e.checked !== false).map((e) => ExportSchema.parse(e));
  expect(exports.map((e) => [e.agency, e.year, e.counts.error])).toEqual(
    rows.slice(0, 4).map((r) => [r.agency, Number(r.year), countOf(r.error!)]),
  );
  expect(entries.filter((e) => e.checked === false)).toEqual([
    expect.objectContaining({ reason: expect.objectContaining({ zh: expect.any(String) }) }),
  ]);
  console.log(
    `batch exports: xlsx ${readFileSync((await xlsx.path())!).length} B, csv ${Buffer.byteLength(text)} B, json ${readFileSync((await json.path())!).length} B`,
  );
}
