/**
 * Serves the fixtures on 127.0.0.1 (any port is within the test build's host permission), plus variants made on
 * the fly so every fixture stays single-source: /hostile/ adds an aggressive page stylesheet, /late/ delivers the
 * article by script after load (as some CMSs do), /sitetitle/ and /detailtitle/ give the page a title that names
 * no report (the site's name, 详情页: GENERIC_TITLES), /xss/ puts HTML-looking text in cells, /globals/ breaks the
 * page's globals and registers custom elements, /oldcms/ gives a generic title and the page's own `Map` and
 * `gate`, /iframe/ embeds the report in a same-origin iframe; /wide/,
 * /scrollbox/, /fixedheader/, /zoom/, /bodyzoom/ and /compact/ restyle the page the ways CMSs and 适老化 toolbars do (see
 * LAYOUTS); /quirks/ drops the doctype and puts every table in a <p>; /inlineimage/ adds a 4 MB data-URL image;
 * /scriptbuilt/ has the page's script build the article, with a note element inside each table; /hiddencopy/ puts
 * a CSS-hidden copy with other numbers before each table;
 * /synthetic/<tables>x<rows>x<cols>.html is a generated report with many large tables; and /portal/ is a
 * 年报 column (tools/portal.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { portalRoute } from './portal';
import { OVERLAY_HOST_SELECTOR } from '../core/overlay-host';
import { SECTION_IDS, sectionName } from '../core/vocabulary';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');

/** A page's own CSS at its worst: hides unknown elements, blows up fonts, targets anything that looks like us. */
export const HOSTILE_CSS = `
:not(html):not(head):not(body):not(div):not(p):not(span):not(table):not(tbody):not(thead):not(tr):not(td):not(th)
  :not(h1):not(h2):not(h3):not(strong):not(b):not(br):not(a):not(style):not(title):not(meta):not(script):not(link)
  :not(font):not(img):not(ul):not(li) { display: none !important; }
html > :not(head):not(body), body ~ *, ${OVERLAY_HOST_SELECTOR}, ${OVERLAY_HOST_SELECTOR} * {
  display: none !important; opacity: 0 !important; visibility: hidden !important; }
* { font-size: 28px !important; line-height: 2 !important; letter-spacing: 1px !important; }
div { position: relative; z-index: 99999 !important; }
button { display: none !important; }
`;

function hostile(html: string): string {
  return html.replace(/<\/head>/i, `<style>${HOSTILE_CSS}</style></head>`);
}

/** No report title until the article arrives: the title and meta are replaced by the portal's own. */
function late(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const head = html
    .slice(0, html.search(/<body/i))
    .replace(/<title>[\s\S]*?<\/title>/i, `<title>${htmlAscii('示例市人民政府门户网站')}</title>`)
    .replace(/<meta name="ArticleTitle"[^>]*>/i, '');
  return `${head}<body><div id="portal">${htmlAscii('正在加载…')}</div><template id="article">${body}</template>
<script>setTimeout(() => { document.getElementById('portal').replaceWith(document.getElementById('article').content.cloneNode(true)); }, 800);</script>
</body></html>`;
}

/**
 * A generic title, as many CMSs render article pages: the site's name, or the template's 详情页; the report's
 * name is only in the page's heading (the ArticleTitle meta tag goes too).
 */
export const GENERIC_TITLES = { sitetitle: '示例市人民政府门户网站', detailtitle: '详情页' } as const;
function genericTitle(title: string): (html: string) => string {
  return (html) =>
    html
      .replace(/<title>[\s\S]*?<\/title>/i, `<title>${htmlAscii(title)}</title>`)
      .replace(/<meta name="ArticleTitle"[^>]*>/i, '');
}

