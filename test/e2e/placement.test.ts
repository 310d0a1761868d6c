import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReportExport } from '../../core/export';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import { VIEWPORT, type ExtensionBrowser } from '../../tools/browser';
import type { FixtureServer } from '../../tools/server';
import { ask, inOverlay, openTab, setSettings, SHOTS, waitForBadges, withExtension } from './page';

let b: ExtensionBrowser;
let srv: FixtureServer;
withExtension((browser, server) => {
  b = browser;
  srv = server;
});

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A shown or hidden badge, its cell, the cell's text and what can be seen of the badge, all in viewport px. */
interface Placed {
  index: number;
  cell: string | null;
  shown: boolean;
  flash: boolean;
  badge: Rect;
  /** The badge as drawn: its box less what its clip-path cuts off. */
  drawn: Rect;
  cellBox?: Rect;
  text?: Rect;
}

/** Every table cell's anchor key → its CSS selector, from the export's provenance. */
function cellSelectors(exp: ReportExport): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [table, t] of Object.entries(exp.tables)) {
    for (const [row, r] of Object.entries(t?.rows ?? {})) {
      if (r.source?.selector) out[`${table}:${row}:label`] = r.source.selector;
      for (const [col, c] of Object.entries(r.cells)) out[`${table}:${row}:${col}`] = c.source.selector;
    }
  }
  return out;
}

async function placed(page: Page, selectors: Record<string, string>): Promise<Placed[]> {
  return page.evaluate(
    ([host, sels]) => {
      const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      const textOf = (el: Element) => {
        const range = document.createRange();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let box: DOMRect | undefined;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const v = n.nodeValue ?? '';
          if (!v.trim()) continue;
          // The characters, without the spaces that pad them.
          range.setStart(n, v.search(/\S/));
          range.setEnd(n, v.length - (/\s*$/.exec(v)?.[0].length ?? 0));
          const r = range.getBoundingClientRect();
          box = box
            ? new DOMRect(
                Math.min(box.left, r.left),
                Math.min(box.top, r.top),
                Math.max(box.right, r.right) - Math.min(box.left, r.left),
                Math.max(box.bottom, r.bottom) - Math.min(box.top, r.top),
              )
            : r;
        }
        return box && rect(box);
      };
      const root = document.querySelector(host)!.shadowRoot!;
      return Array.from(root.querySelectorAll<HTMLElement>('.badge')).map((el) => {
        const r = el.getBoundingClientRect();
        const k = r.width / el.offsetWidth;
        const inset = /inset\(([-\d.]+)px ([-\d.]+)px ([-\d.]+)px ([-\d.]+)px\)/.exec(el.style.clipPath);
        const [t, ri, bo, le] = inset ? inset.slice(1).map((x) => Number(x) * k) : [0, 0, 0, 0];
        const cellKey = el.dataset.cell ?? null;
        const cell = cellKey && sels[cellKey] ? document.querySelector(sels[cellKey]!) : null;
        return {
          index: Number(el.dataset.index),
          cell: cellKey,
          // Drawn at all (a badge whose cell cannot be seen stays in the tab order, transparent).
          shown: getComputedStyle(el).opacity !== '0',
          flash: el.classList.contains('flash'),
          badge: rect(r),
          drawn: { left: r.left + le!, top: r.top + t!, right: r.right - ri!, bottom: r.bottom - bo! },
          cellBox: cell ? rect(cell.getBoundingClientRect()) : undefined,
          text: cell ? textOf(cell) : undefined,
        };
      });
    },
    [OVERLAY_HOST_SELECTOR, selectors] as const,
  );
}

/** Every piece of text in the page's table cells, line by line, in viewport px. */
async function tableText(page: Page): Promise<Rect[]> {
  return page.evaluate(() => {
    const out: Rect[] = [];
    const range = document.createRange();
    for (const td of Array.from(document.querySelectorAll('td, th'))) {
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const v = n.nodeValue ?? '';
        if (!v.trim()) continue;
        range.setStart(n, v.search(/\S/));
        range.setEnd(n, v.length - (/\s*$/.exec(v)?.[0].length ?? 0));
        for (const r of Array.from(range.getClientRects()))
          out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
    }
    return out;
  });
}

