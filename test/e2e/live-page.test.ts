// The check runs in the page, on the live DOM: what the page's own script built, what its stylesheet hides, what
// changes after load, and the first page a freshly started browser opens.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFindings } from '../../core/counts';
import { launchWithExtension, type ExtensionBrowser } from '../../tools/browser';
import type { FixtureServer } from '../../tools/server';
import { analyzeFixture, summarize } from '../helpers';
import {
  ask,
  badges,
  expectPlantedArithmeticBadges,
  openTab,
  SHOTS,
  tabIdOf,
  toolbarBadge,
  waitForBadges,
  waitForSummary,
  withExtension,
} from './page';

let b: ExtensionBrowser;
let srv: FixtureServer;
withExtension((browser, server) => {
  b = browser;
  srv = server;
});
const open = (url: string) => openTab(b.ctx, b.sw, url);

describe('the live page', () => {
  it('a report whose tables the page’s script built (a note element inside each table): badges on the right cells', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic', 'scriptbuilt'));
    await waitForBadges(page);
    // The structure no parser makes: the note stays inside its table.
    expect(await page.evaluate(() => document.querySelectorAll('table > div.table-note').length)).toBeGreaterThan(2);
    const engine = analyzeFixture('planted-arithmetic');
    if (!engine.isReport) throw new Error('fixture');
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    expect(state.isReport && summarize(state.findings)).toEqual(summarize(engine.findings));
    const list = await badges(page);
    expect(list).toHaveLength(engine.findings.filter((f) => f.severity !== 'info').length);
    expectPlantedArithmeticBadges(list);
    // Each cell badge sits in its cell's row, on the page as the script built it.
    const exp = await ask(b.sw, tabId, { type: 'export' });
    for (const badge of list.filter((x) => x.cell)) {
      const [table, row, col] = badge.cell!.split(':') as ['T2' | 'T3' | 'T4', string, string];
      const source = exp.tables[table]!.rows[row]!.cells[col]?.source ?? exp.tables[table]!.rows[row]!.source;
      const cell = await page.evaluate((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY };
      }, source!.selector);
      const y = badge.box.y + badge.box.height / 2;
      expect(y, badge.cell!).toBeGreaterThan(cell.top);
      expect(y, badge.cell!).toBeLessThan(cell.bottom);
    }
    await page.screenshot({ path: join(SHOTS, 'live-script-built.png') });
  });

  it('a copy of each table that the page’s stylesheet hides is not read: a correct report stays correct', async () => {
    const { page, tabId } = await open(srv.url('seed-001-xiangtan-2024', 'hiddencopy'));
    await waitForSummary(page);
    // The copies are there, with other numbers, and hidden.
    expect(
      await page.evaluate(() => [
        document.querySelectorAll('.print-copy table').length,
        document.querySelectorAll('table').length,
      ]),
    ).toEqual([4, 8]);
    const plain = analyzeFixture('seed-001-xiangtan-2024');
    if (!plain.isReport) throw new Error('fixture');
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    expect(state.isReport && summarize(state.findings)).toEqual(summarize(plain.findings));
    expect(await badges(page)).toHaveLength(0);
    expect((await toolbarBadge(b.sw, tabId)).text).toBe('✓');
  });

  it('tables changed after the page was checked are checked again: the new numbers get their badges', async () => {
    const { page, tabId } = await open(srv.url('seed-001-xiangtan-2024'));
    await waitForSummary(page);
    expect((await toolbarBadge(b.sw, tabId)).text).toBe('✓');
    // The page's script rewrites 新收 (自然人) from 1 to 6: the column no longer adds up.
    await page.evaluate(() => {
      const row = [...document.querySelectorAll('tr')].find((tr) =>
        tr.textContent?.includes('本年新收政府信息公开申请数量'),
      );
      row!.querySelectorAll('td')[1]!.querySelector('p')!.textContent = '６';
    });
    await waitForBadges(page);
    const list = await badges(page);
    expect(list.map((x) => x.rule)).toContain('SUM-01');
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not a report');
    expect(state.findings.find((f) => f.rule === 'SUM-01')?.message).toContain('新收6');
    await expect.poll(async () => (await toolbarBadge(b.sw, tabId)).text).toBe(String(state.counts.error));
  });
});

describe('a freshly started browser', () => {
  it('checks the first report page it opens, in its first tab, and badges it', async () => {
    const fresh = await launchWithExtension();
    try {
      const page = fresh.ctx.pages()[0] ?? (await fresh.ctx.newPage());
      await page.goto(srv.url('planted-arithmetic'));
      await waitForBadges(page);
      const engine = analyzeFixture('planted-arithmetic');
      if (!engine.isReport) throw new Error('fixture');
      const state = await ask(fresh.sw, await tabIdOf(fresh.sw, page), { type: 'get-state' });
      expect(state.isReport && state.counts).toEqual(countFindings(engine.findings));
    } finally {
      await fresh.close();
    }
  });
});
