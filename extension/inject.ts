/**
 * Injecting the page scripts into a tab: the engine (entrypoints/engine.ts) by the background for the gate or by
 * the popup on demand; the overlay (entrypoints/overlay.ts) and the attachment notice (entrypoints/notice.ts) by the
 * background when the engine has a report to draw or a report file to offer.
 */
import { browser } from 'wxt/browser';

export const ENGINE_FILE = '/engine.js';
export const OVERLAY_FILE = '/overlay.js';
export const NOTICE_FILE = '/notice.js';

export async function injectScript(
  file: typeof ENGINE_FILE | typeof OVERLAY_FILE | typeof NOTICE_FILE,
  tabId: number,
  frameId = 0,
): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
}

export const injectEngine = (tabId: number, frameId = 0) => injectScript(ENGINE_FILE, tabId, frameId);
