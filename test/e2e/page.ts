/** Reading the overlay and the extension's state from a test. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchPlain, launchWithExtension, type ExtensionBrowser } from '../../tools/browser';
import { serveFixtures, type FixtureServer } from '../../tools/server';
import type { Browser } from '@wxt-dev/browser';
import type { Browser as Chromium, BrowserContext, Page, Worker } from 'playwright-core';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import { ENGINE_ANSWERS, parseAnswer } from '../../extension/protocol';
import { WATCH_FOR_ARTICLE_MS } from '../../extension/page/watch';
import { toolbarBadge as toolbarOf, undecidedBadge } from '../../extension/toolbar';
import type { AnswerOf, EngineMessage, RequestOf } from '../../extension/protocol';

/** Where the end-to-end tests leave their screenshots. */
export const SHOTS = resolve(import.meta.dirname, '../../test-output/e2e');

type Closable = { close(): Promise<unknown> };

/**
 * A browser for the tests of the describe block (or file) that calls it, with a fixture server of its own: launched
 * before them (handed to `started`, which may set more up) and closed after them. What each test opens (`opened`:
 * the browser's tabs or contexts) is closed when the test ends, passed or failed: a tab left open by a failed test
 * would otherwise be found by a later test's address.
 */
export function withBrowser<T extends Closable>(
  launch: () => Promise<T>,
  opened: (browser: T) => Closable[] | Promise<Closable[]>,
  started: (browser: T, srv: FixtureServer) => void | Promise<void>,
): void {
  let browser: T | undefined;
  let srv: FixtureServer | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    srv = await serveFixtures();
    browser = await launch();
    await started(browser, srv);
  }, 60_000);
  let before = new Set<Closable>();
  const openNow = async () => (browser ? await opened(browser) : []);
  beforeEach(async () => {
    before = new Set(await openNow());
  });
  afterEach(async () => {
    await Promise.all((await openNow()).map((x) => (before.has(x) ? undefined : x.close().catch(() => undefined))));
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });
}

/** Chromium with the test build loaded; each test's own tabs are closed after it. */
export function withExtension(started: (b: ExtensionBrowser, srv: FixtureServer) => void | Promise<void>): void {
  withBrowser(
    () => launchWithExtension(),
    (b) => b.ctx.pages(),
    started,
  );
}

/** Chromium without the extension, for comparisons and for running the page's code by hand; contexts close per test. */
export function withPlainChromium(started: (browser: Chromium, srv: FixtureServer) => void): void {
  withBrowser(launchPlain, (b) => b.contexts(), started);
}

/** Inside sw.evaluate() callbacks, which run in the extension's service worker, and in extension pages. */
declare const chrome: typeof Browser;

export interface BadgeInfo {
  index: number;
  rule: string;
  severity: string;
  cell: string | null;
  /** Page coordinates. */
  box: { x: number; y: number; width: number; height: number };
  /** Viewport coordinates of the centre, for the mouse. */
  view: { x: number; y: number };
  fontSize: string;
}

/** A selector for elements inside the overlay (Playwright's CSS engine pierces its open shadow root). */
export const inOverlay = (css: string): string => `${OVERLAY_HOST_SELECTOR} ${css}`;

export async function overlayHostCount(page: Page): Promise<number> {
  return page.evaluate((host) => document.querySelectorAll(host).length, OVERLAY_HOST_SELECTOR);
}

export async function waitForBadges(page: Page, min = 1): Promise<void> {
  await page.waitForFunction(
    ([host, n]) => (document.querySelector(host)?.shadowRoot?.querySelectorAll('.badge').length ?? 0) >= n,
    [OVERLAY_HOST_SELECTOR, min] as const,
    { timeout: 10_000 },
  );
}

/** Waits until the overlay's summary is drawn (the engine has checked the page and reported its counts). */
export async function waitForSummary(page: Page): Promise<void> {
  await page.waitForFunction(
    (host) => !!document.querySelector(host)?.shadowRoot?.querySelector('[data-govreport-summary]'),
    OVERLAY_HOST_SELECTOR,
    { timeout: 10_000 },
  );
}

/** Resolves after the page's next two frames: the overlay follows a scroll or a change in its next frame. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Runs in the page (Playwright's or Puppeteer's evaluate): every badge in the overlay host `host`. */
export function badgesInPage(host: string): BadgeInfo[] {
  const root = document.querySelector(host)?.shadowRoot;
  return Array.from(root?.querySelectorAll<HTMLElement>('.badge') ?? []).map((b) => {
    const r = b.getBoundingClientRect();
    return {
      index: Number(b.dataset.index),
      rule: b.dataset.rule ?? '',
      severity: b.dataset.severity ?? '',
      cell: b.dataset.cell ?? null,
      box: { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height },
      view: { x: r.x + r.width / 2, y: r.y + r.height / 2 },
      fontSize: getComputedStyle(b).fontSize,
    };
  });
}

