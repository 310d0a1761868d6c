/**
 * The extension API as the browser gives it, for the scripts that run in web pages (gate, engine, overlay) and the
 * messaging and settings they share with the extension's pages. Chrome's MV3 APIs return promises and Firefox has
 * `browser`, so these need no polyfill: wxt/browser's (webextension-polyfill) cost every report page 1–3 ms of its
 * main thread to set up. The extension's own pages and the background keep wxt/browser.
 */
import type { Browser } from '@wxt-dev/browser';

export function nativeBrowser(): typeof Browser {
  const g = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };
  return g.browser?.runtime ? g.browser : g.chrome!;
}
