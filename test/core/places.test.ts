// A page checked from its markup (core/places.ts): the background parses a copy with the light document, and the
// places it names are the page's own elements — the same ones a check of the page's own tree anchors to.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import type { Anchors } from '../../core/anchor';
import { parseLightHtml } from '../../core/html/light-dom';
import { analyze, analyzeScan } from '../../core/index';
import { elementsAt, placesOf, type Places } from '../../core/places';
import { resolveAnchors, scanAll } from '../../core/scan';
import { fixtureNames, loadFixture } from '../helpers';

/** What the background answers for `doc`'s markup, found again in `doc`. */
function viaMarkup(doc: Document): { anchors: Anchors; places: Places } | undefined {
  const copy = parseLightHtml(`<!DOCTYPE html>${doc.documentElement.outerHTML}`, doc.URL);
  const scanned = scanAll(copy, doc.URL);
  if ('isReport' in scanned) return undefined;
  const analysis = analyzeScan(scanned.scan);
  if (!analysis.isReport) return undefined;
  const places = placesOf(analysis.anchors, scanned.elements);
  return { anchors: resolveAnchors(analysis.anchors, elementsAt(doc, places)), places };
}

describe('places', () => {
  it('name, on every fixture, the very elements a check of the page itself anchors to', () => {
    let reports = 0;
    for (const name of fixtureNames()) {
      const doc = loadFixture(name);
      const local = analyze(doc, doc.URL);
      const remote = viaMarkup(doc);
      expect(remote === undefined, name).toBe(!local.isReport);
      if (!local.isReport || !remote) continue;
      reports++;
      expect(remote.anchors.cells.size, name).toBeGreaterThan(0);
      expect([...remote.anchors.cells], name).toEqual([...local.anchors.cells]);
      expect(remote.anchors.headings, name).toEqual(local.anchors.headings);
      expect(remote.anchors.tables, name).toEqual(local.anchors.tables);
      expect(remote.anchors.pageTables, name).toEqual(local.anchors.pageTables);
      expect(remote.anchors.paragraphs, name).toEqual(local.anchors.paragraphs);
    }
    expect(reports).toBeGreaterThan(10);
  });

  it('are the tag and the child indices below <html>, with <tbody> counted as the parser inserts it', () => {
    const html =
      '<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p><table><tr><td>1</td></tr></table></body></html>';
    const copy = parseLightHtml(html);
    const td = copy.querySelector('td')!;
    const places = placesOf(
      { cells: { k: 0 }, paragraphs: [], headings: {}, pageTables: [], tables: {} },
      { blocks: [], cells: [td], root: copy.body },
    );
    // html > body (1) > table (1) > tbody (0) > tr (0) > td (0)
    expect(places.cells[0]).toEqual(['td', 1, 1, 0, 0, 0]);
    const page = parseHtml(html);
    expect(elementsAt(page, places).cells[0]).toBe(page.querySelector('td'));
  });

  it('that the page no longer has, or that hold another tag, are left out', () => {
    const page = parseHtml('<!DOCTYPE html><html><body><div><td-like></td-like></div><p>x</p></body></html>');
    const found = elementsAt(page, {
      blocks: { 0: ['p', 1, 1], 1: ['p', 1, 0], 2: ['p', 1, 9], 3: ['p', 1, 1, 4, 2] },
      cells: { 7: ['td', 1, 0, 0] },
    });
    expect(found.blocks[0]).toBe(page.querySelector('p'));
    expect(Object.keys(found.blocks)).toEqual(['0']);
    expect(found.cells).toEqual([]);
    expect(found.root).toBe(page.body);
  });
});
