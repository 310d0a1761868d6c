/** Injecting the engine (entrypoints/engine.ts) into a tab: by the background for the gate, by the popup on demand. */
import { browser } from 'wxt/browser';

export const ENGINE_FILE = '/engine.js';

export async function injectEngine(tabId: number, frameId = 0): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: ENGINE_FILE, frameId });
  }
}
