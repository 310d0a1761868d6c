/**
 * The background starts the engine in a page (the gate's decision, extension/tab-gate.ts, or the popup's
 * 「检查此页」): a content script in the extension's isolated world, which checks the page itself and says what the
 * toolbar badge should say (entrypoints/engine.ts). The toolbar badge is set here.
 */
import { browser } from 'wxt/browser';
import type { Counts } from '@/core/counts';
import { ENGINE_FILE, PART_FILES } from './inject';
import { RunningEngineSchema } from './protocol';
import { loadSettings, type Settings } from './settings';
import { toolbarBadge, undecidedBadge, type ToolbarBadge } from './toolbar';

/** The toolbar button of a tab, in the user's language: the page's counts, or that it is no report. */
export async function showStatus(tabId: number, isReport: boolean, counts: Counts | null, lang?: Settings['lang']) {
  await setToolbar(tabId, toolbarBadge(isReport, counts, lang ?? (await loadSettings()).lang));
}

/** A new page in the tab: no badge, and the extension's name alone on hover, until it is decided. */
export async function showUndecided(tabId: number): Promise<void> {
  await setToolbar(tabId, undecidedBadge((await loadSettings()).lang));
}

async function setToolbar(tabId: number, badge: ToolbarBadge): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    badge.color ? action.setBadgeBackgroundColor({ tabId, color: badge.color }) : undefined,
    action.setTitle({ tabId, title: badge.title }),
  ]);
}

/**
 * Injects the engine into a frame, and the overlay's code after it (in a task of its own: the page's first slice of
 * checking runs before it, and a report finds it there when it draws, without asking the background). An engine
 * that runs there already (the tab's address changed within its page) says what its badge says.
 */
export async function startEngine(tabId: number, frameId = 0): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const [started] = await browser.scripting.executeScript({ target, files: [ENGINE_FILE] });
  // A new engine gives nothing back; one running already, what its badge says (checked: it comes from a page).
  const running = RunningEngineSchema.safeParse(started?.result);
  if (running.success) {
    const shown = running.data.running;
    if (shown) await showStatus(tabId, shown.isReport, shown.counts).catch(() => undefined);
    return;
  }
  await browser.scripting.executeScript({ target, files: [PART_FILES.overlay] }).catch(() => undefined);
}
