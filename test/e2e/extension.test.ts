// End to end: the test build of the extension in Debian's Chromium, on the fixtures served from 127.0.0.1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countFindings } from '../../core/counts';
import type { ReportExport } from '../../core/export';
import { ExportSchema } from '../../core/export-schema';
import { anchorKey } from '../../core/anchor';
import type { Finding } from '../../core/model';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import { likelyReport } from '../../extension/page/gate';
import { titleVerdict } from '../../extension/tab-gate';
import { FIXTURES, analyzeFixture, fixtureNames, loadFixture, summarize } from '../helpers';
import { VIEWPORT, type ExtensionBrowser } from '../../tools/browser';
import type { FixtureServer } from '../../tools/server';
import type { Browser as ExtensionApi } from '@wxt-dev/browser';
import {
  ask,
  badges,
  clearYearRecords,
  decision,
  DECISION_TIMEOUT_MS,
  inOverlay,
  nextFrames,
  NO_REPORT,
  openRecordingScripts,
  openTab,
  overlayHostCount,
  pageBoxes,
  setSettings,
  SHOTS,
  toolbarBadge,
  waitForBadges,
  waitForSummary,
  expectPlantedArithmeticBadges,
  type BadgeInfo,
  withExtension,
  withPlainChromium,
} from './page';

declare const chrome: typeof ExtensionApi;

const isReport = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')).isReport as boolean;
const REPORTS = fixtureNames().filter(isReport);
const NON_REPORTS = fixtureNames().filter((n) => !isReport(n));

let b: ExtensionBrowser;
let srv: FixtureServer;
withExtension((browser, server) => {
  b = browser;
  srv = server;
});

// Each test sees only its own reports' cross-year records (a 2023 fixture would be another test's previous year).
beforeEach(() => clearYearRecords(b.sw));

const open = (url: string) => openTab(b.ctx, b.sw, url);

/** Page coordinates of the element a CSS selector (from the export's provenance) names. */
async function boxOf(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  }, selector);
}

/** Page coordinates of the outermost element whose text is exactly `text` (a heading or paragraph block). */
async function boxOfText(page: Page, text: string) {
  return page.evaluate((want) => {
    const norm = (s: string) => s.replace(/\s+/g, '');
    let best: Element | undefined;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (norm(el.textContent ?? '') === norm(want)) {
        best = el;
        break;
      }
    }
    if (!best) return null;
    const r = best.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  }, text);
}

function selectorOf(exp: ReportExport, ref: { table: string; row: string; col: string }): string | undefined {
  const row = exp.tables[ref.table as 'T2' | 'T3' | 'T4']?.rows[ref.row];
  return ref.col === 'label' ? row?.source?.selector : row?.cells[ref.col]?.source.selector;
}

