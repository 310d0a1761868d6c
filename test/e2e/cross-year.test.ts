import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../tools/browser';
import type { FixtureServer } from '../../tools/server';
import { anchorKey } from '../../core/anchor';
import { ask, badges, clearYearRecords, inOverlay, openTab, SHOTS, waitForBadges, withExtension } from './page';

let b: ExtensionBrowser;
let srv: FixtureServer;
withExtension((browser, server) => {
  b = browser;
  srv = server;
});

describe('year against year', () => {
  beforeEach(() => clearYearRecords(b.sw));

  it('flags 上年结转 against last year’s 结转下年度, shows the comparison, and lists the records in options', async () => {
    // Last year's report, checked first (nothing to compare it with yet).
    const last = await openTab(b.ctx, b.sw, srv.url('xy-xiangtan-2023'));
    await waitForBadges(last.page, 0);
    await expect.poll(async () => (await ask(b.sw, last.tabId, { type: 'get-state' })).isReport).toBe(true);
    await last.page.close();

    const { page, tabId } = await openTab(b.ctx, b.sw, srv.url('seed-001-xiangtan-2024'));
    await expect
      .poll(async () => {
        const s = await ask(b.sw, tabId, { type: 'get-state' });
        return s.isReport ? s.findings.filter((f) => f.rule === 'XY-01').length : -1;
      })
      .toBe(2);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    expect(state.findings.filter((f) => f.rule === 'XY-01').map((f) => f.message)).toEqual([
      '表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
      '表三“总计”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
    ]);

    // Badges on the 上年结转 cells, like any other finding.
    await waitForBadges(page, 2);
    const xy = (await badges(page)).filter((x) => x.rule === 'XY-01');
    expect(xy.map((x) => x.cell).sort()).toEqual(
      [anchorKey('T3', 'carry', 'np'), anchorKey('T3', 'carry', 'total')].sort(),
    );
    await page.locator(inOverlay(`.badge[data-rule="XY-01"]`)).first().focus();
    expect(await page.locator(inOverlay('.tip')).textContent()).toContain('2023年度报告');
    await page.screenshot({ path: join(SHOTS, 'cross-year-badges.png') });

    // The popup's 「与上年对比」, open because something disagrees.
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 440, height: 640 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    const table = popup.locator('[data-field="cross-year"]');
    await table.waitFor();
    expect(await table.getAttribute('open')).not.toBeNull();
    expect(await table.locator('summary').textContent()).toBe('与上年对比：2023年度报告');
    const disagree = await table.locator('tr[data-agrees="false"] td:first-child').allTextContents();
    expect(disagree).toEqual(['表三“自然人”列 上年结转', '表三“总计”列 上年结转']);
    expect(await table.locator('tr[data-agrees="true"]').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: join(SHOTS, 'popup-cross-year.png'), fullPage: true });
    await popup.close();

    // Options list both records and clear them.
    const options = await b.ctx.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.locator('[data-field="record-count"]').waitFor();
    expect(await options.locator('[data-field="record-count"]').textContent()).toBe('2');
    expect(await options.locator('.records li a').allTextContents()).toEqual([
      '湘潭县卫生健康局 2024',
      '湘潭县卫生健康局 2023',
    ]);
    await options.locator('[data-action="clear-records"]').click();
    await expect.poll(() => options.locator('[data-field="record-count"]').textContent()).toBe('0');
    await options.close();
    await page.close();
  });
  it('「获取上年度报告并比对」: the page finds last year’s report in its column, fetches it, and flags 上年结转', async () => {
    const { page, tabId } = await openTab(b.ctx, b.sw, `${srv.base}/portal/art/2025/1/20/xiangtan-2024.html`);
    await expect.poll(async () => (await ask(b.sw, tabId, { type: 'get-state' })).isReport).toBe(true);
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 440, height: 640 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    const button = popup.locator('[data-action="fetch-previous"]');
    await button.waitFor();
    expect(await button.textContent()).toBe('获取上年度报告并比对');
    await button.click();
    await popup.locator('[data-field="cross-year"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('.notice').textContent()).toBe(
      `已与上年度报告比对：${srv.base}/portal/art/2024/1/22/xiangtan-2023.html`,
    );
    expect(await popup.locator('[data-action="fetch-previous"]').count()).toBe(0);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not a report');
    expect(state.findings.filter((f) => f.rule === 'XY-01').map((f) => f.message)).toEqual([
      '表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
      '表三“总计”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
    ]);
    await waitForBadges(page, 2);
    expect((await badges(page)).filter((x) => x.rule === 'XY-01')).toHaveLength(2);
    await popup.screenshot({ path: join(SHOTS, 'popup-fetch-previous.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});