/** The badges planted-arithmetic's planted errors get, each on its cell, in any browser and however it is built. */
export function expectPlantedArithmeticBadges(list: BadgeInfo[]): void {
  const cellsOf = (rule: string) =>
    list
      .filter((x) => x.rule === rule)
      .map((x) => x.cell)
      .sort();
  expect(cellsOf('SUM-01')).toEqual(['T3:new:np', 'T3:new:total']);
  expect(cellsOf('TBL-07')[0]).toBe('T2:coercion:decisions');
  expect(cellsOf('SUM-05')[0]).toBe('T4:review:total');
}

export async function badges(page: Page): Promise<BadgeInfo[]> {
  return page.evaluate(badgesInPage, OVERLAY_HOST_SELECTOR);
}

/**
 * The id of the tab that shows `page`. An extension page asks for its own (an extension without the `tabs` permission
 * is not told the address of any tab in Chromium 150, its own pages' included); a web page on a test host is found
 * by its address, which the host permission lets the worker read.
 */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  if (page.url().startsWith('chrome-extension://')) {
    const id = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    if (id === undefined) throw new Error(`no tab for ${page.url()}`);
    return id;
  }
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const found = tabs.filter((t) => t.url === u);
    if (found.length !== 1) throw new Error(`${found.length} tabs for ${u}`);
    return found[0]!.id!;
  }, page.url());
}

export async function toolbarBadge(
  sw: Worker,
  tabId: number,
): Promise<{ text: string; color: number[]; title: string }> {
  return sw.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

/**
 * How long the extension may take to decide a page: a page that names no report yet is watched this long for a late
 * article (extension/page/watch.ts) before it is called no report.
 */
export const DECISION_TIMEOUT_MS = WATCH_FOR_ARTICLE_MS + 10_000;

/** What the toolbar button's title says of a page the extension decided is no report. */
export const NO_REPORT = toolbarOf(false, null).title;

/**
 * Waits for the extension's decision on the tab's page, which the toolbar button's title says (extension/toolbar.ts:
 * the extension's name alone until then), and returns that title.
 */
export async function decision(sw: Worker, tabId: number): Promise<string> {
  const undecided = undecidedBadge().title;
  let title = undecided;
  await expect
    .poll(async () => (title = (await toolbarBadge(sw, tabId)).title), { timeout: DECISION_TIMEOUT_MS, interval: 100 })
    .not.toBe(undecided);
  return title;
}

/** Sends a protocol request to the engine in a tab and parses the answer, as the popup does. */
export async function ask<T extends EngineMessage>(
  sw: Worker,
  tabId: number,
  request: RequestOf<T> & { type: T },
): Promise<AnswerOf<T>> {
  const raw = await sendToEngine(sw, tabId, request);
  return parseAnswer(request.type, ENGINE_ANSWERS[request.type], raw) as AnswerOf<T>;
}

/** A request to the engine in a tab, its raw answer, as the popup sends it; rejects where no engine answers. */
export async function sendToEngine(sw: Worker, tabId: number, request: { type: string }): Promise<unknown> {
  return sw.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg), [tabId, request] as const);
}

export async function setSettings(sw: Worker, settings: { lang?: 'zh' | 'en'; showInfo?: boolean }): Promise<void> {
  await sw.evaluate(async (s) => {
    const cur = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...cur, ...s } });
  }, settings);
}

/** Forgets the cross-year records, so that one test's reports are not another's previous year. */
export async function clearYearRecords(sw: Worker): Promise<void> {
  await sw.evaluate(() => chrome.storage.local.remove('yearRecords'));
}

/**
 * Every element of the page's body with its box in page coordinates, in document order (our host lives outside
 * body). Page, not window, coordinates: focusing a badge may scroll the page, which moves nothing on it.
 */
export async function pageBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll('*')).map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName} ${r.x + scrollX},${r.y + scrollY},${r.width},${r.height}`;
    }),
  );
}

/** Opens a URL in a new tab of the extension's browser and finds the tab's id. */
export async function openTab(ctx: BrowserContext, sw: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ctx.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(sw, page) };
}

/**
 * Opens `url` in a new tab, recording the extension's scripts that run in it (their file names, from the page's
 * debugger: the page's own world and any isolated world), to prove what the gate ran, or that nothing ran.
 */
export async function openRecordingScripts(
  ctx: BrowserContext,
  sw: Worker,
  url: string,
): Promise<{ page: Page; tabId: number; scripts: string[] }> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const scripts: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) scripts.push(new URL(e.url).pathname.slice(1));
  });
  await cdp.send('Debugger.enable');
  await page.goto(url);
  return { page, tabId: await tabIdOf(sw, page), scripts };
}
