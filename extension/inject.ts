/**
 * Injecting the page scripts into a tab: the engine (entrypoints/engine.ts) by the background for the gate or by
 * the popup on demand; the overlay, the attachment notice and the previous-year finder (entrypoints/overlay.ts,
 * notice.ts, previous.ts) by the background when the engine has something for them.
 */
import { browser } from 'wxt/browser';
import type { ScriptPart } from './protocol';

export const ENGINE_FILE = '/engine.js';
/** The file of each part of the page's code the engine asks for when it has something for it (extension/protocol.ts). */
export const PART_FILES = {
  overlay: '/overlay.js',
  notice: '/notice.js',
  previous: '/previous.js',
} as const satisfies Record<ScriptPart, string>;

export async function injectScript(
  file: typeof ENGINE_FILE | (typeof PART_FILES)[keyof typeof PART_FILES],
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
