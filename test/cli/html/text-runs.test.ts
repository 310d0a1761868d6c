// The command line's tokenizer (cli/html/text-runs.ts: text a run at a time, plain tags whole) against parse5's own: the same
// tree, node for node — text, comments, attributes, doctype, template contents, quirks mode — on every fixture,
// the bench's generated batch, markup full of the characters that end a run, and random strings of them.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { writeBatch } from '../../../bench/batch';
import { decodeHtml } from '../../../cli/decode';
import { parseWithTextRuns } from '../../../cli/html/text-runs';
import { FIXTURES, fixtureNames } from '../../helpers';

type Node = DefaultTreeAdapterMap['node'];

/** Every node of the tree, one line each, in document order. */
function dump(node: Node, out: string[] = []): string[] {
  const n = node as Node & Record<string, unknown>;
  const fields = ['nodeName', 'value', 'data', 'namespaceURI', 'name', 'publicId', 'systemId', 'mode'];
  out.push(fields.map((f) => String(n[f] ?? '')).join('|') + JSON.stringify(n.attrs ?? []));
  for (const child of (n.childNodes as Node[] | undefined) ?? []) dump(child, out);
  if (n.content) dump(n.content as Node, out);
  out.push('/');
  return out;
}

/** The same tree, or the same exception (parse5 7 throws on two lone low surrogates in a row, which no decoded file holds). */
function expectSameTree(html: string): void {
  for (const scriptingEnabled of [true, false]) {
    const ours = () => dump(parseWithTextRuns(html, { treeAdapter: defaultTreeAdapter, scriptingEnabled }));
    let expected: string[];
    try {
      expected = dump(parse(html, { scriptingEnabled }));
    } catch (err) {
      expect(ours).toThrow((err as Error).message);
      continue;
    }
    expect(ours()).toEqual(expected);
  }
}

/** Markup where runs must stop: every character some state treats on its own, in every state handled. */
const SPECIAL = [
  '<p>文字 text\ttab\fform\r\ncrlf\rcr\nlf</p>',
  '<p>a&amp;b&lt;c &notanentity; &#x4E00;&#20108; & bare &copy</p>',
  '<p>nul\u0000here</p><p>astral 𠀀𝄞 pair, lone \ud800 high, lone \udc00 low</p>',
  '<p title="a &amp; b \'q\' <x>" data-x=\'say "hi" &lt;\' v=unquoted&amp;>属性</p>',
  '<p title="line\nbreak\r\ncrlf" alt="nul\u0000" lang=\'\ud83d\ude00\'>x</p>',
  '<p style="font-size: 12pt;\tfont-family: 宋体;\fmso-x: a  b " class=\'MsoNormal x  y\' title=" 前后 ">w</p>',
  '<!--[if gte mso 9]><xml> <w:WordDocument> <w:View>Print</w:View> </w:WordDocument> </xml><![endif]--><p>after</p>',
  '<!-- a "quoted" & \'single\' \t\f comment <! < !-- -->',
  '<td colspan=2 rowspan="3" class=\'x\'>a</td><o:p></o:p><br/><br clear/><img src=a/b.png/><p/ ><hr / >',
  '<P ALIGN=center>upper</P><p Class="c" class="d" id=a id=b>dup</p></p x="y"></td/><a b=\'c\'d>',
  '<a href = "x">sp</a><a href= x>sp2</a><a href="x&amp;y" title=\'&lt;\'>ent</a><a b="c"/d>',
  '<p\nclass="nl"\r\nid=\'crlf\'>lines</p><p class="a\nb">in value</p><p a=b\tc="d\te">tab</p>',
  '<table><tr><td style="x:y;">1</td></tr></table><textarea class=t><b>raw</b></textarea><style media=x>p{}</style>',
  '<!-- comment - with -- dashes <!-- nested --!> and 中文 --><!---->',
  '<!-- unterminated comment',
  '<title>标题 &amp; <b>not bold</b></title><textarea>\ntext &lt; area</textarea>',
  '<style>p > a { content: "<"; }</style><xmp>raw <b>text</b></xmp>',
  '<script>if (a < b && c) { x = "<!--"; } </script><script><!-- <script> --></script>',
  '<pre>\nleading newline kept out</pre><pre>\r\n crlf too</pre><listing>\nx</listing>',
  '<table>foster 中文<tr><td>1 2</td>  stray text <td>3</td></tr>  </table>',
  '<table><tr><td>\u0000</td></tr> \t\n </table>',
  '<svg><title>svg 标题</title><![CDATA[ cdata < & text ]]><desc>d</desc></svg><math><mi>x</mi></math>',
  '<template><td>in template</td>text</template><noscript><p>noscript 文字</p></noscript>',
  '<plaintext>everything <b>after</b> this & more',
  '<p>ends mid-run 文字',
  '<p>ends in a tag <b',
  '<p>ends in an attribute <b title="abc',
  '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN"><p>quirks</p>',
  '<html><head><meta charset=gbk><base href="/x/"></head><body>\u00a0\u3000全角空格\u00a0</body></html>',
];

