/**
 * The content script's main-thread cost in real Chromium: each page is loaded with the test build of the
 * extension and without it, and the renderer's own counter (CDP Performance.getMetrics: ScriptDuration) is
 * compared (TaskDuration was tried and is too noisy at this scale: it includes layout and paint of the page). The difference is what the extension costs the page: parsing and running the
 * content script, the gate, and on a report the engine and the overlay.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { buildTestExtension, launchPlain, launchWithExtension, VIEWPORT } from '../tools/browser';
import { serveFixtures } from '../tools/server';

const RUNS = 9;
/** Fixture names, or synthetic/<tables>x<rows>x<cols> for generated reports of growing size. */
const PAGES = [
  'not-report-budget',
  'not-report-guide',
  'not-report-list',
  'not-report-news',
  'seed-001-xiangtan-2024',
  'planted-arithmetic',
  'corpus-shanghai-2019',
  'synthetic/10x20x20',
  'synthetic/50x20x20',
];

/** ScriptDuration: JavaScript on the renderer's main thread, all worlds (the page's and our isolated one). */
async function metrics(ctx: BrowserContext, url: string): Promise<{ script: number }> {
  const page: Page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(700); // document_idle, then the check and the first overlay frame
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (m.find((x) => x.name === name)?.value ?? 0) * 1000;
  await page.close();
  return { script: get('ScriptDuration') };
}

async function cellCount(ctx: BrowserContext, url: string): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(url);
  const n = await page.evaluate(() => document.querySelectorAll('td, th').length);
  await page.close();
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export interface PageCost {
  page: string;
  cells: number;
  /** Median ScriptDuration with the extension minus without, ms. */
  ms: number;
}

export async function browserBench(): Promise<PageCost[]> {
  buildTestExtension();
  const srv = await serveFixtures();
  const ext = await launchWithExtension();
  const plain = await launchPlain();
  const plainCtx = await plain.newContext({ viewport: VIEWPORT });
  const rows: PageCost[] = [];
  try {
    for (const name of PAGES) {
      const url = name.startsWith('synthetic/') ? `${srv.base}/${name}.html` : srv.url(name);
      const withExt: { script: number }[] = [];
      const without: { script: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        withExt.push(await metrics(ext.ctx, url));
        without.push(await metrics(plainCtx, url));
      }
      const s1 = median(withExt.map((x) => x.script));
      const s0 = median(without.map((x) => x.script));
      rows.push({ page: name, cells: await cellCount(plainCtx, url), ms: s1 - s0 });
    }
  } finally {
    await ext.close();
    await plain.close();
    await srv.close();
  }
  return rows;
}
