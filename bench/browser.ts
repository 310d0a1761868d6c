/**
 * What the extension costs each page's main thread in real Chromium, from a trace (tools/trace.ts): the thread
 * time of the renderer main thread's tasks that run JavaScript (the pages have none of their own), and the
 * longest of them. That is all the extension runs in the page: for a non-report, the gate's first look and watch
 * (where the title says nothing of the page) or nothing at all (where it names something else: the background
 * decides from the tab's title, which costs the page nothing); on a likely report gate.js, the engine and the
 * overlay. Beside it the floor: gate.js's own tasks (none where the title decides) plus a script that reads every
 * cell's text once (FLOOR_SCRIPT, run in an isolated world of the same Chromium without the extension, in a task
 * of its own after the page has loaded) — what any checker that reads the tables must pay.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  buildTestExtension,
  type ExtensionBrowser,
  launchPlain,
  launchWithExtension,
  VIEWPORT,
} from '../tools/browser';
import { serveFixtures, type FixtureServer } from '../tools/server';
import { mainThreadCost, startTrace, type MainThreadCost } from '../tools/trace';
import { writeOwnWorldFloor } from './own-world-floor';

const RUNS = 7;
/**
 * Fixture names, a server variant of one (sitetitle/<name>: titled with the site's name only, so the gate looks at
 * the page), or synthetic/<tables>x<rows>x<cols> for generated reports of growing size.
 */
const PAGES = [
  'not-report-budget',
  'not-report-guide',
  'sitetitle/not-report-budget',
  'not-report-list',
  'seed-000-shahe-2024',
  'seed-001-xiangtan-2024',
  'seed-002-yanzhou-2024',
  'seed-003-longde-2024',
  'seed-004-weidong-2023',
  'corpus-shanghai-2019',
  // A report with a 4 MB image inline in its markup.
  'inlineimage/planted-arithmetic',
  'synthetic/10x20x20',
  'synthetic/50x20x20',
];

/**
 * The floor: reads every cell's text once, in a task of its own after the page has loaded (when the engine runs,
 * at the earliest). Its tasks are found in the trace by the function's name, FLOOR_FUNCTION.
 */
const FLOOR_FUNCTION = 'govreportFloorRead';
const FLOOR_SCRIPT = `(() => {
  function ${FLOOR_FUNCTION}() { let n = 0; for (const c of document.querySelectorAll('td, th')) n += (c.textContent || '').length; globalThis.__floorChars = n; }
  if (document.readyState === 'complete') setTimeout(${FLOOR_FUNCTION}, 0); else addEventListener('load', () => setTimeout(${FLOOR_FUNCTION}, 0));
})();`;

/**
 * What a traced load measures: our extension (its gate's tasks apart), the read-every-cell floor script in a plain
 * Chromium, or the own-world floor's extension (which must have drawn its host).
 */
type Measured = 'ours' | 'floor' | 'own-world floor';

/** One load, traced until the extension has checked and drawn (or the floor script has run). */
export async function traced(
  ctx: BrowserContext,
  url: string,
  measured: Measured,
  settleMs: number,
  tries = 3,
): Promise<MainThreadCost> {
  const floor = measured === 'floor';
  const page: Page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  // Scripts registered so run only once the Page domain is enabled (the floor was the gate's tasks alone until
  // 2026-11-23). Registering it runs a little of it inside the parsing task; only the reading task is counted.
  if (floor) {
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: FLOOR_SCRIPT, worldName: 'floor' });
  }
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs); // the gate's decision, the check, the overlay's script and its first frames
  const events = await stop();
  // The script reads in a world of its own, where the page cannot see what it leaves: the trace must show it.
  const cells = floor ? await page.evaluate(() => document.querySelectorAll('td, th').length) : 0;
  // The own-world floor's host is in the page's tree, as ours is.
  const drawn =
    measured !== 'own-world floor' || (await page.evaluate(() => !!document.querySelector('html > [popover]')));
  await page.close();
  const cost = mainThreadCost(events, url, floor ? FLOOR_FUNCTION : '/gate.js');
  if ((cells > 0 && cost.partMs === 0) || !drawn) {
    // On a busy machine the trace has once ended before the script's timer fired (or the extension drew): load again.
    if (tries > 1) return traced(ctx, url, measured, settleMs + 500, tries - 1);
    throw new Error(`the ${measured} did not run on ${url}`);
  }
  return cost;
}

async function cellCount(ctx: BrowserContext, url: string): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(url);
  const n = await page.evaluate(() => document.querySelectorAll('td, th').length);
  await page.close();
  return n;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The median of the values present, or null where none is. */
export function medianOrNull(xs: (number | null)[]): number | null {
  const present = xs.filter((x): x is number => x !== null);
  return present.length ? median(present) : null;
}