describe('text runs: the tokenizer builds the tree parse5 builds', () => {
  it.each(fixtureNames())('fixture %s', (name) => {
    expectSameTree(decodeHtml(readFileSync(join(FIXTURES, `${name}.html`))));
  });

  it.each(SPECIAL)('%j', (html) => {
    expectSameTree(html);
  });

  it('the bench batch: generated reports in every CMS markup, GBK pages, non-reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'text-runs-'));
    try {
      const files = writeBatch(dir, 48);
      for (const f of files) expectSameTree(decodeHtml(readFileSync(f)));
      expect(readdirSync(dir)).toHaveLength(48);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('random strings of markup characters', () => {
    const pieces = fc.constantFrom(
      ...['<', '>', '&', '&amp;', '&#', ';', '"', "'", '=', '-', '--', '!', '/', '?', ' ', '\t', '\n', '\r', '\f'],
      ...['\u0000', '\ud83d', '\ude00', '文', 'a', 'B', '1', 'p', 'td', 'tr', 'table', 'title', 'script', 'style'],
      ...['textarea', 'pre', 'svg', 'template', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '</'],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => expectSameTree(parts.join(''))),
      { seed: 20261123, numRuns: Number(process.env.FUZZ_RUNS) ? 20000 : 2000 },
    );
  });

  it('random tags: names, attributes, quotes, blanks and line breaks as CMSs write them, and as they break them', () => {
    const pick = (...xs: string[]) => fc.constantFrom(...xs);
    const value = pick(
      '"a b"',
      "'a'",
      'v',
      'v/',
      '"&amp;"',
      "'x\"y'",
      '"a\nb"',
      '""',
      '"\u0000"',
      'a`b',
      '"文字"',
      "'a>b'",
    );
    const attr = fc.tuple(
      pick(' ', '  ', '\t', '\n', '\r\n', '\f', ''),
      pick('class', 'id', 'Style', 'data-x', 'o:p', 'x', '=x', 'colspan'),
      fc.option(fc.tuple(pick('=', ' = ', '= ', ' ='), value), { nil: undefined }),
    );
    const tag = fc.tuple(
      pick('<', '</'),
      pick('p', 'td', 'tr', 'table', 'o:p', 'TD', 'a1', 'x-y', 'b', 'textarea', 'style', 'br', 'svg'),
      fc.array(attr, { maxLength: 4 }),
      pick('>', '/>', ' >', ' / >', '', '\n>'),
    );
    const piece = fc.oneof(
      tag.map(
        ([open, name, attrs, close]) =>
          open + name + attrs.map(([sep, n, v]) => sep + n + (v ? v[0] + v[1] : '')).join('') + close,
      ),
      pick('文字', ' ', 'text', '&amp;', '<!-- c -->', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => expectSameTree(parts.join(''))),
      { seed: 20261207, numRuns: Number(process.env.FUZZ_RUNS) ? 20000 : 2000 },
    );
  });
});
