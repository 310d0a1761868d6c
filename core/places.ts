/**
 * A page checked from its markup: the engine in the page sends the page's HTML, the background parses and scans a
 * copy of it (core/html/light-dom.ts, core/scan.ts) and names the elements its findings are anchored to by place —
 * the child-element index and the tag at each level from <html> down — which the page looks up in its own tree.
 * Markup parsed again gives the tree the page's parser built (<tbody> and all), so places agree. Where a script
 * has moved elements since, or built what a parser would not (a <div> put into a <table>), some level's tag differs
 * and the element is left out, as resolveAnchors leaves out numbers the page does not have: a badge missing rather
 * than one on another cell.
 */
import { anchorKey, TITLE_PARAGRAPHS, type AnchorRefs } from './anchor';
import type { Finding } from './model';
import type { PageElements } from './scan';

/**
 * Where an element is: the tags of the levels below <html> down to it ("body div table tbody tr td"), then its
 * index among its parent's element children at each of those levels.
 */
export type Place = [tags: string, ...path: number[]];

/** The places of the blocks and cells a check's anchors name (by their numbers in the background's scan). */
export interface Places {
  blocks: Record<number, Place>;
  cells: Record<number, Place>;
}

/**
 * The places of the elements the overlay can need (core/anchor.ts anchorChain): the findings' cells and
 * paragraphs, the paragraphs the title line is looked for in, every heading and table — in the document that was
 * scanned (the background's copy). The report's other cells and paragraphs are left unplaced: looking up a
 * typical report's few hundred cells cost its page about a millisecond, for badges on a few of them.
 */
export function placesOf(refs: AnchorRefs, elements: PageElements, findings: readonly Finding[]): Places {
  const indexOf = siblingIndex();
  const place = (el: Element | undefined): Place | undefined => {
    if (!el) return undefined;
    const path: number[] = [];
    const tags: string[] = [];
    for (let at: Element | null = el; at.parentElement; at = at.parentElement) {
      path.push(indexOf(at));
      tags.push(at.tagName.toLowerCase());
    }
    return [tags.reverse().join(' '), ...path.reverse()];
  };
  const blocks: Record<number, Place> = {};
  const cells: Record<number, Place> = {};
  const placeBlock = (i: number | undefined) => {
    const p = i === undefined ? undefined : place(elements.blocks[i]);
    if (p && i !== undefined) blocks[i] = p;
  };
  const paragraphs = new Set(refs.paragraphs.slice(0, TITLE_PARAGRAPHS));
  for (const f of findings) {
    const paragraph = f.paragraph === undefined ? undefined : refs.paragraphs[f.paragraph];
    if (paragraph !== undefined) paragraphs.add(paragraph);
    for (const c of f.cells ?? []) {
      const at = refs.cells[anchorKey(c.table, c.row, c.col)];
      const p = at === undefined ? undefined : place(elements.cells[at]);
      if (p && at !== undefined) cells[at] = p;
    }
  }
  for (const i of [...paragraphs, ...refs.pageTables, ...Object.values(refs.headings), ...Object.values(refs.tables)]) {
    placeBlock(i);
  }
  return { blocks, cells };
}

/**
 * The page's own elements at `places`, numbered as in the background's scan, for resolveAnchors (core/scan.ts):
 * a place the page does not have, or whose tags differ on the way, is left out. The places share their upper
 * levels (a table's cells, its rows), so they are looked up together, each element on the way once, by index in
 * its parent's `children`: walking siblings instead would wrap every node passed for the page's script.
 */
export function elementsAt(doc: Document, places: Places): PageElements {
  const out: PageElements = { blocks: [], cells: [], root: doc.body ?? doc.documentElement };
  const top: Step = { tag: 'html', next: new Map(), wanted: [] };
  const want = (list: Element[], byNumber: Record<number, Place>) => {
    for (const [i, [chain, ...path]] of Object.entries(byNumber)) {
      const tags = chain.split(' ');
      if (tags.length !== path.length) continue;
      let step = top;
      for (const [level, index] of path.entries()) {
        const key = `${index} ${tags[level]}`;
        let next = step.next.get(key);
        if (!next) {
          next = { tag: tags[level]!, next: new Map(), wanted: [] };
          step.next.set(key, next);
        }
        step = next;
      }
      step.wanted.push({ list, at: Number(i) });
    }
  };
  want(out.blocks, places.blocks);
  want(out.cells, places.cells);
  if (doc.documentElement) visit(doc.documentElement, top);
  return out;
}

/** A level of the places looked up: the tag expected there, the children wanted below it, who wants it. */
interface Step {
  tag: string;
  /** By "index tag". */
  next: Map<string, Step>;
  wanted: { list: Element[]; at: number }[];
}

function visit(el: Element, step: Step): void {
  if (el.tagName.toLowerCase() !== step.tag) return;
  for (const w of step.wanted) w.list[w.at] = el;
  if (!step.next.size) return;
  const children = el.children;
  for (const [key, next] of step.next) {
    const child = children[Number.parseInt(key, 10)];
    if (child) visit(child, next);
  }
}

/** An element's index among its parent's element children; each parent's children are counted once. */
function siblingIndex(): (el: Element) => number {
  const known = new Map<Element, number>();
  return (el) => {
    let i = known.get(el);
    if (i !== undefined) return i;
    // Read as a Node member, as core/ reads it (test/core/html/dom-members.test.ts).
    const parent: Node | null = el.parentElement;
    let n = 0;
    for (let c = parent?.firstChild ?? null; c; c = c.nextSibling) {
      if (c.nodeType === 1) known.set(c as Element, n++);
    }
    i = known.get(el);
    if (i === undefined) throw new Error('an element missing from its parent');
    return i;
  };
}
