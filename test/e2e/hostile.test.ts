// Hostile and huge pages, with the built extension in Chromium: text that looks like markup stays text, a page
// that breaks its globals cannot break us, a 20,000-cell page is checked, iframes are explicitly skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportSchema } from '../../core/export-schema';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import { analyzeFixture, summarize } from '../helpers';
import type { ExtensionBrowser } from '../../tools/browser';
import { OLD_CMS_GATE, XSS_HEADER, XSS_LABEL, type FixtureServer } from '../../tools/server';
import {
  ask,
  inOverlay,
  openTab,
  overlayHostCount,
  setSettings,
  SHOTS,
  decision,
  DECISION_TIMEOUT_MS,
  nextFrames,
  NO_REPORT,
  toolbarBadge,
  waitForBadges,
  waitForSummary,
  withExtension,
} from './page';

let b: ExtensionBrowser;
let srv: FixtureServer;
const open = (url: string) => openTab(b.ctx, b.sw, url);

withExtension(async (browser, server) => {
  b = browser;
  srv = server;
  await setSettings(b.sw, { showInfo: true });
});

describe('hostile pages', () => {
  it('cell text that looks like HTML or script is shown as text in badges, popup and export', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic', 'xss'));
    await waitForBadges(page);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    const hostile = state.findings.filter((f) => f.message.includes('<script>') || f.message.includes('<img'));
    expect(hostile.map((f) => f.rule).sort()).toEqual(['TBL-06', 'TBL-06', 'TBL-08']);

    // Tip: the literal text, and no element made from it.
    const i = state.findings.indexOf(hostile[0]!);
    await page.locator(inOverlay(`.badge[data-index="${i}"]`)).focus();
    const tip = page.locator(inOverlay('.tip .msg'));
    expect(await tip.textContent()).toBe(hostile[0]!.message);
    const madeElements = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      return root.querySelectorAll('img, script').length;
    }, OVERLAY_HOST_SELECTOR);
    expect(madeElements).toBe(0);
    await page.locator(inOverlay('.pill')).click();
    expect(await page.locator(inOverlay('.list')).textContent()).toContain(XSS_LABEL);
    await page.screenshot({ path: join(SHOTS, 'hostile-text.png') });

    // Popup: listed as text.
    const popup = await b.ctx.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.item').first().waitFor();
    expect(await popup.locator('.item .msg').allTextContents()).toEqual(
      expect.arrayContaining(hostile.map((f) => f.message)),
    );
    expect(await popup.evaluate(() => document.querySelectorAll('#app img, #app script').length)).toBe(0);

    // Export: the text as data.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-action="export"]').click(),
    ]);
    const exported = ExportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(JSON.stringify(exported)).toContain(JSON.stringify(XSS_LABEL).slice(1, -1));
    expect(exported.rawGrids.flatMap((g) => g.rows.flat()).some((t) => t?.includes(XSS_HEADER))).toBe(true);

    // Nothing ran: neither in the page nor in the popup.
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it('a page that redefines Array, JSON, Node, MutationObserver and registers custom elements does not affect us', async () => {
    const { page, tabId } = await open(srv.url('planted-arithmetic', 'globals'));
    const engine = analyzeFixture('planted-arithmetic');
    if (!engine.isReport) throw new Error('fixture');
    // Playwright's locators run in their own world, so the page's broken globals do not break the test either.
    const badge = page.locator(inOverlay('.badge'));
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(engine.findings.length);
    // The page really is broken for its own scripts…
    expect(await page.evaluate(() => JSON.stringify({ a: 1 }))).toBe('"page JSON"');
    // …while the extension sees the real page.
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    // The hostile variant adds its own script text to the page, so paragraph numbers shift: compare the rest.
    const located = (fs: typeof engine.findings) => summarize(fs).map(({ paragraph, ...f }) => f);
    expect(state.isReport && located(state.findings)).toEqual(located(engine.findings));
    for (const box of await Promise.all((await badge.all()).slice(0, 5).map((x) => x.boundingBox())))
      expect(box?.width).toBe(18);
    expect(await page.locator(OVERLAY_HOST_SELECTOR).count()).toBe(1);
    expect((await toolbarBadge(b.sw, tabId)).text).toBe('10');
    await page.screenshot({ path: join(SHOTS, 'hostile-globals.png') });
    await page.close();
  });

  it('the overlay is in the top layer, and a page that closes every popover of its own leaves it drawn', async () => {
    const { page } = await open(srv.url('planted-arithmetic', 'fixtures'));
    await waitForBadges(page);
    const openState = () =>
      page.evaluate((sel) => document.querySelector(sel)!.matches(':popover-open'), OVERLAY_HOST_SELECTOR);
    expect(await openState()).toBe(true);
    const box = async () => (await page.locator(inOverlay('.badge')).first().boundingBox())!;
    const before = await box();
    // A site script that tidies up popovers (its own menus): ours falls back to a fixed box, drawn as before.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('[popover]')) el.hidePopover();
    });
    expect(await openState()).toBe(false);
    expect(await page.locator(inOverlay('.badge')).first().isVisible()).toBe(true);
    expect(await box()).toEqual(before);
    await page.close();
  });

  it('an old CMS page with its own global Map and gate, titled with the site name: checked, and its globals kept', async () => {
    // A generic title: the first look and the gate run here, in the extension's isolated world, where the page's
    // own Map and gate are not seen.
    const { page } = await open(srv.url('planted-arithmetic', 'oldcms'));
    const engine = analyzeFixture('planted-arithmetic');
    if (!engine.isReport) throw new Error('fixture');
    const badge = page.locator(inOverlay('.badge'));
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(engine.findings.length);
    expect(await page.evaluate(() => (window as unknown as { gate: unknown }).gate)).toBe(OLD_CMS_GATE);
    expect(await page.evaluate(() => typeof (window as unknown as { Map: { prototype: object } }).Map.prototype)).toBe(
      'object',
    );
    expect(await page.evaluate(() => 'put' in new Map())).toBe(true);
    await page.close();
  });

  it('a report with 50 extra tables and 20,000 cells is checked, and its overlay follows a scroll', async () => {
    // How long its check takes, and its longest task, are the bench's (npm run bench: synthetic/50x20x20).
    const { page, tabId } = await open(`${srv.base}/synthetic/50x20x20.html`);
    await waitForSummary(page);
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    expect(state.isReport).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('td').length)).toBeGreaterThanOrEqual(20_000);
    const summaryTop = () =>
      page.locator(inOverlay('[data-govreport-summary]')).evaluate((e) => e.getBoundingClientRect().top);
    const before = await summaryTop();
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await nextFrames(page);
    // The summary stays where it is on the screen, drawn over the scrolled page.
    expect(await summaryTop()).toBe(before);
    await page.screenshot({ path: join(SHOTS, 'hostile-20k-cells.png') });
    await page.close();
  });

  it('a quirks-mode page with its tables inside paragraphs: the badges on the same cells as on the plain page', async () => {
    // The background parses a copy of the page's markup: parsed without the page's quirks mode, each <table> would
    // close its <p> and every cell's place would be off.
    const cellsOf = async (variant: string) => {
      const { page } = await open(srv.url('planted-arithmetic', variant));
      await waitForBadges(page);
      const cells = await page
        .locator(inOverlay('.badge[data-cell]'))
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')).sort());
      const inParagraphs = await page.evaluate(
        () =>
          document.compatMode === 'BackCompat' &&
          [...document.querySelectorAll('table')].every((t) => t.parentElement?.tagName === 'P'),
      );
      await page.close();
      return { cells, inParagraphs };
    };
    const plain = await cellsOf('fixtures');
    const quirks = await cellsOf('quirks');
    expect(plain.cells.length).toBeGreaterThan(3);
    expect(quirks).toEqual({ cells: plain.cells, inParagraphs: true });
  });

  it('a 4 MB image inline in the page: checked, with badges on its cells', async () => {
    // Its cost to the page is the bench's (npm run bench: inlineimage/planted-arithmetic).
    const { page } = await open(srv.url('planted-arithmetic', 'inlineimage'));
    await waitForBadges(page);
    expect(await page.locator(inOverlay('.badge[data-cell]')).count()).toBeGreaterThan(3);
    await page.close();
  });

  it(
    'tables inside a same-origin iframe are explicitly skipped (the top page only)',
    async () => {
      const { page, tabId } = await open(srv.url('planted-arithmetic', 'iframe'));
      const frame = page.frames().find((f) => f.url().includes('/fixtures/planted-arithmetic.html'))!;
      await frame.waitForLoadState('load');
      // The top page names no report: decided once the first look's watch for a late article has ended.
      expect(await decision(b.sw, tabId)).toBe(NO_REPORT);
      expect(await overlayHostCount(page)).toBe(0);
      expect(await frame.evaluate((sel) => document.querySelectorAll(sel).length, OVERLAY_HOST_SELECTOR)).toBe(0);
      expect((await toolbarBadge(b.sw, tabId)).text).toBe('');
      await page.close();
    },
    DECISION_TIMEOUT_MS + 10_000,
  );
});
