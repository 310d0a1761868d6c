/**
 * Where a portal answers a fetch with an anti-bot challenge, the report is opened in a background tab — the
 * browser runs the challenge as for any visitor — and its page is read from there once it has loaded (the
 * challenge reloads itself into the real page), then the tab is closed. The page is checked in the batch page as
 * a fetched one is.
 */
import { browser } from 'wxt/browser';
import type { PageFetched } from './fetch-page';
import { looksLikeChallenge } from './fetch-page';
import { pause } from './run';

/** The page as the tab shows it: its markup and its address. Runs in the tab (self-contained). */
function pageSnapshot(): { html: string; url: string } {
  return { html: document.documentElement.outerHTML, url: location.href };
}

/** What a tab shows, read by a script run in it (the popup's activeTab, or the site's permission, allows it). */
export async function snapshotTab(tabId: number): Promise<{ html: string; url: string } | undefined> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: pageSnapshot });
  return frame?.result as { html: string; url: string } | undefined;
}

export async function pageFromTab(url: string, timeoutMs = 20_000): Promise<PageFetched> {
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id!;
  const deadline = Date.now() + timeoutMs;
  const never = new AbortController().signal;
  try {
    while (Date.now() < deadline) {
      await pause(500, never);
      const now = await browser.tabs.get(tabId);
      if (now.status !== 'complete') continue;
      const page = await snapshotTab(tabId);
      if (page && !looksLikeChallenge(200, page.html))
        return { ok: true, kind: 'html', url: page.url, html: page.html };
    }
    return { ok: false, reason: 'challenge', detail: 'tab' };
  } catch (err) {
    return { ok: false, reason: 'network', detail: String((err as Error).message ?? err) };
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}
