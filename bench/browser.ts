/**
 * The content script's main-thread cost in real Chromium: each page is loaded with the test build of the
 * extension and without it, and the renderer's own counter (CDP Performance.getMetrics: ScriptDuration) is
 * compared (TaskDuration was tried and is too noisy at this scale: it includes layout and paint of the page). The difference is what the extension costs the page: parsing and running the
 * content script, the gate, and on a report the engine and the overlay.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPlain, launchWithExtension, VIEWPORT } from '../test/e2e/browser';
import { serveFixtures } from '../test/e2e/server';

const RUNS = 9;
const PAGES = ['not-report-budget', 'not-report-guide', 'not-report-list', 'not-report-news', 'seed-001-xiangtan-2024', 'planted-arithmetic', 'corpus-shanghai-2019'];

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function browserBench(): Promise<string[][]> {
  const root = resolve(import.meta.dirname, '..');
  if (!process.env.NOBUILD) execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'test'], { cwd: root, stdio: 'pipe' });
  const srv = await serveFixtures();
  const ext = await launchWithExtension();
  const plain = await launchPlain();
  const plainCtx = await plain.newContext({ viewport: VIEWPORT });
  const rows: string[][] = [['page (Chromium, median of ' + RUNS + ')', 'script ms with extension', 'without', 'extension costs ms']];
  try {
    for (const name of PAGES) {
      const url = srv.url(name);
      const withExt: { script: number }[] = [];
      const without: { script: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        withExt.push(await metrics(ext.ctx, url));
        without.push(await metrics(plainCtx, url));
      }
      const s1 = median(withExt.map((x) => x.script));
      const s0 = median(without.map((x) => x.script));
      rows.push([name, s1.toFixed(2), s0.toFixed(2), (s1 - s0).toFixed(2)]);
    }
  } finally {
    await ext.close();
    await plain.close();
    await srv.close();
  }
  return rows;
}
