// A page checked from its markup (core/places.ts): the background parses a copy with the light document, and the
// places it names are the page's own elements — the same ones a check of the page's own tree anchors to.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import { anchorChain, titleElement, titleParagraph } from '../../core/anchor';
import type { Finding } from '../../core/model';
import { parseLightHtml } from '../../core/html/light-dom';
import { analyze, analyzeScan, type Analysis } from '../../core/index';
import { elementsAt, placedCells, placesMissing, placesOf, type PlaceNode, type Places } from '../../core/places';
import { resolveAnchors, scanAll } from '../../core/scan';
import { fixtureNames, loadFixture } from '../helpers';

/** What the background answers for `doc`'s markup, found again in `doc`. */
function viaMarkup(doc: Document): { analysis: Analysis; places: Places } | undefined {
  const copy = parseLightHtml(`<!DOCTYPE html>${doc.documentElement.outerHTML}`, doc.URL);
  const scanned = scanAll(copy, doc.URL);
  if ('isReport' in scanned) return undefined;
  const analysis = analyzeScan(scanned.scan);
  if (!analysis.isReport) return undefined;
  const places = placesOf(analysis.anchors, scanned.elements, analysis.findings, analysis.report);
  return { analysis: { ...analysis, anchors: resolveAnchors(analysis.anchors, elementsAt(doc, places)) }, places };
}