function centre(box: BadgeInfo['box']) {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function expectedToolbarText(findings: Finding[]): string {
  const c = countFindings(findings);
  return c.error ? String(c.error) : c.warning ? String(c.warning) : '✓';
}

describe('every fixture report: exactly one badge per finding, at its cell or heading', () => {
  beforeAll(() => setSettings(b.sw, { showInfo: true }));
  afterAll(() => setSettings(b.sw, { showInfo: false }));

  for (const name of REPORTS) {
    it(name, async () => {
      const engine = analyzeFixture(name);
      if (!engine.isReport) throw new Error(`${name} should be a report`);
      const { page, tabId } = await open(srv.url(name));
      await waitForSummary(page);
      await waitForBadges(page, engine.findings.length);

      // The engine in the page finds what the engine in Node finds.
      const state = await ask(b.sw, tabId, { type: 'get-state' });
      if (!state.isReport) throw new Error('not detected');
      expect(summarize(state.findings)).toEqual(summarize(engine.findings));

      const list = await badges(page);
      expect(list.map((x) => x.index).sort((x, y) => x - y)).toEqual(state.findings.map((_, i) => i));
      const exp = await ask(b.sw, tabId, { type: 'export' });
      for (const badge of list) {
        const f = state.findings[badge.index]!;
        expect([badge.rule, badge.severity]).toEqual([f.rule, f.severity]);
        const c = centre(badge.box);
        const first = f.cells?.[0];
        if (first) {
          // On the first cell of the relation: beside its number, on its row (not on the border with the row above).
          expect(badge.cell).toBe(anchorKey(first.table, first.row, first.col));
          const cell = await boxOf(page, selectorOf(exp, first)!);
          // (Where the number fills its cell, beside it in the next cell's blank space: two badges' width.)
          expect(c.x).toBeGreaterThan(cell.x - 2 * badge.box.width - 8);
          expect(c.x).toBeLessThan(cell.x + cell.width + 2 * badge.box.width + 8);
          expect(c.y).toBeGreaterThan(cell.y);
          expect(c.y).toBeLessThan(cell.y + cell.height);
        } else if (f.section || f.paragraph !== undefined) {
          const section = exp.sections.find((s) => s.id === f.section);
          const block =
            f.paragraph !== undefined
              ? exp.paragraphs[f.paragraph]?.raw
              : section && exp.paragraphs[section.headingParagraph]?.raw;
          if (block) {
            // Beside its paragraph or heading, in the margin.
            const box = (await boxOfText(page, block))!;
            expect(c.y).toBeGreaterThanOrEqual(box.y - 12);
            expect(c.y).toBeLessThan(box.y + box.height);
            expect(badge.box.x).toBeGreaterThanOrEqual(0);
            expect(badge.box.x + badge.box.width).toBeLessThanOrEqual(VIEWPORT.width);
          }
        }
      }
      expect((await toolbarBadge(b.sw, tabId)).text).toBe(expectedToolbarText(engine.findings));
      await page.close();
    });
  }
});

describe('overlay on the page', () => {
  it('marks planted errors on the right cells; info findings stay off the page by default', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic'));
    await waitForBadges(page);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    const list = await badges(page);
    expect(list).toHaveLength(state.findings.filter((f) => f.severity !== 'info').length);
    expectPlantedArithmeticBadges(list);
    expect(await toolbarBadge(b.sw, tabId)).toMatchObject({
      text: String(state.counts.error),
      color: [207, 34, 46, 255],
    });

    // Hover: the message with its numbers, and a ring on every cell of the relation.
    const sum01 = list.find((x) => x.cell === 'T3:new:total')!;
    await page.evaluate((y) => scrollTo(0, y - 400), sum01.box.y);
    await nextFrames(page);
    const target = (await badges(page)).find((x) => x.index === sum01.index)!;
    await page.mouse.move(target.view.x, target.view.y);
    const tip = page.locator(inOverlay('.tip'));
    await expect.poll(() => tip.textContent()).toMatch(/SUM-01.*≠/);
    // A ring on each of the relation's cells in view (those scrolled away are not drawn).
    const exp = await ask(b.sw, tabId, { type: 'export' });
    let inView = 0;
    for (const ref of state.findings[sum01.index]!.cells ?? []) {
      const box = await boxOf(page, selectorOf(exp, ref)!);
      const top = box.y - (await page.evaluate(() => scrollY));
      if (top + box.height > 0 && top < VIEWPORT.height) inView++;
    }
    expect(inView).toBeGreaterThanOrEqual(2);
    expect(await page.locator(inOverlay('.outline')).count()).toBe(inView);
    await page.screenshot({ path: join(SHOTS, 'overlay-hover.png') });
    await page.mouse.move(5, 5);
    await page.evaluate(() => scrollTo(0, 0));
    await page.locator(inOverlay('.pill')).click();
    await page.screenshot({ path: join(SHOTS, 'overlay-summary.png') });

    // Keyboard focus shows the tip as well.
    await page.locator(inOverlay(`.badge[data-index="${list[0]!.index}"]`)).focus();
    await expect.poll(() => tip.count()).toBe(1);

    // Printed, the page is as published: no badge, tip or summary on paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(inOverlay('.badge')).first().isVisible()).toBe(false);
    expect(await page.locator(inOverlay('.pill')).isVisible()).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'overlay-print.png') });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator(inOverlay('.badge')).first().isVisible()).toBe(true);

    // High contrast (Windows forced colours): the marks and their colours stay, on badges and the summary's dots.
    await page.emulateMedia({ forcedColors: 'active' });
    const painted = (selector: string) =>
      page
        .locator(inOverlay(selector))
        .evaluateAll((els) =>
          els.map((e) => [getComputedStyle(e).backgroundImage, getComputedStyle(e).backgroundColor]),
        );
    for (const [image, color] of [...(await painted('.badge')), ...(await painted('.pill .dot'))]) {
      expect(image).toContain('linear-gradient');
      expect(['rgb(207, 34, 46)', 'rgb(191, 135, 0)', 'rgb(9, 105, 218)']).toContain(color);
    }
    await page.screenshot({ path: join(SHOTS, 'overlay-forced-colors.png') });
    await page.emulateMedia({ forcedColors: 'none' });
    await page.close();
  });

  it('a correct report gets no badges and a green tick', async () => {
    const { page, tabId } = await open(srv.url('seed-001-xiangtan-2024'));
    await waitForSummary(page);
    expect(await badges(page)).toHaveLength(0);
    expect(await toolbarBadge(b.sw, tabId)).toMatchObject({ text: '✓', color: [26, 127, 55, 255] });
    await page.screenshot({ path: join(SHOTS, 'overlay-correct-report.png') });
    await page.close();
  });

  it('keeps its toolbar badge when the address changes within the page (an anchor of its contents, pushState), and still follows the settings', async () => {
    const { page, tabId } = await open(srv.url('seed-001-xiangtan-2024'));
    await waitForSummary(page);
    expect((await toolbarBadge(b.sw, tabId)).text).toBe('✓');
    // Chromium reports either as a new load of the tab, which clears its badge: the engine there says it again.
    await page.evaluate(() => {
      location.hash = 'part-2';
    });
    await expect.poll(async () => (await toolbarBadge(b.sw, tabId)).text, { timeout: 5000 }).toBe('✓');
    await page.evaluate(() => history.pushState({}, '', '?page=2'));
    await expect.poll(async () => (await toolbarBadge(b.sw, tabId)).text, { timeout: 5000 }).toBe('✓');
    // The engine is still one the background brings new settings to: its info finding gets a badge.
    await setSettings(b.sw, { showInfo: true });
    try {
      await expect.poll(() => badges(page).then((x) => x.length)).toBe(1);
    } finally {
      await setSettings(b.sw, { showInfo: false });
    }
    expect(await overlayHostCount(page)).toBe(1);
    await page.close();
  });

  for (const name of NON_REPORTS) {
    it(
      `${name}: no overlay, no toolbar badge`,
      async () => {
        const { page, tabId } = await open(srv.url(name));
        expect(await decision(b.sw, tabId)).toBe(NO_REPORT);
        expect(await overlayHostCount(page)).toBe(0);
        expect((await toolbarBadge(b.sw, tabId)).text).toBe('');
        // A page whose title passes the gate gets the engine, which says it is not a report; any other page
        // has no engine.
        const doc = loadFixture(name);
        const verdict = titleVerdict(doc.title, srv.url(name));
        const passesGate = verdict === 'engine' || (verdict !== 'leave' && likelyReport(doc));
        const state = await ask(b.sw, tabId, { type: 'get-state' }).catch(() => null);
        expect(state === null ? null : state.isReport).toBe(passesGate ? false : null);
        await page.close();
      },
      DECISION_TIMEOUT_MS + 10_000,
    );
  }

  describe('the gate: which pages get looked at, and which checked', () => {
    it('a news page whose title names something else runs none of our code: nothing injected', async () => {
      const { page, tabId, scripts } = await openRecordingScripts(b.ctx, b.sw, srv.url('not-report-budget'));
      expect(await decision(b.sw, tabId)).toBe(NO_REPORT);
      expect(scripts).toEqual([]);
      expect(await overlayHostCount(page)).toBe(0);
      expect(await ask(b.sw, tabId, { type: 'get-state' }).catch(() => null)).toBeNull();
      await page.close();
    });

    it(
      'a page titled with the site name only that is no report: a first look at its headings, no gate, no engine',
      async () => {
        const { page, tabId, scripts } = await openRecordingScripts(
          b.ctx,
          b.sw,
          srv.url('not-report-budget', 'sitetitle'),
        );
        // Decided once the look's watch for a late article has ended.
        expect(await decision(b.sw, tabId)).toBe(NO_REPORT);
        // The first look is a function sent to the page (no file of ours); nothing else ran.
        expect(scripts).toEqual([]);
        expect(await overlayHostCount(page)).toBe(0);
        expect(await ask(b.sw, tabId, { type: 'get-state' }).catch(() => null)).toBeNull();
        await page.close();
      },
      DECISION_TIMEOUT_MS + 10_000,
    );

    for (const variant of ['sitetitle', 'detailtitle']) {
      it(`a report whose title is generic (${variant}: its heading names it) is checked and gets its badges`, async () => {
        const { page, tabId, scripts } = await openRecordingScripts(
          b.ctx,
          b.sw,
          srv.url('planted-arithmetic', variant),
        );
        await waitForBadges(page);
        const engine = analyzeFixture('planted-arithmetic');
        if (!engine.isReport) throw new Error('planted-arithmetic should be a report');
        const state = await ask(b.sw, tabId, { type: 'get-state' });
        expect(state.isReport && state.counts).toEqual(countFindings(engine.findings));
        expect(scripts.slice(0, 2)).toEqual(['gate.js', 'engine.js']);
        expect((await toolbarBadge(b.sw, tabId)).text).toBe(expectedToolbarText(engine.findings));
        await page.screenshot({ path: join(SHOTS, `gate-generic-title-${variant}.png`) });
        await page.close();
      });
    }
  });

  it('checks an article that the CMS loads after the page', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic', 'late'));
    expect(await overlayHostCount(page)).toBe(0);
    await waitForBadges(page);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    const engine = analyzeFixture('planted-arithmetic');
    expect(state.isReport && state.counts).toEqual(engine.isReport && countFindings(engine.findings));
    expect(await overlayHostCount(page)).toBe(1);
    await page.close();
  });

  it('survives a hostile page stylesheet', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic', 'hostile'));
    await waitForBadges(page);
    const list = await badges(page);
    const host = await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      const cs = getComputedStyle(el);
      return { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, fontSize: cs.fontSize };
    }, OVERLAY_HOST_SELECTOR);
    expect(host).toEqual({ display: 'block', visibility: 'visible', opacity: '1', fontSize: '16px' });
    for (const x of list) expect(x.box.width).toBe(18);
    // The overlay writes in the page's type (components/overlay/page-type.ts), whose 28 px cells reach it as 16.
    const pillFont = await page.locator(inOverlay('.pill .name')).evaluate((e) => getComputedStyle(e).fontSize);
    expect(pillFont).toBe('16px');
    // Badges follow their cells when the page scrolls.
    const exp = await ask(b.sw, tabId, { type: 'export' });
    const cell = await boxOf(page, selectorOf(exp, { table: 'T3', row: 'new', col: 'total' })!);
    await page.evaluate((y) => scrollTo(0, y - 300), cell.y);
    await nextFrames(page);
    const moved = (await badges(page)).find((x) => x.cell === 'T3:new:total')!;
    expect(centre(moved.box).y).toBeGreaterThan(cell.y);
    expect(centre(moved.box).y).toBeLessThan(cell.y + cell.height);
    await page.screenshot({ path: join(SHOTS, 'overlay-hostile-stylesheet.png') });
    await page.close();
  });
});

