/** The Firefox end-to-end tests' browser and their window on the extension: the counterpart of page.ts. */
import type { Page } from 'puppeteer-core';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import { ENGINE_ANSWERS, parseAnswer } from '../../extension/protocol';
import type { AnswerOf, EngineMessage, RequestOf } from '../../extension/protocol';
import { undecidedBadge } from '../../extension/toolbar';
import { launchFirefoxWithExtension, type FirefoxExtension } from '../../tools/firefox';
import type { FixtureServer } from '../../tools/server';
import { badgesInPage, DECISION_TIMEOUT_MS, type BadgeInfo, withBrowser } from './page';

/** Inside popup.evaluate() callbacks: Firefox's own `browser` namespace in an extension page. */
declare const browser: typeof import('@wxt-dev/browser').Browser;

/** Firefox with the test build installed (tools/firefox.ts); each test's own tabs are closed after it. */
export function withFirefox(started: (ff: FirefoxExtension, srv: FixtureServer) => void): void {
  withBrowser(launchFirefoxWithExtension, (ff) => ff.browser.pages(), started);
}

export const waitForBadges = (page: Page, min = 1) =>
  page.waitForFunction(
    (host, n) => (document.querySelector(host)?.shadowRoot?.querySelectorAll('.badge').length ?? 0) >= n,
    { timeout: 10_000 },
    OVERLAY_HOST_SELECTOR,
    min,
  );

export const waitForSummary = (page: Page) =>
  page.waitForFunction(
    (host) => !!document.querySelector(host)?.shadowRoot?.querySelector('[data-govreport-summary]'),
    { timeout: 10_000 },
    OVERLAY_HOST_SELECTOR,
  );

export const badges = (page: Page): Promise<BadgeInfo[]> => page.evaluate(badgesInPage, OVERLAY_HOST_SELECTOR);

export const overlayHosts = (page: Page) =>
  page.evaluate((host) => document.querySelectorAll(host).length, OVERLAY_HOST_SELECTOR);

/**
 * The popup as the toolbar button opens it: about the active tab (`page`), found by the popup itself. Also the
 * tests' window on the extension's APIs, with the id of the tab it is about.
 */
export async function openPopup(ff: FirefoxExtension, page: Page): Promise<{ popup: Page; tabId: number }> {
  await page.bringToFront();
  const popup = await ff.openExtensionPage('popup.html');
  const tabId = await popup.evaluate(async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab!.id!;
  });
  return { popup, tabId };
}

/** A protocol request to the engine in a tab, parsed as the popup parses it. */
export async function ask<T extends EngineMessage>(
  popup: Page,
  tabId: number,
  request: RequestOf<T> & { type: T },
): Promise<AnswerOf<T>> {
  const raw: unknown = await popup.evaluate(([id, msg]) => browser.tabs.sendMessage(id, msg), [
    tabId,
    request,
  ] as const);
  return parseAnswer(request.type, ENGINE_ANSWERS[request.type], raw) as AnswerOf<T>;
}

/** The toolbar button of a tab (MV2: a browserAction): its badge, its colour and its title. */
export const toolbarBadge = (popup: Page, tabId: number) =>
  popup.evaluate(async (id) => {
    // Firefox's browserAction returns promises, like chrome.action (the type knows only callbacks).
    const button = browser.browserAction as unknown as typeof browser.action;
    return {
      text: await button.getBadgeText({ tabId: id }),
      color: await button.getBadgeBackgroundColor({ tabId: id }),
      title: await button.getTitle({ tabId: id }),
    };
  }, tabId);

/**
 * Waits for the extension's decision on the tab's page, which the toolbar button's title says (extension/toolbar.ts:
 * the extension's name alone until then), and returns that title.
 */
export async function decision(popup: Page, tabId: number): Promise<string> {
  await waitInExtensionPage(
    popup,
    async ([id, undecided]: [number, string]) =>
      (await ((browser.browserAction as unknown as typeof browser.action).getTitle({
        tabId: id,
      }) as Promise<string>)) !== undecided,
    [tabId, undecidedBadge().title],
    DECISION_TIMEOUT_MS,
  );
  return (await toolbarBadge(popup, tabId)).title;
}

/**
 * page.waitForFunction for an extension page: puppeteer's rebuilds the predicate with Function(), which an extension
 * page's CSP refuses in Firefox ESR 140, so this asks by evaluate every 100 ms until `predicate` holds.
 */
export async function waitInExtensionPage<A>(
  page: Page,
  predicate: (arg: A) => unknown,
  arg: A,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const holds = predicate as (arg: unknown) => unknown;
  while (!(await page.evaluate(holds, arg as unknown))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${predicate}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Changes the page's address within it (`change`, run in the page), and resolves once the extension has heard of
 * it (tabs.onUpdated with the new address): what the background does about it has been set going by then.
 */
export async function changeAddress(popup: Page, tabId: number, page: Page, change: () => void): Promise<void> {
  await popup.evaluate((id) => {
    const heard: string[] = [];
    (globalThis as { heardAddresses?: string[] }).heardAddresses = heard;
    browser.tabs.onUpdated.addListener((tab, info) => {
      if (tab === id && info.url) heard.push(info.url);
    });
  }, tabId);
  await page.evaluate(change);
  const now = await page.evaluate(() => location.href);
  await waitInExtensionPage(
    popup,
    (url) => (globalThis as { heardAddresses?: string[] }).heardAddresses?.includes(url) ?? false,
    now,
  );
}