const overlapArea = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const within = (a: Rect, b: Rect, slack = 0.5) =>
  a.left >= b.left - slack && a.right <= b.right + slack && a.top >= b.top - slack && a.bottom <= b.bottom + slack;
const midY = (r: Rect) => (r.top + r.bottom) / 2;

/**
 * A shown cell badge sits next to its number: on the number's line, right after or right before it, or (a
 * number wrapped in a narrow cell) in its cell, above or below the number; never on another row.
 */
function expectBesideNumber(p: Placed): void {
  const { badge, text, cellBox } = p;
  if (!text || !cellBox) throw new Error(`badge ${p.index} has no cell`);
  expect(midY(badge), `badge ${p.index} on its own row: ${JSON.stringify(p)}`).toBeGreaterThan(cellBox.top);
  expect(midY(badge), `badge ${p.index} on its own row`).toBeLessThan(cellBox.bottom);
  const onLine = Math.abs(midY(badge) - midY(text)) < 2.5;
  const after = badge.left - text.right;
  const before = text.left - badge.right;
  // A second badge in a narrow cell may reach a little past its side, never into another row.
  const half = (badge.right - badge.left) / 2;
  const inCell = badge.left >= cellBox.left - half && badge.right <= cellBox.right + half;
  const beside = (after >= 0 && after < 8) || (before >= 0 && before < 8);
  expect((onLine && beside) || inCell, `badge ${p.index} (${p.cell}) beside its number: ${JSON.stringify(p)}`).toBe(
    true,
  );
}

async function openWith(variant: string, name = 'planted-arithmetic', viewport = VIEWPORT) {
  const { page, tabId } = await openTab(b.ctx, b.sw, srv.url(name, variant));
  await page.setViewportSize(viewport);
  await waitForBadges(page);
  const exp = await ask(b.sw, tabId, { type: 'export' });
  return { page, tabId, sels: cellSelectors(exp) };
}