describe('places', () => {
  it('give, for every finding on every fixture, the badge places a check of the page itself gives', () => {
    let findings = 0;
    let cells = 0;
    for (const name of fixtureNames()) {
      const doc = loadFixture(name);
      const local = analyze(doc, doc.URL);
      const remote = viaMarkup(doc);
      expect(remote === undefined, name).toBe(!local.isReport);
      if (!local.isReport || !remote?.analysis.isReport) continue;
      const { report, anchors } = remote.analysis;
      expect(remote.analysis.findings, name).toEqual(local.findings);
      for (const f of local.findings) {
        const chain = anchorChain(f, titleParagraph(report), anchors);
        const want = anchorChain(f, titleParagraph(local.report), local.anchors);
        // The very elements (toEqual would take any element of the same markup for it).
        expect(chain.length, `${name} ${f.rule}`).toBe(want.length);
        chain.forEach((c, i) => {
          expect(c.el === want[i]!.el, `${name} ${f.rule} #${i}`).toBe(true);
          expect([c.placement, c.key]).toEqual([want[i]!.placement, want[i]!.key]);
        });
        findings++;
        cells += f.cells?.length ?? 0;
      }
      expect(titleElement(titleParagraph(report), anchors), name).toBe(
        titleElement(titleParagraph(local.report), local.anchors),
      );
      // Only what a finding can be drawn at is placed: not every cell of the report.
      expect(placedCells(remote.places).size, name).toBeLessThan(local.anchors.cells.size);
    }
    expect(findings).toBeGreaterThan(30);
    expect(cells).toBeGreaterThan(30);
  });

  it('are the tags and the child indices below <html>, with <tbody> counted as the parser inserts it', () => {
    const html =
      '<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p><table><tr><td>1</td></tr></table></body></html>';
    const copy = parseLightHtml(html);
    const td = copy.querySelector('td')!;
    const places = placesOf(
      { cells: { 'T1:a:b': 0 }, paragraphs: [], headings: {}, pageTables: [], tables: {} },
      { blocks: [], cells: [td], root: copy.body },
      [
        {
          rule: 'X',
          severity: 'error',
          message: '',
          cells: [{ table: 'T1', row: 'a', col: 'b' }],
        } as unknown as Finding,
      ],
      { paragraphs: [] },
    );
    // html > body (1) > table (1) > tbody (0) > tr (0) > td (0)
    expect(pathsOf(places)).toEqual(['html:0 body:1 table:1 tbody:0 tr:0 td:0 = cell 0']);
    const page = parseHtml(html);
    expect(elementsAt(page, places).cells[0]).toBe(page.querySelector('td'));
  });

  it('that the page no longer has, or whose tags differ on the way, are left out: no badge rather than a wrong one', () => {
    const page = parseHtml(
      '<!DOCTYPE html><html><body><div><table><tr><td>1</td></tr></table></div><p>x</p><section><table><tr><td>2</td></tr></table></section></body></html>',
    );
    const at = (tag: string, index: number, more: Partial<PlaceNode> = {}): PlaceNode => ({ tag, index, ...more });
    const cellOf = (index: number, cell: number) =>
      at('div', index, {
        next: [
          at('table', 0, {
            next: [at('tbody', 0, { next: [at('tr', 0, { next: [at('td', 0, { cells: [cell] })] })] })],
          }),
        ],
      });
    const places: Places = {
      root: at('html', 0, {
        next: [
          at('body', 1, {
            next: [
              at('p', 0, { blocks: [1] }),
              at('p', 1, { blocks: [0], next: [at('p', 0, { blocks: [3] })] }),
              at('p', 9, { blocks: [2] }),
              // The first table's cell; then the same indices under a <section> where the copy had a <div>, whose
              // cell would be the page's other table's: left out.
              cellOf(0, 5),
              cellOf(2, 6),
            ],
          }),
          // <body> is the second child of <html>, not the first.
          at('body', 0, { blocks: [4] }),
        ],
      }),
    };
    const found = elementsAt(page, places);
    expect(found.blocks[0]).toBe(page.querySelector('p'));
    expect(Object.keys(found.blocks)).toEqual(['0']);
    expect(found.cells[5]?.textContent).toBe('1');
    expect(found.cells[6]).toBeUndefined();
    expect(found.root).toBe(page.body);
    expect(placesMissing(places, found)).toBe(5);
  });

  it('of a page whose script built what a parser would not: no badge goes to the same-shaped table next door', () => {
    const table = (n: number) => `<table><tr><td>第${n}表</td><td>${n}</td></tr></table>`;
    const page = parseHtml(`<!DOCTYPE html><html><body>${table(1)}${table(2)}${table(3)}<p>尾</p></body></html>`);
    // A script puts a <div> straight into the first table: its markup, parsed again, has the <div> before it.
    const div = page.createElement('div');
    div.textContent = '提示';
    page.querySelector('table')!.prepend(div);
    const copy = parseLightHtml(`<!DOCTYPE html>${page.documentElement.outerHTML}`);
    expect([...copy.body.children].map((e) => e.tagName)).toEqual(['DIV', 'TABLE', 'TABLE', 'TABLE', 'P']);
    const cells = [...copy.querySelectorAll('td')].filter((td) => /^\d$/.test(td.textContent ?? ''));
    const refs = {
      cells: { 'T1:a:b': 0, 'T2:a:b': 1, 'T3:a:b': 2 },
      paragraphs: [],
      headings: {},
      pageTables: [],
      tables: {},
    };
    const findings = ['T1', 'T2', 'T3'].map(
      (t) =>
        ({
          rule: 'X',
          severity: 'error',
          message: '',
          cells: [{ table: t, row: 'a', col: 'b' }],
        }) as unknown as Finding,
    );
    const places = placesOf(refs, { blocks: [], cells, root: copy.body }, findings, { paragraphs: [] });
    const live = [...page.querySelectorAll('td')].filter((td) => /^\d$/.test(td.textContent ?? ''));
    // The copy's tables are the page's children plus one: by tags alone, the second table's badge goes to the third.
    expect(elementsAt(page, withoutPrints(places)).cells[1]).toBe(live[2]);
    // With the texts' prints, each finds its own cell or none.
    const found = elementsAt(page, places);
    expect(found.cells[1]).toBeUndefined();
    for (const i of [0, 2]) expect([undefined, live[i]]).toContain(found.cells[i]);
  });
});

/** Each numbered node of `places` as its path from <html> ("tag:index …") and its numbers. */
function pathsOf(places: Places): string[] {
  const out: string[] = [];
  const walk = (node: PlaceNode, path: string) => {
    const here = `${path}${path ? ' ' : ''}${node.tag}:${node.index}`;
    const numbers = [...(node.blocks ?? []).map((b) => `block ${b}`), ...(node.cells ?? []).map((c) => `cell ${c}`)];
    if (numbers.length) out.push(`${here} = ${numbers.join(', ')}`);
    for (const n of node.next ?? []) walk(n, here);
  };
  if (places.root) walk(places.root, '');
  return out;
}

/** `places` with no text to match: by tags and indices alone. */
function withoutPrints(places: Places): Places {
  const strip = ({ print: _print, next, ...node }: PlaceNode): PlaceNode => ({
    ...node,
    ...(next ? { next: next.map(strip) } : {}),
  });
  return { root: places.root && strip(places.root) };
}
