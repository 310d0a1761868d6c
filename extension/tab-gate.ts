/**
 * The gate's first step, taken in the background from the tab's title and address (host permissions give both),
 * which costs the page nothing: a page whose title clearly names something else is left alone; one titled as one
 * agency's report of one year gets the engine at once; one whose title says nothing of it (the site's name, 详情页,
 * a file name) gets a first look at its headings (extension/page/first-look.ts), and where they, or its title,
 * name a report the gate runs in it (entrypoints/gate.ts: the report title, the 年报 column test) and starts the
 * engine on a likely report (extension/start-engine.ts).
 */
import { browser } from 'wxt/browser';
import { agencyOf, looksLikeReportTitle, yearOf } from '@/core/meta';
import { showStatus, startEngine } from './start-engine';
import { firstLook, TITLE_XPATH } from './page/first-look';
import { ARTICLE_DEBOUNCE_MS, WATCH_FOR_ARTICLE_MS } from './page/watch';

/**
 * Leave the page alone; look at its headings first (the title says nothing); run the gate on it (the title names a
 * report, or a 年报 column); or inject the engine at once (the title names one agency's report of one year).
 */
export type TitleVerdict = 'leave' | 'headings' | 'gate' | 'engine';

/** Portal titles join the page's name and the site's: "…_XX区人民政府", "… - 中国上海", "详情-XX局". */
const PART_SEPARATOR = /\s*[_|｜·•>»›]\s*|\s*[-—–]+\s*/;

/** A part that names no page: the CMS's word for an article page or a column, or the site itself. */
const NAMES_NO_PAGE =
  /(?:详情|详情页|详细信息|正文|内容|内容页|正文页|文章|文章页|首页|主页|信息公开|政务公开|门户网站|网站|官网|门户|政府网|之窗)$/;

/** A site's or agency's name ends so; longer than this it reads like a news headline ending in a place name. */
const SITE_NAME =
  /(?:人民政府|政府|委员会|管委会|办公室|办公厅|局|厅|委|办|署|院|中心|网|站|街道|镇|乡|区|县|市|省|州|盟|旗)$/;
const MAX_SITE_NAME = 24;

const CJK = /[\u3400-\u9fff]/;

/** Words of an annual or information-disclosure report, short of a full report title. */
const MAY_NAME_REPORT = /年报|年度报告|年度工作报告|信息公开.*报告/;

/** A title part that says nothing of the page: short, a CMS word, a site's name, or no Chinese at all. */
function saysNothing(part: string): boolean {
  const p = part.replace(/\s+/g, '');
  if (p.length <= 4 || !CJK.test(p) || NAMES_NO_PAGE.test(p)) return true;
  return p.length <= MAX_SITE_NAME && SITE_NAME.test(p);
}

/**
 * A page is left alone only when its title names something else: one that says nothing may still be a report (a
 * heading names it, or a late article brings it). A mistake here costs a first look (about 1.4 ms of the page's
 * main thread, with its watch) one way and a missed report the other, so anything unsure is looked at.
 */
