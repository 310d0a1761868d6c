/**
 * Debian's Firefox ESR with the Firefox test build of the extension, driven by puppeteer-core over WebDriver BiDi,
 * for the Firefox end-to-end tests (apt-get install -y firefox-esr fonts-wqy-zenhei). Written for Firefox ESR 140, the
 * oldest the README supports: nothing here needs a newer one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DevtoolsClient, DEVTOOLS_PREFS, freePort } from './firefox-devtools';

const ROOT = resolve(import.meta.dirname, '..');
/** `wxt build --mode test -b firefox`: MV2, the users' build plus host permission (and so the gate) locally. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2-test');

export function buildFirefoxTestExtension(): void {
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  execFileSync(process.execPath, [wxt, 'build', '--mode', 'test', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
}

/** Firefox's pref resolves this name to 127.0.0.1, so the fixture server is a gov.cn site to the extension. */
export const GOV_TEST_HOST = 'nianbao-test.gov.cn';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to test in, or undefined when none is installed. */
export function firefoxPath(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

/** A fixed moz-extension:// host, so the tests know the extension's pages' URLs before installing it. */
const EXTENSION_UUID = '5d1f3a0c-7e2b-4c86-9a41-0b6e2d8f7c13';

export interface FirefoxExtension {
  browser: Browser;
  /** Where 「导出 JSON」 files land (Firefox saves downloads there without asking). */
  downloads: string;
  /**
   * Opens an extension page (popup.html, …) in a new background tab, as the toolbar button would: the active tab
   * stays the page the popup is about.
   */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The window's size. Pages get no viewport of their own: puppeteer sets one over BiDi with a screen-orientation
 * command that Firefox ESR 140 lacks, so a page is the window less its toolbars, in every supported version.
 */
export const FIREFOX_WINDOW = { width: 1280, height: 900 };

export async function launchFirefoxWithExtension(): Promise<FirefoxExtension> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox test build: run npx wxt build --mode test -b firefox`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const downloads = mkdtempSync(join(tmpdir(), 'govreport-ff-downloads-'));
  const debuggerPort = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: null,
    args: [
      `--width=${FIREFOX_WINDOW.width}`,
      `--height=${FIREFOX_WINDOW.height}`,
      // Lets the tests run a script in the browser window itself (see openExtensionPage).
      '--start-debugger-server',
      String(debuggerPort),
    ],
    extraPrefsFirefox: {
      ...DEVTOOLS_PREFS,
      'network.dns.localDomains': GOV_TEST_HOST,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'intl.accept_languages': 'zh-CN',
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  let devtools: DevtoolsClient | undefined;
  const close = async () => {
    devtools?.close();
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
  };
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    devtools = await DevtoolsClient.connect(debuggerPort);
  } catch (err) {
    await close();
    throw err;
  }
  const client = devtools;

  async function openExtensionPage(path: string): Promise<Page> {
    const url = `moz-extension://${EXTENSION_UUID}/${path}`;
    const before = new Set(await browser.pages());
    // BiDi refuses to navigate a tab to moz-extension://, so the window opens it, with the system principal. A
    // background tab gets no animation frames and slowed timers (Preact runs effects after a frame): marked
    // active, it renders at once, as the real popup does.
    await client.evaluateInBrowserWindow(`{
      const { gBrowser } = Services.wm.getMostRecentWindow('navigator:browser');
      const tab = gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
      });
      tab.linkedBrowser.docShellIsActive = true;
    }`);
    // Puppeteer keeps the new tab's first URL (about:blank): ask each new tab where it is, until one is there. A tab
    // still starting can leave that question unanswered, so each ask gets a second.
    const hrefOf = (page: Page) =>
      Promise.race([
        page.evaluate(() => location.href).catch(() => ''),
        new Promise<string>((r) => setTimeout(() => r(''), 1000)),
      ]);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        if (before.has(page)) continue;
        if ((await hrefOf(page)) === url) return page;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} did not open`);
  }

  return { browser, downloads, openExtensionPage, close };
}
