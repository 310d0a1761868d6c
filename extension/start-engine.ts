/**
 * The background starts the engine in a page and checks it (the gate's decision, extension/tab-gate.ts, or the
 * popup's 「检查此页」). The engine's script gives the page's markup back as its result; the check runs here; for a
 * report the overlay's script goes in next, then the answer, by a function run in the engine's world
 * (extension/engine-calls.ts). The page sets up no messaging and touches no extension API for any of it
 * (extension/page/first-check.ts); the toolbar badge is set here.
 */
import { browser } from 'wxt/browser';
import type { Counts } from '@/core/counts';
import { checkMarkup } from './check-page';
import { deliverFirstAnswer } from './engine-calls';
import { rememberEngine } from './engine-frames';
import { ENGINE_FILE, PART_FILES } from './inject';
import { FirstCheckSchema, type PageCheckAnswer, type RequestOf, RunningEngineSchema } from './protocol';
import { loadSettings, type Settings } from './settings';
import { toolbarBadge, undecidedBadge, type ToolbarBadge } from './toolbar';
import { rememberRecord } from './year-records';

/** A page's markup checked, with the user's settings (the answer to 'check-page' and to a first check). */
export async function checkPageMarkup({ html, url, previous }: RequestOf<'check-page'>): Promise<PageCheckAnswer> {
  const [checked, settings] = await Promise.all([checkMarkup(html, url, previous, rememberRecord), loadSettings()]);
  return { ...checked, settings };
}

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
 * Injects the engine into a frame and answers its first check; resolves once the answer is in the page. An engine
 * that runs there already (the tab's address changed within its page) says what its badge says. The answer carries
 * the token the engine gave with its markup, so that it is taken by that engine only, never by one of a page the tab
 * moved on to.
 */
export async function startEngine(tabId: number, frameId = 0): Promise<void> {
  const [started] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [ENGINE_FILE],
  });
  const result = started?.result as { token?: unknown } | undefined;
  if (result === undefined || result === null) return;
  const running = RunningEngineSchema.safeParse(result);
  if (running.success) {
    // An engine runs there already; the address changed within its page, which cleared the badge: say it again.
    void rememberEngine(tabId, frameId);
    const shown = running.data.running;
    if (shown) await showStatus(tabId, shown.isReport, shown.counts).catch(() => undefined);
    return;
  }
  const token = typeof result.token === 'string' ? result.token : '';
  // That document only (Chromium names it): the tab may have moved on to another page while the check ran, which
  // should not get the overlay's script. Firefox names none: there the tab's address is compared before it.
  const documentId = (started as { documentId?: string }).documentId;
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  const request = FirstCheckSchema.safeParse(result);
  void rememberEngine(tabId, frameId);
  let envelope: { ok: true; value: PageCheckAnswer } | { ok: false; error: string };
  let status: (() => Promise<void>) | undefined;
  try {
    if (!request.success) throw new Error('页面地址或标记无效，无法检查 (the page gave no markup to check)');
    const { html, url } = request.data;
    const answer = await checkPageMarkup({ type: 'check-page', html, url });
    const { analysis, facts, settings } = answer;
    // Its code before its answer, so that the answer draws at once.
    if (analysis.isReport && (documentId || (await stillAt(tabId, url)))) {
      await browser.scripting.executeScript({ target, files: [PART_FILES.overlay] }).catch(() => undefined);
    }
    const counts = analysis.isReport ? (facts?.counts ?? null) : null;
    status = () => showStatus(tabId, analysis.isReport, counts, settings.lang);
    envelope = { ok: true, value: { ...answer, statusShown: true } };
  } catch (err) {
    envelope = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const [delivered] = await browser.scripting.executeScript({
    target,
    func: deliverFirstAnswer,
    args: [JSON.stringify(envelope), token],
  });
  // The badge once the page has its answer: a page gone meanwhile leaves the next page's badge alone.
  if (delivered?.result === true) await status?.().catch(() => undefined);
}

/** The tab still shows the page at `url` (Firefox, where no document is named). */
async function stillAt(tabId: number, url: string): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url === url;
}
