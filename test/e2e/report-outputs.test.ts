// End to end: what the popup gives a user to keep — the printable findings report (「打印报告」), Excel and CSV
// downloads read back cell by cell — and the toolbar tooltip following a language switch.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Browser as ExtensionApi } from '@wxt-dev/browser';
import type { ExtensionBrowser } from '../../tools/browser';
import type { FixtureServer } from '../../tools/server';
import { ask, openTab, setSettings, SHOTS, waitForBadges, withExtension } from './page';

declare const chrome: typeof ExtensionApi;

let b: ExtensionBrowser;
let srv: FixtureServer;
withExtension((browser, server) => {
  b = browser;
  srv = server;
});

async function openPopup(tabId: number): Promise<Page> {
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 440, height: 640 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('the printable findings report', () => {
  it('lists every finding with its numbers and place, hides its button in print, and prints to PDF', async () => {
    const { page, tabId } = await openTab(b.ctx, b.sw, srv.url('planted-arithmetic'));
    await waitForBadges(page);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    const popup = await openPopup(tabId);
    const [report] = await Promise.all([b.ctx.waitForEvent('page'), popup.locator('[data-action="print"]').click()]);
    await report.waitForLoadState();
    expect(new URL(report.url()).pathname).toBe('/report.html');
    await report.locator('.findings-table').waitFor();

    expect(await report.locator('[data-field="title"]').textContent()).toBe(state.title);
    expect(await report.locator('[data-field="agency"]').textContent()).toBe('湘潭县卫生健康局');
    expect(await report.locator('[data-field="url"]').textContent()).toBe(srv.url('planted-arithmetic'));
    expect(await report.locator('[data-field="checked-at"]').textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(await report.locator('[data-field="summary"]').textContent()).toBe(state.summary.zh);
    expect(await report.title()).toBe(`${state.title} · 检查结果`);
    // Every finding, info included, once: its severity, rule, message (with the numbers) and place.
    const rows = report.locator('tbody tr[data-index]');
    expect(await rows.count()).toBe(state.findings.length);
    // Numbered in the order printed.
    expect(await rows.locator('.num').allTextContents()).toEqual(state.findings.map((_, i) => String(i + 1)));
    const sum01 = state.findings.findIndex((f) => f.message.startsWith('表三“自然人”列：新收20'));
    const row = report.locator(`tr[data-index="${sum01}"]`);
    expect(await row.locator('.msg').textContent()).toBe(
      '表三“自然人”列：新收20+上年结转1=21 ≠ 办理结果总计18+结转下年度4=22',
    );
    expect(await row.locator('.where').textContent()).toBe(state.locations[sum01]!.zh);
    expect(await row.locator('.sev').textContent()).toBe('× 错误');
    for (const sev of ['error', 'warning', 'info'] as const) {
      expect(await report.locator(`.countline [data-severity="${sev}"]`).textContent()).toContain(
        String(state.counts[sev]),
      );
    }
    // What each rule that fired checks, for a reader of the printout.
    expect(await report.locator('.legend dt').allTextContents()).toEqual(Object.keys(state.legend));
    await report.screenshot({ path: join(SHOTS, 'report-screen.png'), fullPage: true });

    // In print, the button goes and the table's header repeats on every sheet.
    expect(await report.locator('[data-action="print"]').isVisible()).toBe(true);
    await report.emulateMedia({ media: 'print' });
    expect(await report.locator('[data-action="print"]').isVisible()).toBe(false);
    expect(await report.locator('.findings-table thead').evaluate((e) => getComputedStyle(e).display)).toBe(
      'table-header-group',
    );
    await report.screenshot({ path: join(SHOTS, 'report-print.png'), fullPage: true });
    const pdf = await report.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await report.close();
    await popup.close();
    await page.close();
  });

  it('says so when the tab has no report to print', async () => {
    const { page, tabId } = await openTab(b.ctx, b.sw, srv.url('not-report-news'));
    const report = await b.ctx.newPage();
    await report.goto(`chrome-extension://${b.extensionId}/report.html?tabId=${tabId}`);
    await expect
      .poll(() => report.locator('[data-state="no-report"]').textContent())
      .toContain('该标签页没有可打印的检查结果');
    await report.close();
    await page.close();
  });
});

describe('Excel and CSV from the popup', () => {
  it('downloads the tables in the national layout and the findings, as Excel and WPS open them', async () => {
    const { page, tabId } = await openTab(b.ctx, b.sw, srv.url('planted-arithmetic'));
    await waitForBadges(page);
    const exp = await ask(b.sw, tabId, { type: 'export' });
    const popup = await openPopup(tabId);
    await popup.locator('[data-action="export-xlsx"]').waitFor();

    const [xlsx] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-action="export-xlsx"]').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('湘潭县卫生健康局-2024-年报体检.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表二', '表三', '表四', '问题']);
    // Every 表三 number as the page has it, under the national form's three header rows.
    const t3 = wb.getWorksheet('表三')!;
    expect(t3.getCell('B2').value).toBe('自然人');
    const rows = new Map<string, ExcelJS.Row>();
    t3.eachRow((row, n) => n > 3 && rows.set(String(row.getCell(1).value), row));
    const cols = ['np', 'biz', 'sci', 'ngo', 'law', 'oth', 'total'];
    let compared = 0;
    for (const [id, row] of Object.entries(exp.tables.T3!.rows)) {
      const sheetRow = [...rows.values()].find((r) =>
        String(r.getCell(1).value).endsWith(row.label.replace(/^.*?[、.]/, '')),
      );
      if (!sheetRow) continue;
      cols.forEach((c, i) => {
        const cell = row.cells[c];
        if (cell?.status === 'number') {
          expect(sheetRow.getCell(i + 2).value, `${id}/${c}`).toBe(cell.value);
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(150);
    expect(wb.getWorksheet('问题')!.rowCount).toBe(exp.findings.length + 1);

    const [csv] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-action="export-csv"]').click(),
    ]);
    expect(csv.suggestedFilename()).toBe('湘潭县卫生健康局-2024-年报体检.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\ufeff机关,年度,序号,级别,规则,问题,位置,来源\r\n')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(exp.findings.length + 1);
    expect(text).toContain('湘潭县卫生健康局,2024,');
    await popup.close();
    await page.close();
  });
});

describe('the toolbar tooltip', () => {
  const title = (tabId: number) => b.sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

  it('follows a language switch without a reload', async () => {
    const { page, tabId } = await openTab(b.ctx, b.sw, srv.url('planted-arithmetic'));
    await waitForBadges(page);
    await expect.poll(() => title(tabId)).toMatch(/^年报体检：\d+ 错误，\d+ 警告，\d+ 提示$/);
    try {
      await setSettings(b.sw, { lang: 'en' });
      await expect.poll(() => title(tabId)).toMatch(/^GovReport Checker: \d+ errors, \d+ warnings, \d+ notes$/);
    } finally {
      await setSettings(b.sw, { lang: 'zh' });
    }
    await expect.poll(() => title(tabId)).toMatch(/^年报体检：/);
    await page.close();
  });
});
