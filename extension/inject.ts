/**
 * Injecting the page scripts into a tab, by the background: the engine (entrypoints/engine.ts) where the gate or the
 * popup starts it (extension/start-engine.ts); the overlay, the attachment notice and the previous-year finder
 * (entrypoints/overlay.ts, notice.ts, previous.ts) when the engine has something for them.
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

/**
 * A part of the page's code, into the frame that asked for it. The engine itself is injected by
 * extension/start-engine.ts, which needs its script's result. By `scripting`, which both browsers the manifest
 * admits have (it asks for the permission; Firefox from 140).
 */
export async function injectScript(
  file: (typeof PART_FILES)[keyof typeof PART_FILES],
  tabId: number,
  frameId = 0,
): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}
