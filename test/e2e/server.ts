/**
 * Serves the fixtures on 127.0.0.1 (any port matches the test build's content script), plus two variants made on
 * the fly so every fixture stays single-source: /hostile/<name>.html adds an aggressive page stylesheet, and
 * /late/<name>.html delivers the article by script after load, the way some CMSs do.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURES } from '../helpers';

/** A page's own CSS at its worst: hides unknown elements, blows up fonts, targets anything that looks like us. */
export const HOSTILE_CSS = `
:not(html):not(head):not(body):not(div):not(p):not(span):not(table):not(tbody):not(thead):not(tr):not(td):not(th)
  :not(h1):not(h2):not(h3):not(strong):not(b):not(br):not(a):not(style):not(title):not(meta):not(script):not(link)
  :not(font):not(img):not(ul):not(li) { display: none !important; }
html > :not(head):not(body), body ~ *, [data-govreport-overlay], [data-govreport-overlay] * { display: none !important; opacity: 0 !important; visibility: hidden !important; }
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
    .replace(/<title>[\s\S]*?<\/title>/i, '<title>示例市人民政府门户网站</title>')
    .replace(/<meta name="ArticleTitle"[^>]*>/i, '');
  return `${head}<body><div id="portal">正在加载…</div><template id="article">${body}</template>
<script>setTimeout(() => { document.getElementById('portal').replaceWith(document.getElementById('article').content.cloneNode(true)); }, 800);</script>
</body></html>`;
}

const VARIANTS: Record<string, (html: string) => string> = { fixtures: (h) => h, hostile, late };

export interface FixtureServer {
  base: string;
  url(name: string, variant?: keyof typeof VARIANTS): string;
  close(): Promise<void>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const m = /^\/(\w+)\/([\w-]+)\.html$/.exec(req.url ?? '');
    const file = m && join(FIXTURES, `${m[2]}.html`);
    const variant = m && VARIANTS[m[1]!];
    if (!file || !variant || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    // latin1 keeps every byte, so GBK pages survive the rewrite untouched.
    const html = variant(readFileSync(file).toString('latin1'));
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