export interface PageCost {
  page: string;
  cells: number;
  /** Median main-thread CPU of the extension's tasks, ms. */
  ms: number;
  /** Median of each load's longest such task, ms. */
  longestMs: number;
  /** Median of the gate's tasks plus the floor script's, ms. */
  floorMs: number;
  /**
   * On reports: median of the gate's tasks plus a minimal extension's that reads the markup in its own world and
   * draws our summary (bench/own-world-floor.ts), ms.
   */
  ownWorldFloorMs?: number;
  /** Median of V8's compiling of our scripts, ms (part of `ms`). */
  compileMs: number;
  /** Median time of the first badges (the end of the first task that ran overlay.js) after the page's parse began. */
  firstDrawMs: number | null;
  /** On reports: the same with the extension's service worker stopped just before each load (it must wake first). */
  stoppedWorkerDrawMs?: number | null;
  /** On synthetic pages: the page's JavaScript heap after a garbage collection, with the extension and without, MB. */
  heapMb?: number;
  plainHeapMb?: number;
  /** Median time of the page's load event after its parse began, with the extension and without it (plain). */
  loadMs: number | null;
  plainLoadMs: number | null;
}

/** The pages our overlay draws on, where the own-world floor is measured too. */
const isReportPage = (name: string) => /^(seed-|corpus-|synthetic\/)/.test(name);

/** PAGES, or those of them whose names contain one of `only`. */
export const pagesNamed = (only: string[]): string[] =>
  PAGES.filter((p) => !only.length || only.some((o) => p.includes(o)));

/** Where the fixture server serves a page of PAGES, and how long its check and first frames may take. */
export function pageUrl(srv: FixtureServer, name: string): { url: string; settleMs: number } {
  const [variant, fixture] = name.includes('/') ? name.split('/') : ['fixtures', name];
  const url = variant === 'synthetic' ? `${srv.base}/${name}.html` : srv.url(fixture!, variant);
  return { url, settleMs: name.startsWith('synthetic/') ? 2500 : 1200 };
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s idle, and waits until it has: the next page's
 * tabs.onUpdated must start it again before anything is injected.
 */
async function stopWorkers(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.ctx.newPage();
  try {
    const cdp = await ext.ctx.newCDPSession(page);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await page.close();
  }
}

/** The renderer's JavaScript heap (the page's world and ours) once the check has run, after a collection, MB. */
async function heapAfter(ctx: BrowserContext, url: string, settleMs: number): Promise<number> {
  const page = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
  } finally {
    await page.close();
  }
}

/** The in-page table for PAGES, or for those of them whose names contain one of `only`. */
export async function browserBench(only: string[] = []): Promise<PageCost[]> {
  buildTestExtension();
  const srv = await serveFixtures();
  const ownFloor = writeOwnWorldFloor();
  const rows: PageCost[] = [];
  let ext: ExtensionBrowser | undefined;
  let own: ExtensionBrowser | undefined;
  let plain: Browser | undefined;
  try {
    ext = await launchWithExtension();
    own = await launchWithExtension(ownFloor.dir);
    plain = await launchPlain();
    const plainCtx = await plain.newContext({ viewport: VIEWPORT });
    for (const name of pagesNamed(only)) {
      const { url, settleMs: settle } = pageUrl(srv, name);
      const withExt: MainThreadCost[] = [];
      const plainRuns: MainThreadCost[] = [];
      const floors: number[] = [];
      const ownFloors: number[] = [];
      const stoppedDraws: (number | null)[] = [];
      for (let i = 0; i < RUNS; i++) {
        const e = await traced(ext.ctx, url, 'ours', settle);
        const f = await traced(plainCtx, url, 'floor', 300);
        withExt.push(e);
        plainRuns.push(f);
        floors.push(e.partMs + f.partMs);
        if (isReportPage(name)) {
          ownFloors.push(e.partMs + (await traced(own.ctx, url, 'own-world floor', settle)).cpuMs);
          await stopWorkers(ext);
          stoppedDraws.push((await traced(ext.ctx, url, 'ours', settle)).firstDrawMs);
        }
      }
      const heaps = name.startsWith('synthetic/')
        ? { heapMb: await heapAfter(ext.ctx, url, settle), plainHeapMb: await heapAfter(plainCtx, url, 300) }
        : {};
      rows.push({
        ...heaps,
        page: name,
        cells: await cellCount(plainCtx, url),
        ms: median(withExt.map((x) => x.cpuMs)),
        longestMs: median(withExt.map((x) => x.longestMs)),
        floorMs: median(floors),
        ...(ownFloors.length ? { ownWorldFloorMs: median(ownFloors) } : {}),
        compileMs: median(withExt.map((x) => x.compileMs)),
        firstDrawMs: medianOrNull(withExt.map((x) => x.firstDrawMs)),
        ...(stoppedDraws.length ? { stoppedWorkerDrawMs: medianOrNull(stoppedDraws) } : {}),
        loadMs: medianOrNull(withExt.map((x) => x.loadMs)),
        plainLoadMs: medianOrNull(plainRuns.map((x) => x.loadMs)),
      });
    }
  } finally {
    await Promise.allSettled([ext?.close(), own?.close(), plain?.close(), srv.close()]);
    ownFloor.remove();
  }
  return rows;
}
