/**
 * The frames the background has started an engine in (extension/start-engine.ts), so that a change of settings
 * reaches exactly those: an engine sets up no message listener until the popup first asks, so the change is brought
 * by running a function in its world, and running one in every tab would set up a world where no engine is. Kept in
 * storage.session as well, since Chromium stops an idle background and its memory with it.
 */
import { browser } from 'wxt/browser';
import { deliverSettings } from './engine-calls';
import type { Settings } from './settings';

const KEY = 'engineFrames';
/** tab id → frame ids. */
type Frames = Record<string, number[]>;

let known: Frames | undefined;

async function load(): Promise<Frames> {
  if (known) return known;
  let stored: unknown;
  try {
    stored = (await browser.storage.session?.get(KEY))?.[KEY];
  } catch {
    stored = undefined;
  }
  known ??= typeof stored === 'object' && stored !== null ? { ...(stored as Frames) } : {};
  return known;
}

async function save(frames: Frames): Promise<void> {
  await browser.storage.session?.set({ [KEY]: frames }).catch(() => undefined);
}

export async function rememberEngine(tabId: number, frameId: number): Promise<void> {
  const frames = await load();
  const had = frames[tabId] ?? [];
  if (had.includes(frameId)) return;
  frames[tabId] = [...had, frameId];
  await save(frames);
}

/** A new document in the tab, or the tab closed: its engines are gone. */
export async function forgetEngines(tabId: number): Promise<void> {
  const frames = await load();
  if (!(tabId in frames)) return;
  delete frames[tabId];
  await save(frames);
}

/** Every engine started gets the new settings (one that has gone with its page does nothing). */
export async function tellEngines(settings: Settings): Promise<void> {
  const frames = await load();
  await Promise.all(
    Object.entries(frames).map(([tab, frameIds]) =>
      browser.scripting
        .executeScript({
          target: { tabId: Number(tab), frameIds },
          func: deliverSettings,
          args: [settings],
          injectImmediately: true,
        })
        .catch(() => undefined),
    ),
  );
}
