/**
 * A second floor for report pages: the least an extension pays that reads the page in a world of its own and draws
 * our summary there, with nothing of ours in between. A minimal MV3 extension, written out for the bench and
 * never shipped: its background injects a one-line script into the page's isolated world (as the engine is) that
 * gives back the page's markup from a task of its own, then a function that puts the same host, stylesheet and
 * summary pill as the overlay's into the top layer, in the page's type, and lays it out once; a frame callback
 * makes its first frame count as the overlay's does (its ResizeObserver). What this costs beyond the read-every-cell
 * floor is the design's own price: the isolated world, two injections, the host and the summary's style, layout
 * and paint. What ours costs beyond this is mostly our code (compiling and running the engine and the overlay,
 * placing the answer's anchors, the badges, the listeners), and our third injection.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_CSS } from '../components/overlay/host';
import { OVERLAY_CSS } from '../components/overlay/styles';

const MANIFEST = {
  manifest_version: 3,
  name: 'own-world floor (bench only)',
  version: '1.0',
  permissions: ['scripting'],
  host_permissions: ['http://127.0.0.1/*'],
  background: { service_worker: 'background.js' },
};

/** Runs in the page's isolated world: the markup, from a task after the one that ran the script (as the engine). */
const READ = `new Promise((resolve) => setTimeout(() => resolve(document.documentElement.outerHTML), 0));`;

/**
 * The background: plain JavaScript, since the function it injects is sent as its source. The pill is built as
 * components/overlay/layer.ts and list.ts build it (name, three counts with their marks, the caret; not their
 * attributes, which no style depends on), in the type page-type.ts gives it on the bench's pages.
 */
const BACKGROUND = `
const HOST_CSS = ${JSON.stringify(HOST_CSS)};
const CSS = ${JSON.stringify(OVERLAY_CSS)};
function draw(hostCss, css, markupLength) {
  const make = (tag, cls, ...kids) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    e.append(...kids);
    return e;
  };
  const host = document.createElement('div');
  host.style.cssText = hostCss;
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const layer = make('div', 'layer');
  // The bench's reports: their first table is the report's, whose first cell page-type.ts samples.
  const sample = document.querySelector('table td, table th') || document.documentElement;
  const type = getComputedStyle(sample);
  layer.style.fontFamily = type.fontFamily;
  layer.style.fontSize = Math.min(16, Math.max(12, parseFloat(type.fontSize))) + 'px';
  const n = String(markupLength % 10);
  const count = (severity, word) => make('span', 'count', make('span', 'dot sev-' + severity), n + ' ' + word);
  const pill = make('button', 'pill', make('span', 'name', '年报体检'),
    make('span', 'counts', count('error', '错误'), count('warning', '警告'), count('info', '提示')), make('span', 'caret'));
  pill.type = 'button';
  layer.append(make('div', 'panel', pill));
  shadow.append(layer);
  host.setAttribute('popover', 'manual');
  document.documentElement.append(host);
  host.showPopover();
  requestAnimationFrame(() => {});
  return layer.getBoundingClientRect().width;
}
chrome.tabs.onUpdated.addListener(async (tabId, info, tab) => {
  if (info.status !== 'complete' || !tab.url || !tab.url.startsWith('http://127.0.0.1')) return;
  const [read] = await chrome.scripting.executeScript({ target: { tabId }, files: ['read.js'] });
  const html = read && typeof read.result === 'string' ? read.result : '';
  await chrome.scripting.executeScript({ target: { tabId }, func: draw, args: [HOST_CSS, CSS, html.length] });
});
`;

/** Writes the extension to a new temporary directory: where it is, and how to remove it. */
export function writeOwnWorldFloor(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-own-world-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'read.js'), READ);
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