/** Waits for the overlay's next frames after the page moved. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('badges stay with their cells (item 10)', () => {
  it('a table wider than the window: only cells in view have badges, next to their numbers, and they follow', async () => {
    const { page, sels } = await openWith('wide', 'planted-arithmetic', { width: 1000, height: 800 });
    const [vw, vh] = await page.evaluate(() => [document.documentElement.clientWidth, innerHeight]);
    const cellBadges = async () => (await placed(page, sels)).filter((p) => p.cell && !p.cell.endsWith(':label'));
    const target = (await cellBadges()).find((p) => p.text && p.text.left > vw)!;
    expect(target, 'a finding on a column beyond the window').toBeDefined();
    await page.evaluate((y) => scrollTo(0, y - 300), target.badge.top + (await page.evaluate(() => scrollY)));
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'placement-wide-left.png') });
    for (const p of await cellBadges()) {
      const x = p.text!.right - 1;
      const y = midY(p.text!);
      const inView = x >= 0 && x < vw && y >= 0 && y < vh;
      expect(p.shown, `badge ${p.index} (${p.cell}) shown iff its number is in the window`).toBe(inView);
      if (p.shown) expectBesideNumber(p);
    }
    // Scrolled sideways, the far column's badge comes into view beside its number.
    await page.evaluate(() => scrollTo(document.documentElement.scrollWidth, scrollY));
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'placement-wide-right.png') });
    const moved = (await cellBadges()).find((p) => p.index === target.index)!;
    expect(moved.shown).toBe(true);
    expectBesideNumber(moved);
    await page.close();
  });

  it('a table in an overflow-x:auto box: badges are drawn only inside the box, and follow its scrolling', async () => {
    const { page, sels } = await openWith('scrollbox');
    const t3 = (await placed(page, sels)).find((p) => p.cell === 'T3:new:total')!;
    await page.evaluate((y) => scrollTo(0, scrollY + y - 300), t3.badge.top);
    await settle(page);
    const boxes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.govreport-test-box')).map((d) => {
        const r = d.getBoundingClientRect();
        return {
          left: r.left + d.clientLeft,
          top: r.top + d.clientTop,
          right: r.left + d.clientLeft + d.clientWidth,
          bottom: r.top + d.clientTop + d.clientHeight,
        };
      }),
    );
    const vh = await page.evaluate(() => innerHeight);
    const check = async () => {
      let shown = 0;
      let hidden = 0;
      for (const p of (await placed(page, sels)).filter((x) => x.cellBox)) {
        const row = midY(p.cellBox!);
        const box = boxes.find((x) => row > x.top && row < x.bottom)!;
        expect(box, `${p.cell} is in a scroll box`).toBeDefined();
        const point = p.text!.right - 1;
        const y = midY(p.text!);
        const visible = point >= box.left && point < box.right && y >= 0 && y < vh;
        expect(p.shown, `badge ${p.index} (${p.cell}) shown iff its number shows in the box`).toBe(visible);
        if (p.shown) {
          shown++;
          expectBesideNumber(p);
          // What is drawn of it is inside the box, never floating outside.
          expect(within(p.drawn, box, 1)).toBe(true);
        } else hidden++;
      }
      return { shown, hidden };
    };
    await page.screenshot({ path: join(SHOTS, 'placement-scrollbox.png') });
    const before = await check();
    expect(before.hidden).toBeGreaterThan(0);
    // Scrolling the boxes (not the window) moves the badges with their cells.
    await page.evaluate(() => {
      for (const d of Array.from(document.querySelectorAll('.govreport-test-box'))) d.scrollLeft = d.scrollWidth;
    });
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'placement-scrollbox-scrolled.png') });
    const after = await check();
    expect(after.shown).toBeGreaterThan(0);
    await page.close();
  });

  it('under a fixed site header: badges of cells behind it are hidden, the others drawn below it', async () => {
    const { page, sels } = await openWith('fixedheader');
    const t3 = (await placed(page, sels)).find((p) => p.cell === 'T3:new:total')!;
    // The T3 row just under the header's lower edge.
    await page.evaluate((y) => scrollTo(0, scrollY + y - 40), t3.text!.top);
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'placement-fixed-header.png') });
    const all = (await placed(page, sels)).filter((p) => p.text);
    const under = all.filter((p) => p.text!.bottom <= 80 && p.text!.bottom > 0);
    expect(under.length).toBeGreaterThan(0);
    for (const p of under) expect(p.shown, `badge ${p.index} under the header`).toBe(false);
    for (const p of all.filter((x) => x.shown)) {
      expect(p.drawn.top).toBeGreaterThanOrEqual(79.5);
      expectBesideNumber(p);
    }
    await page.close();
  });

  for (const variant of ['zoom', 'bodyzoom']) {
    it(`with CSS zoom on ${variant === 'zoom' ? '<html>' : '<body>'} (适老化): every badge beside its number`, async () => {
      const { page, sels } = await openWith(variant);
      const t3 = (await placed(page, sels)).find((p) => p.cell === 'T3:new:total')!;
      await page.evaluate((y) => scrollTo(0, scrollY + y / 1.25 - 300), t3.badge.top);
      await settle(page);
      await page.screenshot({ path: join(SHOTS, `placement-${variant}.png`) });
      const shown = (await placed(page, sels)).filter((p) => p.shown && p.cellBox);
      expect(shown.length).toBeGreaterThan(3);
      for (const p of shown) expectBesideNumber(p);
      await page.close();
    });
  }
});

describe('badges on the cells of a page checked from a copy of its markup', () => {
  // The background parses the page's markup and the page finds the places it names: a quirks-mode page whose tables
  // sit inside paragraphs, and a page whose inline image was left out of the copy, have every badge on its cell.
  for (const variant of ['quirks', 'inlineimage']) {
    it(`${variant}: every shown cell badge beside its number`, async () => {
      const { page, sels } = await openWith(variant);
      const t3 = (await placed(page, sels)).find((p) => p.cell === 'T3:new:total')!;
      await page.evaluate((y) => scrollTo(0, scrollY + y - 300), t3.badge.top);
      await settle(page);
      const shown = (await placed(page, sels)).filter((p) => p.shown && p.cellBox);
      expect(shown.length).toBeGreaterThan(3);
      for (const p of shown) expectBesideNumber(p);
      await page.close();
    });
  }
});

describe('badges next to their numbers, over no text (item 12)', () => {
  it('in a compact 11px table no badge covers any digit', async () => {
    await setSettings(b.sw, { showInfo: true });
    try {
      const { page, sels } = await openWith('compact');
      const t3 = (await placed(page, sels)).find((p) => p.cell === 'T3:new:total')!;
      await page.evaluate((y) => scrollTo(0, scrollY + y - 300), t3.badge.top);
      await settle(page);
      await page.screenshot({ path: join(SHOTS, 'placement-compact.png') });
      const text = await tableText(page);
      const shown = (await placed(page, sels)).filter((p) => p.shown && p.cellBox);
      expect(shown.length).toBeGreaterThan(3);
      for (const p of shown) {
        const covered = text.filter((r) => overlapArea(p.badge, r) > 2);
        expect(covered, `badge ${p.index} (${p.cell}) covers text`).toEqual([]);
      }
      await page.close();
    } finally {
      await setSettings(b.sw, { showInfo: false });
    }
  });

  it('in an ordinary table each badge is on its number’s line, right after it; page-level badges are not cut off', async () => {
    await setSettings(b.sw, { showInfo: true });
    try {
      for (const name of ['planted-arithmetic', 'planted-structure', 'planted-format']) {
        const { page, sels } = await openWith('fixtures', name);
        if (name === 'planted-arithmetic') await page.screenshot({ path: join(SHOTS, 'placement-ordinary.png') });
        for (const p of (await placed(page, sels)).filter((x) => x.shown)) {
          expect(p.badge.top, `${name}: badge ${p.index} inside the window`).toBeGreaterThanOrEqual(0);
          if (p.cellBox) expectBesideNumber(p);
        }
        await page.close();
      }
    } finally {
      await setSettings(b.sw, { showInfo: false });
    }
  });
});

/** The overlay's summary panel and the shown tip, in viewport px. */
async function panelAndTip(page: Page): Promise<{ panel: Rect; tip: Rect | null; list: boolean }> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const rect = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      panel: rect(root.querySelector('.panel'))!,
      tip: rect(root.querySelector('.tip')),
      list: !!root.querySelector('.list'),
    };
  }, OVERLAY_HOST_SELECTOR);
}