export function titleVerdict(title: string | undefined, url: string): TitleVerdict {
  // Chrome's PDF viewer titles a tab by the file's name or its metadata: the page says whether it is a PDF.
  if (/\.pdf(?:$|[?#])/i.test(url)) return 'headings';
  const text = (title ?? '').trim();
  if (!text) return 'headings';
  const parts = text.split(PART_SEPARATOR).filter((p) => p.trim());
  const named = [text, ...parts].filter(looksLikeReportTitle);
  // Titled as one agency's report of one year: the gate's column test would let it through (a 年报 column is named
  // by its column's name, 政府信息公开年报), so the engine comes at once.
  if (named.some((t) => yearOf(t) !== null && agencyOf(t) !== '')) return 'engine';
  if (named.length) return 'gate';
  // A title that speaks of an annual or disclosure report in words the report-title test does not take
  // (2023年度报告_XX区人民政府, XX局2023年信息公开年报): its headings may name it fully.
  if (MAY_NAME_REPORT.test(text.replace(/\s+/g, ''))) return 'headings';
  return parts.every(saysNothing) ? 'headings' : 'leave';
}

export const GATE_FILE = '/gate.js';

/**
 * The page is no report, decided without its engine: the toolbar button's title says so (the engine says it
 * itself where it runs), so that a user hovering it, and a test, can tell "decided" from "not looked at yet".
 */
async function decidedNoReport(tabId: number): Promise<void> {
  await showStatus(tabId, false, null).catch(() => undefined);
}

/** The document of each tab already looked at (by its address), so that a later title change does not look twice. */
const lookedAt = new Map<number, string>();
/** The document of each tab whose first look said no: a later title naming a report still gets the gate. */
const declined = new Map<number, string>();

/** A new document in the tab (or none: the tab closed): it gets its own look. */
export function forgetTab(tabId: number): void {
  lookedAt.delete(tabId);
  declined.delete(tabId);
  clearTimeout(slowLoads.get(tabId));
  slowLoads.delete(tabId);
}

/**
 * A page still loading this long after it began (a slow or hanging resource: an analytics script, an embedded
 * player) is looked at anyway, as a manifest content script at document_idle would be: executeScript waits for the
 * document to be ready, not for every resource.
 */
export const SLOW_LOAD_MS = 3000;
const slowLoads = new Map<number, ReturnType<typeof setTimeout>>();

type TabChange = { status?: string; title?: string };
type TabNow = { url?: string; title?: string; status?: string };

/**
 * tabs.onUpdated, as the gate hears it: a page is looked at once it has loaded (or after SLOW_LOAD_MS of loading),
 * and again when its own script retitles it afterwards.
 */
export function tabUpdated(tabId: number, change: TabChange, tab: TabNow): void {
  if (change.status === 'loading') {
    forgetTab(tabId);
    const timer = setTimeout(() => {
      slowLoads.delete(tabId);
      void browser.tabs
        .get(tabId)
        .then((now: TabNow) => (now.status === 'loading' ? gateTab(tabId, now.url, now.title) : undefined))
        .catch(() => undefined);
    }, SLOW_LOAD_MS);
    slowLoads.set(tabId, timer);
  }
  if (change.status === 'complete' || (change.title !== undefined && tab.status === 'complete')) {
    clearTimeout(slowLoads.get(tabId));
    slowLoads.delete(tabId);
    void gateTab(tabId, tab.url, tab.title).catch(() => undefined);
  }
}

/** gov.cn, or a site the user added on the options page (an optional host permission granted). */
async function onGateSite(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
}

/**
 * Runs when a tab has loaded, or its title changed after: looks at the page unless its title rules it out, and
 * has the engine injected where the look finds a likely report.
 */
export async function gateTab(tabId: number, url: string | undefined, title: string | undefined): Promise<void> {
  if (!url || !/^https?:\/\//.test(url)) return;
  let verdict = titleVerdict(title, url);
  // A document is looked at once, unless its look said no and its title now names a report (its script retitled it).
  const again = () => declined.get(tabId) === url && (verdict === 'gate' || verdict === 'engine');
  if (lookedAt.get(tabId) === url && !again()) return;
  if (!(await onGateSite(url))) return;
  if (lookedAt.get(tabId) === url && !again()) return;
  lookedAt.set(tabId, url);
  declined.delete(tabId);
  if (verdict === 'leave') {
    // Said no by its title: a script that retitles it as a report later still gets the gate.
    declined.set(tabId, url);
    return decidedNoReport(tabId);
  }
  const target = { tabId, frameIds: [0] };
  // Each look answers once the page is decided, after a watch for a late article where there is none yet; a late
  // answer is for this document only: the tab may have moved on since. Both run in the extension's isolated world,
  // as the engine does: none of our code runs in the page's own world.
  const stillThere = () => lookedAt.get(tabId) === url;
  // Only a clear "no" stops: a look that failed (a page the browser would not script) goes on to the next step,
  // and at the end the engine decides.
  const answer = (run: Promise<{ result?: unknown }[]>) =>
    run.then(
      ([first]) => first?.result,
      () => undefined,
    );
  if (verdict === 'headings') {
    const look = await answer(
      browser.scripting.executeScript({
        target,
        func: firstLook,
        args: [TITLE_XPATH, WATCH_FOR_ARTICLE_MS, ARTICLE_DEBOUNCE_MS],
      }),
    );
    if (!stillThere()) return;
    if (look === false) {
      // Its title may have changed to a report's during the watch, when a second look was not yet due.
      const now = await browser.tabs.get(tabId).catch(() => undefined);
      const retitled = now?.url === url ? titleVerdict(now.title, url) : 'leave';
      if (!stillThere()) return;
      if (retitled !== 'gate' && retitled !== 'engine') {
        declined.set(tabId, url);
        return decidedNoReport(tabId);
      }
      verdict = retitled;
    }
  }
  if (verdict !== 'engine') {
    const gate = await answer(browser.scripting.executeScript({ target, files: [GATE_FILE] }));
    if (!stillThere()) return;
    if (gate === false) return decidedNoReport(tabId);
  }
  await startEngine(tabId);
}
