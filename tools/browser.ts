/**
 * Debian's Chromium with the test build of the extension loaded, for the end-to-end tests, the bench and the
 * icon renderer (apt-get install -y chromium fonts-wqy-zenhei).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Worker } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-test');

/**
 * `wxt build --mode test`: the extension as built for users, plus host permission (and so the gate) on 127.0.0.1
 * and localhost.
 * `root`: another checkout of the project (bench/paired.ts builds an earlier commit), with this one's packages.
 */
export function buildTestExtension(root = ROOT): void {
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  execFileSync(process.execPath, [wxt, 'build', '--mode', 'test'], { cwd: root, stdio: 'pipe' });
}

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: apt-get install -y chromium fonts-wqy-zenhei (or set CHROMIUM_PATH)');
  return found;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];
export const VIEWPORT = { width: 1280, height: 900 };

export interface ExtensionBrowser {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** `dir`: a built extension other than the test build (bench/paired.ts compares two). */
export async function launchWithExtension(dir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'govreport-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    locale: 'zh-CN',
    acceptDownloads: true,
    args: [...ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  let [sw] = ctx.serviceWorkers();
  if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 30_000 });
  // The worker may still be running its script: once it answers, its listeners are there. The gate is decided on
  // the background's tabs.onUpdated, so a page that loads before then would never be looked at.
  await sw.evaluate('true');
  const extensionId = new URL(sw.url()).host;
  return {
    ctx,
    sw,
    extensionId,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The same Chromium without the extension, for the layout comparison. */
export async function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
}
