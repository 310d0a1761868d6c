// The command line's light document (cli/html/light-dom.ts) against the reference DOM (happy-dom, what every other test
// reads pages with): the same findings and the same export, provenance selectors included, on every fixture and on
// generated pages; and every exported selector finds its cell again in the reference DOM, as it must in a browser.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../cli/decode';
import { parseLightHtml } from '../../../cli/html/light-dom';
import { parseHtml, releaseDocument } from '../../../cli/load';
import { analyze, toExport, type Analysis } from '../../../core/index';
import { parseSeed } from '../../../scripts/fixtures/seed';
import { renderPage, type Style } from '../../../scripts/fixtures/render';
import { SECTION_IDS, sectionName } from '../../../core/vocabulary';
import { FIXTURES, fixtureNames } from '../../helpers';

const URL = 'http://127.0.0.1/page.html';

/** What the command line prints for a page: the export of a report, else why it is none. */
function outcome(a: Analysis): unknown {
  return JSON.parse(JSON.stringify(a.isReport ? toExport(a) : a));
}

/** Every provenance in an export, with the cell text (`raw`) the selector's element must hold where there is one. */
function provenances(value: unknown, raw?: string, out: { selector: string; raw?: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) provenances(v, undefined, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.selector === 'string') out.push({ selector: o.selector, raw });
    for (const v of Object.values(o)) provenances(v, typeof o.raw === 'string' ? o.raw : undefined, out);
  }
  return out;
}

/** Both documents give the same result; every selector of it resolves, in happy-dom, to a cell with that text. */
async function expectSameOutcome(html: string): Promise<unknown> {
  const reference = parseHtml(html, URL);
  try {
    const expected = outcome(analyze(reference, URL, { debug: true }));
    const actual = outcome(analyze(parseLightHtml(html, URL), URL, { debug: true }));
    expect(actual).toEqual(expected);
    for (const p of provenances(expected)) {
      const el = reference.querySelector(p.selector);
      expect(el?.tagName, p.selector).toMatch(/^T[DH]$/);
      if (p.raw !== undefined) expect((el!.textContent ?? '').replace(/\s+/g, ' ').trim()).toBe(p.raw);
    }
    return expected;
  } finally {
    await releaseDocument(reference);
  }
}

describe('light document: the same results as the reference DOM', () => {
  it.each(fixtureNames())('fixture %s', async (name) => {
    const html = decodeHtml(readFileSync(join(FIXTURES, `${name}.html`)));
    const result = (await expectSameOutcome(html)) as { isReport: boolean };
    // The comparison means something: reports do give provenance to compare.
    if (result.isReport !== false) expect(provenances(result).length).toBeGreaterThan(50);
  });

  it('answers the selectors the engine writes, in document order, and refuses any other', () => {
    const doc = parseLightHtml(
      '<head><meta name="PubDate" content="2025-01-20"><meta property="og:title" content="T"></head>' +
        '<body><h2 id="a">b</h2><h1 class="Big-Title">a</h1><svg><title>svg</title></svg><a href="x.pdf">f</a></body>',
    );
    expect(doc.querySelector('meta[name="PubDate"], meta[property="PubDate"]')?.getAttribute('content')).toBe(
      '2025-01-20',
    );
    expect(doc.querySelector('meta[name="pubdate"]')).toBeNull();
    expect(Array.from(doc.querySelectorAll('h1, h2, h3')).map((e) => e.textContent)).toEqual(['b', 'a']);
    expect(Array.from(doc.querySelectorAll('[class*="title" i], [id*="title" i]')).map((e) => e.tagName)).toEqual([
      'H1',
    ]);
    expect(doc.querySelectorAll('a[href]')).toHaveLength(1);
    expect(doc.title).toBe('');
    expect(() => doc.querySelector('div > p')).toThrow(/unsupported selector/);
    expect(() => doc.querySelector('p:first-child')).toThrow(/unsupported selector/);
  });
});

/**
 * Broken markup as Chromium 156 builds it (`chromium --headless --dump-dom`, body contents), where happy-dom's own
 * parser departs from the standard (it keeps text inside tables, lets <p> nest): the light document must build the
 * browser's tree, since the exported selectors are to be used in a browser.
 */
const CHROMIUM_TREES: [string, string][] = [
  ['<p>段落<p>未闭合的段落', '<p>段落</p><p>未闭合的段落</p>'],
  ['<b><p>错误嵌套</b>的标签</p>', '<b></b><p><b>错误嵌套</b>的标签</p>'],
  ['<table><tr><td>未闭合<td>单元格</table>', '<table><tbody><tr><td>未闭合</td><td>单元格</td></tr></tbody></table>'],
  ['<table>abc<tr>x<td>1</td>y</tr></table>', 'abcxy<table><tbody><tr><td>1</td></tr></tbody></table>'],
  [
    '<table><tr><td>1</td></tr><p>段</p><div>块</div></table>',
    '<p>段</p><div>块</div><table><tbody><tr><td>1</td></tr></tbody></table>',
  ],
  ['<ul><li>一<li>二</ul>', '<ul><li>一</li><li>二</li></ul>'],
  ['<p>a<table><tr><td>1</table>b', '<p>a</p><table><tbody><tr><td>1</td></tr></tbody></table>b'],
  ['<a href=x><div>块<a href=y>内</a></div></a>', '<a href="x"></a><div><a href="x">块</a><a href="y">内</a></div>'],
  [
    '<table><tr><td><table><tr><td>内</table>外</td></tr></table>',
    '<table><tbody><tr><td><table><tbody><tr><td>内</td></tr></tbody></table>外</td></tr></tbody></table>',
  ],
  ['<h1>一<h2>二</h1>三', '<h1>一</h1><h2>二</h2>三'],
  ['<td>孤立单元格</td><tr><td>孤立行', '孤立单元格孤立行'],
  [
    '<table><thead><tr><th>h</thead><tfoot><tr><td>f</tfoot><tbody><tr><td>b</table>',
    '<table><thead><tr><th>h</th></tr></thead><tfoot><tr><td>f</td></tr></tfoot><tbody><tr><td>b</td></tr></tbody></table>',
  ],
  [
    '<svg><title>图</title><foreignObject><p>x</p></foreignObject></svg>',
    '<svg><title>图</title><foreignObject><p>x</p></foreignObject></svg>',
  ],
  [
    '<font face="宋体"><p>f</p></font><i>1<b>2<u>3</i>4</b>5</u>',
    '<font face="宋体"><p>f</p></font><i>1<b>2<u>3</u></b></i><b><u>4</u></b><u>5</u>',
  ],
];