// Pages are rewritten as latin1 strings (to keep GBK bytes intact), so anything added must be ASCII.
const htmlAscii = (s: string) => s.replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
const jsAscii = (s: string) =>
  JSON.stringify(s).replace(/[^\x00-\x7f]|</gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The page's own script puts HTML-looking text into a row label and a column header, as text. */
export const XSS_LABEL = '<script>window.__pwned=2</script>';
export const XSS_HEADER = '<img src=x onerror="window.__pwned=1">';
function xss(html: string): string {
  const script = `<script>
for (const td of document.querySelectorAll('td')) {
  const t = td.textContent.trim();
  if (t.startsWith(${jsAscii('5.要求行政机关确认')})) td.textContent = t + ${jsAscii(XSS_LABEL)};
  if (t.startsWith(${jsAscii('本年收费金额')})) td.textContent = t + ${jsAscii(XSS_HEADER)};
}
</script>`;
  return html.replace(/<\/body>/i, `${script}</body>`);
}

/** A page that breaks the globals its own scripts could share with us, and registers custom elements. */
function globals(html: string): string {
  const script = `<script>
Array.prototype.map = function () { throw new Error('page broke Array.prototype.map'); };
Array.prototype.filter = function () { return []; };
Array.from = function () { return []; };
JSON.stringify = function () { return '"page JSON"'; };
JSON.parse = function () { return {}; };
Object.defineProperty(Node.prototype, 'textContent', { get() { return '0'; }, configurable: true });
Element.prototype.getBoundingClientRect = function () { return new DOMRect(0, 0, 0, 0); };
document.querySelectorAll = function () { return []; };
window.MutationObserver = function () { throw new Error('page broke MutationObserver'); };
window.requestAnimationFrame = function () { return 0; };
customElements.define('x-num', class extends HTMLElement { connectedCallback() { this.style.fontWeight = 'bold'; } });
customElements.define('govreport-overlay', class extends HTMLElement { constructor() { super(); throw new Error('trap'); } });
</script>`;
  return html
    .replace(/<\/head>/i, `${script}</head>`)
    .replace(/<body([^>]*)>/i, `<body$1><x-num>${htmlAscii('页面自定义元素')}</x-num>`);
}

/**
 * An old CMS page titled with the site's name whose scripts define globals of the names ours could use: its own
 * hash map `Map` (put/get of its own, no size), and a `gate`: none of it may reach our isolated world.
 */
export const OLD_CMS_GATE = 'page-gate';
function oldcms(html: string): string {
  const script = `<script>
function Map() { this.keys = []; this.values = []; }
Map.prototype.put = function (k, v) { this.keys.push(k); this.values.push(v); };
var gate = '${OLD_CMS_GATE}';
</script>`;
  return genericTitle(GENERIC_TITLES.sitetitle)(html).replace(/<\/head>/i, `${script}</head>`);
}

/** A portal page that shows the report inside a same-origin iframe. */
function iframe(_html: string, name = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${htmlAscii('示例市人民政府门户网站')}</title></head>
<body><h1>${htmlAscii('信息公开')}</h1><iframe src="/fixtures/${name}.html" style="width:1200px;height:800px"></iframe></body></html>`;
}

/**
 * Page layouts that move cells around under the overlay: tables wider than the window, tables in a scroll box,
 * an 80px fixed site header, CSS zoom on <html> or <body> (适老化 toolbars), and compact 11px tables.
 */
export const LAYOUTS = {
  wide: 'table { width: 1400px !important; }',
  scrollbox:
    '.govreport-test-box { overflow-x: auto; max-width: 700px; border: 2px solid #888; } table { width: 1400px !important; }',
  fixedheader:
    'body { padding-top: 80px; } #site-header { position: fixed; top: 0; left: 0; right: 0; height: 80px; background: #1d4e89; color: #fff; font: 24px/80px sans-serif; padding-left: 20px; z-index: 1000; }',
  zoom: 'html { zoom: 1.25; }',
  bodyzoom: 'body { zoom: 1.25; }',
  compact:
    'table { width: auto !important; } td, th, td * { font-size: 11px !important; line-height: 13px !important; } td, th { padding: 0 2px !important; } td p { margin: 0 !important; }',
};

/**
 * Markup as old CMS templates write it: no doctype (the parser's quirks mode, in which a <table> stays inside an
 * open <p>) and every table inside a paragraph.
 */
function quirks(html: string): string {
  return html
    .replace(/<!DOCTYPE[^>]*>/i, '')
    .replace(/<table/gi, '<p><table')
    .replace(/<\/table>/gi, '</table></p>');
}

/** An image pasted into the editor, kept inline as a data URL of about 4 MB (as some editors do). */
function inlineImage(html: string): string {
  const data = 'iVBORw0KGgo'.padEnd(4_000_000, 'QUFB');
  return html.replace(/<\/body>/i, `<p><img alt="" src="data:image/png;base64,${data}"></p></body>`);
}

/**
 * The report's tables built by the page's script, as some CMSs render them: each table gets a note element as its
 * first child (单位：件), a structure the page's script can make and no HTML parser would (a parser moves it out of
 * the table).
 */
function scriptBuilt(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const head = html.slice(0, html.search(/<body/i));
  return `${head}<body><template id="article">${body}</template>
<script>
document.body.append(document.getElementById('article').content.cloneNode(true));
for (const table of document.querySelectorAll('table')) {
  const note = document.createElement('div');
  note.className = 'table-note';
  note.textContent = ${jsAscii('单位：件')};
  table.prepend(note);
}
</script>
</body></html>`;
}

/**
 * Each table twice: a copy for printing that the page's own stylesheet hides, with other numbers (9 for every 0),
 * before the table shown. A reader of the page reads the shown one only.
 */
function hiddenCopy(html: string): string {
  return html
    .replace(/<\/head>/i, '<style>.print-copy { display: none; }</style></head>')
    .replace(/<table[\s\S]*?<\/table>/gi, (table) => {
      const copy = table.replace(/>(\s*)[0０]((?:\s|&nbsp;)*)</g, '>$19$2<');
      return `<div class="print-copy">${copy}</div>${table}`;
    });
}

function layout(kind: keyof typeof LAYOUTS): (html: string) => string {
  return (html) => {
    let out = html.replace(/<\/head>/i, `<style>${LAYOUTS[kind]}</style></head>`);
    if (kind === 'scrollbox') {
      out = out.replace(/<table/gi, '<div class="govreport-test-box"><table').replace(/<\/table>/gi, '</table></div>');
    }
    if (kind === 'fixedheader') {
      out = out.replace(/<body([^>]*)>/i, `<body$1><div id="site-header">${htmlAscii('示例市人民政府门户网站')}</div>`);
    }
    return out;
  };
}

const VARIANTS: Record<string, (html: string, name: string) => string> = {
  fixtures: (h) => h,
  hostile,
  late,
  sitetitle: genericTitle(GENERIC_TITLES.sitetitle),
  detailtitle: genericTitle(GENERIC_TITLES.detailtitle),
  xss,
  globals,
  oldcms,
  iframe,
  wide: layout('wide'),
  scrollbox: layout('scrollbox'),
  fixedheader: layout('fixedheader'),
  zoom: layout('zoom'),
  bodyzoom: layout('bodyzoom'),
  compact: layout('compact'),
  quirks,
  inlineimage: inlineImage,
  scriptbuilt: scriptBuilt,
  hiddencopy: hiddenCopy,
};

/**
 * A synthetic report page: the six parts, a real table 3 and `tables` extra tables of `rows` × `cols` numbers
 * (50 × 20 × 20 = 20,000 cells), for the huge-page test and the bench.
 */
export function syntheticReport(tables: number, rows: number, cols: number): string {
  const parts = SECTION_IDS.map((id) => sectionName(id).zh);
  const row = (label: string, n: number) => `<tr><td>${label}</td>${'<td>1</td>'.repeat(n)}</tr>`;
  const t3 = `<table>${row('本年新收政府信息公开申请数量', 7)}${row('上年结转政府信息公开申请数量', 7)}${row('（七）总计', 7)}${row('结转下年度继续办理', 7)}</table>`;
  const extra = Array.from(
    { length: tables },
    (_, t) =>
      `<p>附表${t + 1}</p><table>${Array.from({ length: rows }, (_, r) => row(`第${r + 1}项`, cols - 1)).join('')}</table>`,
  ).join('');
  const body = parts
    .map((p, i) => `<p><strong>${p}</strong></p>${i === 2 ? t3 : '<p>正文。</p>'}${i === 5 ? extra : ''}`)
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例局2024年政府信息公开工作年度报告</title></head><body><h1>示例局2024年政府信息公开工作年度报告</h1>${body}</body></html>`;
}

/**
 * A report page that publishes its report only as an attachment (as many agencies do): a report title, a line
 * and a link to the PDF under /pdf/ (also served under /download/, without the .pdf).
 */
function attachmentPage(name: string): string {
  const title = htmlAscii('示例区人民政府2023年政府信息公开工作年度报告');
  const link = htmlAscii('附件：2023年政府信息公开工作年度报告.pdf');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1><p>${htmlAscii('现将本机关2023年政府信息公开工作年度报告公布如下。')}</p>
<p><a href="/pdf/${name}.pdf">${link}</a></p></body></html>`;
}

export interface FixtureServer {
  base: string;
  url(name: string, variant?: string): string;
  close(): Promise<void>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    // /portal/: a 年报 column of a small portal (tools/portal.ts), for the batch check.
    if (req.url?.startsWith('/portal/')) {
      const answer = portalRoute(req.url, { navigation: req.headers['sec-fetch-mode'] === 'navigate' });
      if (answer) res.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
      else res.writeHead(404).end('not found');
      return;
    }
    const big = /^\/synthetic\/(\d+)x(\d+)x(\d+)\.html$/.exec(req.url ?? '');
    if (big) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(syntheticReport(Number(big[1]), Number(big[2]), Number(big[3])));
      return;
    }
    // /download/<name>: the same PDF at an address without .pdf, as download scripts of CMSs serve them.
    const pdf = /^\/(?:pdf\/([\w-]+)\.pdf|download\/([\w-]+))$/.exec(req.url ?? '');
    const pdfFile = pdf && join(FIXTURES, 'pdf', `${pdf[1] ?? pdf[2]}.pdf`);
    if (pdfFile && existsSync(pdfFile)) {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(readFileSync(pdfFile));
      return;
    }
    // /scanned/<name>.pdf: a scanned report (test/fixtures/scanned), pages that are images only.
    const scanned = /^\/scanned\/([\w.-]+)\.pdf$/.exec(req.url ?? '');
    const scannedFile = scanned && join(FIXTURES, 'scanned', `${scanned[1]}.pdf`);
    if (scannedFile && existsSync(scannedFile)) {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(readFileSync(scannedFile));
      return;
    }
    // /slow/<name>.pdf: the first 64 kB, then nothing for a minute (a slow portal: progress and cancel).
    const slow = /^\/slow\/([\w-]+)\.pdf$/.exec(req.url ?? '');
    const slowFile = slow && join(FIXTURES, 'pdf', `${slow[1]}.pdf`);
    if (slowFile && existsSync(slowFile)) {
      const bytes = readFileSync(slowFile);
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, 65536));
      const timer = setTimeout(() => res.end(bytes.subarray(65536)), 60_000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    const attached = /^\/attachment\/([\w-]+)\.html$/.exec(req.url ?? '');
    if (attached) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attachmentPage(attached[1]!));
      return;
    }
    const m = /^\/(\w+)\/([\w-]+)\.html$/.exec(req.url ?? '');
    const file = m && join(FIXTURES, `${m[2]}.html`);
    const variant = m && VARIANTS[m[1]!];
    if (!file || !variant || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    // latin1 keeps every byte, so GBK pages survive the rewrite untouched.
    const html = variant(readFileSync(file).toString('latin1'), m[2]!);
    res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(html, 'latin1'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (name, variant = 'fixtures') => `${base}/${variant}/${name}.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