describe('showing a finding (item 8)', () => {
  for (const variant of ['fixtures', 'fixedheader', 'zoom'] as const) {
    it(`${variant}: from the popup the on-page list closes and every finding lands clear of the popup and the summary`, async () => {
      const { page, tabId, sels } = await openWith(variant);
      // Below the site header, where there is one.
      const top = variant === 'fixedheader' ? 80 : 0;
      const state = await ask(b.sw, tabId, { type: 'get-state' });
      if (!state.isReport) throw new Error('not detected');
      const { width, height } = page.viewportSize()!;
      // Chromium's popup hangs from the toolbar over the window's top-right corner.
      const popup = { left: width - 400, top: 0, right: width, bottom: 600 };
      const misses: string[] = [];
      for (let i = 0; i < state.findings.length; i++) {
        // The user had the on-page list open.
        if (!(await panelAndTip(page)).list) await page.locator(inOverlay('.pill')).click();
        await ask(b.sw, tabId, { type: 'focus-finding', index: i });
        await settle(page);
        const { panel, list } = await panelAndTip(page);
        const p = (await placed(page, sels)).find((x) => x.index === i);
        const problems = [
          !p?.shown && 'not shown',
          !p?.flash && 'not flashing',
          list && 'list still open',
          p && overlapArea(p.badge, popup) > 0 && 'under the popup',
          p && overlapArea(p.badge, panel) > 0 && 'under the summary',
          p && (p.badge.top < top || p.badge.bottom > height) && 'off the window or under its header',
        ].filter(Boolean);
        if (problems.length) misses.push(`${i} ${state.findings[i]!.rule}: ${problems.join(', ')}`);
        if (i === state.findings.length - 1)
          await page.screenshot({ path: join(SHOTS, `flash-clear-of-popup-${variant}.png`) });
      }
      expect(misses).toEqual([]);
      await page.close();
    });
  }

  it('from the on-page list: the list closes, the badge shows beside the summary and flashes until the user looks', async () => {
    const { page, tabId, sels } = await openWith('fixtures');
    const state = await ask(b.sw, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    const last = state.findings.length - 1;
    await page.locator(inOverlay('.pill')).click();
    await page.locator(inOverlay(`.list .item[data-index="${last}"]`)).click();
    await settle(page);
    const { panel, list } = await panelAndTip(page);
    expect(list).toBe(false);
    const p = (await placed(page, sels)).find((x) => x.index === last)!;
    expect(p.shown && p.flash).toBe(true);
    expect(overlapArea(p.badge, panel)).toBe(0);
    // The keyboard focus, whose list item is gone, is on the badge, which shows its message.
    const focused = await page.evaluate(
      (host) => (document.querySelector(host)!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index,
      OVERLAY_HOST_SELECTOR,
    );
    expect(focused).toBe(String(last));
    expect((await panelAndTip(page)).tip).not.toBeNull();
    await page.screenshot({ path: join(SHOTS, 'flash-from-list.png') });
    // The user has not looked yet (no input on the page): it goes on flashing.
    const cycles = page.evaluate(
      (host) =>
        new Promise<number>((resolve, reject) => {
          const root = document.querySelector(host)!.shadowRoot!;
          let n = 0;
          root.addEventListener('animationiteration', (e) => {
            if ((e.target as HTMLElement).dataset.index === '0' && ++n === 3) resolve(n);
          });
          setTimeout(() => reject(new Error(`the flash ran ${n} cycles, then stopped`)), 15_000);
        }),
      OVERLAY_HOST_SELECTOR,
    );
    await ask(b.sw, tabId, { type: 'focus-finding', index: 0 });
    // Three cycles of its pulse, and it is still on.
    expect(await cycles).toBe(3);
    expect((await placed(page, sels)).find((x) => x.index === 0)!.flash).toBe(true);
    // They move the mouse: a moment later it stops.
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 210);
    await expect
      .poll(async () => (await placed(page, sels)).find((x) => x.index === 0)!.flash, { timeout: 4000 })
      .toBe(false);
    // Users who asked for less motion get a steady ring for the same time, not a pulsing badge.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await ask(b.sw, tabId, { type: 'focus-finding', index: 0 });
    const animation = await page.evaluate(
      (host) =>
        getComputedStyle(document.querySelector(host)!.shadowRoot!.querySelector('.badge.flash')!).animationName,
      OVERLAY_HOST_SELECTOR,
    );
    expect(animation).toBe('none');
    await page.close();
  });
});

describe('keyboard (item 14)', () => {
  it('Tab goes through the badges in page order; each scrolls into view below a fixed header; tips stay off the summary', async () => {
    const { page, sels } = await openWith('fixedheader');
    // The list open: the summary at its largest.
    await page.locator(inOverlay('.pill')).click();
    const count = (await placed(page, sels)).length;
    await page.locator(inOverlay('.badge')).first().focus();
    const order: number[] = [];
    const height = page.viewportSize()!.height;
    for (let k = 0; k < count; k++) {
      await settle(page);
      const active = await page.evaluate((host) => {
        const el = document.querySelector(host)!.shadowRoot!.activeElement as HTMLElement | null;
        return el?.classList.contains('badge') ? Number(el.dataset.index) : null;
      }, OVERLAY_HOST_SELECTOR);
      expect(active, `Tab ${k} is on a badge`).not.toBeNull();
      const p = (await placed(page, sels)).find((x) => x.index === active)!;
      expect(p.shown, `badge ${p.index} shown once focused`).toBe(true);
      expect(p.badge.top, `badge ${p.index} below the header`).toBeGreaterThanOrEqual(80);
      expect(p.badge.bottom).toBeLessThanOrEqual(height);
      const { panel, tip } = await panelAndTip(page);
      expect(tip, `badge ${p.index} shows its tip`).not.toBeNull();
      expect(overlapArea(tip!, panel), `tip of badge ${p.index} off the summary`).toBe(0);
      // Off the open list too, unless the page cannot scroll any further.
      const atEnd = await page.evaluate(
        () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
      );
      if (!atEnd) expect(overlapArea(p.badge, panel), `badge ${p.index} off the summary`).toBe(0);
      order.push(p.badge.top + (await page.evaluate(() => scrollY)));
      if (k === 3) await page.screenshot({ path: join(SHOTS, 'keyboard-focus.png') });
      await page.keyboard.press('Tab');
    }
    // Page order: each badge's place on the page is at or below the one before (cells of a row left to right).
    for (let k = 1; k < order.length; k++)
      expect(order[k]!, `badge ${k} after badge ${k - 1}`).toBeGreaterThan(order[k - 1]! - 30);
    await page.close();
  });
});