/** Body contents serialised like Chromium's --dump-dom (enough for these cases: no raw-text elements). */
function serialise(node: ChildNode): string {
  if (node.nodeType === 3)
    return (node.nodeValue ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  // Upper-cased tag names are HTML's; svg keeps its own case (foreignObject).
  const tag = el.namespaceURI === 'http://www.w3.org/1999/xhtml' ? el.tagName.toLowerCase() : el.tagName;
  const attrs = ['href', 'face']
    .map((a) => (el.getAttribute(a) === null ? '' : ` ${a}="${el.getAttribute(a)}"`))
    .join('');
  const children = (el as unknown as { childNodes: ChildNode[] }).childNodes;
  return `<${tag}${attrs}>${Array.from(children).map(serialise).join('')}</${tag}>`;
}

describe('light document: broken markup repaired as Chromium repairs it', () => {
  it.each(CHROMIUM_TREES)('%s', (html, chromium) => {
    const body = parseLightHtml(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body!;
    const children = (body as unknown as { childNodes: ChildNode[] }).childNodes;
    expect(Array.from(children).map(serialise).join('')).toBe(chromium);
  });
});

// ---- Generated pages --------------------------------------------------------------------------------------------

const SEEDS = join(import.meta.dirname, '../../../scripts/fixtures/seeds');
const seeds = readdirSync(SEEDS)
  .sort()
  .map((f) => parseSeed(readFileSync(join(SEEDS, f), 'utf8')));
const STYLES: Style[] = ['word', 'trs', 'hanweb', 'flat', 'oneline'];

/** Blocks real pages carry, well formed (broken markup is compared with Chromium above, not with happy-dom). */
const BLOCKS = [
  '<!-- 注释 -->',
  '<table><tr><td>1</td><td>2</td></tr></table>',
  '<table><caption>表</caption><colgroup><col></colgroup><thead><tr><th>自然人</th></tr></thead><tr><td>3</td></tr></table>',
  '<div hidden><table><tr><td>9</td></tr></table></div>',
  '<table><tr><td><table><tr><td>内</td></tr></table></td></tr></table>',
  '<p>&nbsp;&amp;&lt;&#x4E00;&#20108;&copy;</p>',
  '<p><br><br/></p><hr>',
  '<p><font face="宋体"><span style="display:none">隐藏</span>显示</font></p>',
  '<TABLE BORDER=1><TR><TD COLSPAN=2>大写</TD></TR><TR><TD>1</TD><TD>2</TD></TR></TABLE>',
  '<p>（续表）</p>',
  '<ul><li>一</li><li>二</li></ul>',
];

const generated = fc.record({
  seed: fc.integer({ min: 0, max: seeds.length - 1 }),
  style: fc.constantFrom(...STYLES),
  splitT3After: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  phantomT4Row: fc.boolean(),
  title: fc.constantFrom('示例局2024年政府信息公开工作年度报告', '通知', ''),
  inserts: fc.array(
    fc.tuple(
      fc.nat(),
      fc.oneof(
        fc.constantFrom(...BLOCKS),
        fc.constantFrom(...SECTION_IDS).map((id) => `<p>${sectionName(id).zh}</p>`),
      ),
    ),
    { maxLength: 8 },
  ),
});

describe('light document: generated pages', () => {
  it('five seeds in every CMS markup, with blocks inserted between blocks, read alike', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        let html = renderPage(seeds[g.seed]!, {
          style: g.style,
          title: g.title,
          splitT3After: g.splitT3After,
          phantomT4Row: g.phantomT4Row,
        });
        for (const [at, quirk] of g.inserts) {
          // After a block of the article (not inside a table: text there is moved out, which happy-dom does not do).
          const gaps = [...html.matchAll(/<\/(?:p|table|h\d|div)>\n/g)]
            .filter((m) => !/<td[^>]*>(?:(?!<\/td>).)*$/s.test(html.slice(Math.max(0, m.index! - 400), m.index!)))
            .map((m) => m.index! + m[0].length);
          const i = gaps[at % gaps.length]!;
          html = html.slice(0, i) + quirk + html.slice(i);
        }
        await expectSameOutcome(html);
      }),
      { seed: 20261123, numRuns: Number(process.env.FUZZ_RUNS) ? 1000 : 60 },
    );
  }, 120_000);
});