describe('the page is never changed', () => {
  let plain: Browser;
  withPlainChromium((browser) => {
    plain = browser;
  });

  for (const [name, variant] of [
    ['planted-arithmetic', 'fixtures'],
    ['corpus-shanghai-2019', 'fixtures'],
    ['planted-structure', 'hostile'],
  ] as const) {
    it(`${variant}/${name}: every element's box is identical with and without the extension`, async () => {
      const url = srv.url(name, variant);
      const bare = await (await plain.newContext({ viewport: VIEWPORT, locale: 'zh-CN' })).newPage();
      await bare.goto(url);
      const without = await pageBoxes(bare);
      const { page } = await open(url);
      await waitForBadges(page);
      // With the summary open and a tip showing, the worst case.
      await page.locator(inOverlay('.pill')).click();
      await page.locator(inOverlay('.badge')).first().focus();
      const withExt = await pageBoxes(page);
      expect(withExt).toEqual(without);
      expect(await page.evaluate(() => document.body.innerHTML.includes('govreport'))).toBe(false);
      await page.close();
    });
  }
});

describe('popup', () => {
  async function openPopup(tabId: number): Promise<Page> {
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 440, height: 640 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    return popup;
  }

  it('sums up the report, flashes a finding on the page, toggles the overlay, exports and copies JSON', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic'));
    await waitForBadges(page);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    const popup = await openPopup(tabId);
    await popup.locator('.title').waitFor();
    expect(await popup.locator('.title').textContent()).toBe(state.title);
    expect(await popup.locator('[data-field="agency"]').textContent()).toBe('湘潭县卫生健康局');
    expect(await popup.locator('[data-field="year"]').textContent()).toBe('2024');
    expect(await popup.locator('[data-field="format"]').textContent()).toContain('2021');
    for (const sev of ['error', 'warning', 'info'] as const) {
      expect(await popup.locator(`.countline [data-severity="${sev}"]`).textContent()).toContain(
        String(state.counts[sev]),
      );
    }
    // The popup, the toolbar badge and the overlay agree.
    expect(await popup.locator('.item').count()).toBe(state.findings.length);
    expect((await toolbarBadge(b.sw, tabId)).text).toBe(String(state.counts.error));
    expect(await badges(page)).toHaveLength(state.findings.filter((f) => f.severity !== 'info').length);
    expect(await popup.locator('.fgroup').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')))).toEqual([
      'S1',
      'T2',
      'T3',
      'T4',
      'S5',
    ]);
    await popup.screenshot({ path: join(SHOTS, 'popup-report.png'), fullPage: true });

    // Click a finding: the page scrolls to its badge and flashes it.
    const i = state.findings.findIndex((f) => f.rule === 'SUM-05');
    await popup.locator(`.item[data-index="${i}"]`).click();
    await expect.poll(() => page.locator(inOverlay(`.badge[data-index="${i}"].flash`)).count()).toBe(1);
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'overlay-flash-from-popup.png') });
    // An info finding, which has no badge by default, is shown while it flashes.
    const info = state.findings.findIndex((f) => f.severity === 'info');
    await popup.locator(`.item[data-index="${info}"]`).click();
    await expect.poll(() => page.locator(inOverlay(`.badge[data-index="${info}"]`)).count()).toBe(1);

    // The overlay switch.
    await popup.locator('.switch input').uncheck();
    await expect.poll(() => badges(page).then((x) => x.length)).toBe(0);
    await popup.locator('.switch input').check();
    await expect.poll(() => badges(page).then((x) => x.length)).toBeGreaterThan(0);
    // Showing a finding while the overlay is hidden brings it back, and the switch follows.
    await popup.locator('.switch input').uncheck();
    await popup.locator(`.item[data-index="${i}"]`).click();
    await expect.poll(() => popup.locator('.switch input').isChecked()).toBe(true);
    await expect.poll(() => badges(page).then((x) => x.length)).toBeGreaterThan(0);

    // 「导出 JSON」: the engine's export object, valid against the core's schema, with the page's tables.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-action="export"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('湘潭县卫生健康局-2024-年报体检.json');
    const exported = ExportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(exported.counts).toEqual(state.counts);
    expect(summarize(exported.findings)).toEqual(summarize(state.findings));
    expect(Object.keys(exported.tables).sort()).toEqual(['T2', 'T3', 'T4']);
    expect(exported.tables.T3!.rows.new!.cells.np!.value).toBe(20);
    expect(exported.rawGrids.length).toBeGreaterThanOrEqual(3);
    expect(exported.url).toBe(srv.url('planted-arithmetic'));

    // Dark mode follows the system.
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    await popup.screenshot({ path: join(SHOTS, 'popup-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });

    // Each rule code says what the rule checks.
    expect(await popup.locator('.item[data-rule="SUM-01"] .rule').first().getAttribute('title')).toBe(
      '表三各列：新收+上年结转=办理结果总计+结转下年度',
    );

    // 「复制 JSON」: the same JSON on the clipboard.
    await popup.locator('[data-action="copy-json"]').click();
    await expect.poll(() => popup.locator('.notice').textContent()).toBe('已复制到剪贴板');
    // Read back from a page of the test server (an extension origin cannot be granted clipboard-read).
    await b.ctx.grantPermissions(['clipboard-read'], { origin: srv.base });
    const clipboard = async () => {
      await page.bringToFront();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    const copied = ExportSchema.parse(JSON.parse(await clipboard()));
    expect(copied).toEqual(exported);

    // 「复制全部」: readable text, a line per finding with its numbers and place; one finding alone by its button.
    await popup.bringToFront();
    await popup.locator('[data-action="copy"]').click();
    const all = (await clipboard()).split('\n');
    expect(all[0]).toBe(state.title);
    expect(all.filter((l) => /^\d+\. 【/.test(l))).toHaveLength(state.findings.length);
    expect(all).toContain(
      `${state.findings.findIndex((f) => f.message.startsWith('表三“自然人”列：新收20')) + 1}. 【错误】SUM-01 表三“自然人”列：新收20+上年结转1=21 ≠ 办理结果总计18+结转下年度4=22（位置：表三 一、本年新收政府信息公开申请数量/自然人）`,
    );
    await popup.bringToFront();
    await popup.locator('[data-action="copy-finding"][data-index="0"]').click();
    await expect.poll(() => popup.locator('.notice').textContent()).toBe('已复制这条问题');
    expect(await clipboard()).toMatch(new RegExp(`^【(错误|警告|提示)】${state.findings[0]!.rule} .+（位置：.+）$`));
    await popup.close();
    await page.close();
  });

  it('says so in its notice when the page can no longer show a finding or switch the overlay', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic'));
    await waitForBadges(page);
    const popup = await openPopup(tabId);
    await popup.locator('.item').first().waitFor();
    await page.goto('about:blank');
    await popup.locator('.item').first().click();
    await expect.poll(() => popup.locator('.notice').textContent()).toContain('页面未能完成操作');
    // A click, not uncheck(): the switch flips back when the page cannot answer.
    await popup.locator('.switch input').click();
    await expect.poll(() => popup.locator('.notice').textContent()).toContain('页面未能完成操作');
    // The markers are still on the page: the switch goes back to say so.
    await expect.poll(() => popup.locator('.switch input').isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('says plainly when a page is not a report, and offers 「重新检查」', async () => {
    const { page, tabId } = await open(srv.url('not-report-news'));
    expect(await decision(b.sw, tabId)).toBe(NO_REPORT);
    const popup = await openPopup(tabId);
    await popup.locator('[data-state="not-report"]').waitFor();
    expect(await popup.locator('[data-state="not-report"]').textContent()).toContain(
      '此页不是政府信息公开工作年度报告',
    );
    expect(await popup.locator('[data-action="check"]').textContent()).toBe('重新检查');
    await popup.locator('[data-action="check"]').click();
    await popup.locator('[data-state="not-report"]').waitFor();
    expect(await overlayHostCount(page)).toBe(0);
    await popup.screenshot({ path: join(SHOTS, 'popup-not-report.png') });
    await popup.close();
    await page.close();
  });

  it('on a page the gate let pass silently, 「检查此页」 injects the engine and gives its verdict', async () => {
    const { page, tabId } = await open(srv.url('not-report-budget'));
    const popup = await openPopup(tabId);
    await popup.locator('[data-state="not-report"]').waitFor();
    expect(await popup.locator('[data-state="not-report"]').textContent()).toContain('此页未检测到年度报告');
    await popup.locator('[data-action="check"]').click();
    // Without a report title it says what it saw, not that the page is no report.
    await expect
      .poll(() => popup.locator('[data-state="not-report"]').textContent())
      .toContain('此页的标题和主标题都没有写明“政府信息公开工作年度报告”或“年报”，因此未作为年报检查。');
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    expect(state).toMatchObject({ isReport: false, reason: 'no-title' });
    expect(await overlayHostCount(page)).toBe(0);
    await popup.close();
    await page.close();
  });

  it("on a page without the extension's scripts, offers 「检查此页」 and explains when it cannot", async () => {
    const page = await b.ctx.newPage();
    await page.goto('about:blank');
    await page.bringToFront();
    // Without the tabs permission an about:blank tab has no visible URL: take the active one.
    const tabId = await b.sw.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
    );
    const popup = await openPopup(tabId);
    await popup.locator('[data-state="not-report"]').waitFor();
    expect(await popup.locator('[data-state="not-report"]').textContent()).toContain('此页未检测到年度报告');
    await popup.locator('[data-action="check"]').click();
    await expect.poll(() => popup.locator('[data-state="not-report"]').textContent()).toContain('无法检查此页');
    await popup.close();
    await page.close();
  });

  it('follows the language setting (English)', async () => {
    await setSettings(b.sw, { lang: 'en' });
    try {
      const { page, tabId } = await open(srv.url('planted-structure'));
      await waitForBadges(page);
      const popup = await openPopup(tabId);
      await popup.locator('[data-action="export"]').waitFor();
      expect(await popup.locator('[data-action="export"]').textContent()).toBe('Export JSON');
      const first = await popup.locator('.item .msg').first().textContent();
      expect(first).toMatch(/^[\x20-\x7e“”‘’→≠…（）\u4e00-\u9fff]+$/);
      await page.locator(inOverlay('.badge')).first().focus();
      expect(await page.locator(inOverlay('.tip .sev')).textContent()).toMatch(/Error|Warning|Note/);
      await popup.close();
      await page.close();
    } finally {
      await setSettings(b.sw, { lang: 'zh' });
    }
  });
});

describe('options', () => {
  it('turns info badges on for the open page at once, and switches the language', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic'));
    await waitForBadges(page);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    const options = await b.ctx.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const showInfo = options.locator('input[name="showInfo"]');
    await showInfo.waitFor();
    expect(await showInfo.isChecked()).toBe(false);
    await showInfo.check();
    await expect.poll(() => badges(page).then((x) => x.length)).toBe(state.findings.length);
    await options.locator('input[name="lang"][value="en"]').check();
    await expect.poll(() => options.locator('h1').textContent()).toContain('GovReport Checker');
    await options.screenshot({ path: join(SHOTS, 'options.png') });
    await page.locator(inOverlay('.badge')).first().focus();
    expect(await page.locator(inOverlay('.tip .sev')).textContent()).toMatch(/Error|Warning|Note/);
    await showInfo.uncheck();
    await options.locator('input[name="lang"][value="zh"]').check();
    // A bad site name is said so; typing again clears that message.
    await options.locator('input[name="site"]').fill('not a host');
    await options.locator('form button[type="submit"]').click();
    await expect
      .poll(() => options.locator('[role="status"]').textContent())
      .toBe('请输入网站域名，例如 www.example.org.cn');
    await options.locator('input[name="site"]').fill('www.example.org.cn');
    expect(await options.locator('[role="status"]').count()).toBe(0);
    await expect
      .poll(() => badges(page).then((x) => x.length))
      .toBe(state.findings.filter((f) => f.severity !== 'info').length);
    await options.close();
    await page.close();
  });
});
