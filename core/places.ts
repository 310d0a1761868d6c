/**
 * A page checked from its markup: the engine in the page sends the page's HTML, the background parses and scans a
 * copy of it (core/html/light-dom.ts, core/scan.ts) and names the elements its findings are anchored to by place —
 * the child-element index and the tag at each level from <html> down, and prints of the texts that must match —
 * which the page looks up in its own tree. Markup parsed again gives the tree the page's parser built (<tbody> and
 * all), so places agree. Where a script has moved elements since, or built what a parser would not (a <div> put
 * into a <table>), a tag or a text differs and the element is left out, as resolveAnchors leaves out numbers the
 * page does not have: a badge missing rather than one on another cell.
 */
import { anchorKey, titleParagraph, type AnchorRefs } from './anchor';
import type { Finding, Report } from './model';
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
  /**
   * A print of the text of each placed element and of each table on the way to one, by path ("1.3.0"). Where the
   * page's tree is not what its markup parses to (a script put a <div> into a table, which a parser moves out),
   * the elements after it shift, and tags alone would let a same-shaped table or paragraph next to it take its
   * badges: one whose text differs is left out.
   */
  prints: Record<string, string>;
}

/**
 * The places of the elements the overlay can need (core/anchor.ts anchorChain): the findings' cells and
 * paragraphs, the title line, every heading and table — in the document that was scanned (the background's copy).
 * The report's other cells and paragraphs are left unplaced: looking up a typical report's few hundred cells cost
 * its page about a millisecond, for badges on a few of them.
 */
export function placesOf(
  refs: AnchorRefs,
  elements: PageElements,
  findings: readonly Finding[],
  report: Pick<Report, 'paragraphs'>,
): Places {
  const indexOf = siblingIndex();
  const prints: Record<string, string> = {};
  /** `printed`: whether the element's own text is printed (not for tables only observed for resizing). */
  const place = (el: Element | undefined, printed = true): Place | undefined => {
    if (!el) return undefined;
    const path: number[] = [];
    const tags: string[] = [];
    const toPrint: Element[] = printed ? [el] : [];
    for (let at: Element | null = el; at.parentElement; at = at.parentElement) {
      path.push(indexOf(at));
      tags.push(at.tagName.toLowerCase());
      if (at !== el && tags.at(-1) === 'table') toPrint.push(at);
    }
    path.reverse();
    for (const e of toPrint) prints[path.slice(0, depth(e)).join('.')] ??= textPrint(e);
    return [tags.reverse().join(' '), ...path];
  };
  const blocks: Record<number, Place> = {};
  const cells: Record<number, Place> = {};
  const placeBlock = (i: number | undefined, printed?: boolean) => {
    if (i === undefined || blocks[i]) return;
    const p = place(elements.blocks[i], printed);
    if (p) blocks[i] = p;
  };
  const title = titleParagraph(report);
  placeBlock(title === undefined ? undefined : refs.paragraphs[title]);
  for (const f of findings) {
    placeBlock(f.paragraph === undefined ? undefined : refs.paragraphs[f.paragraph]);
    for (const c of f.cells ?? []) {
      const at = refs.cells[anchorKey(c.table, c.row, c.col)];
      const p = at === undefined ? undefined : place(elements.cells[at]);
      if (p && at !== undefined) cells[at] = p;
    }
  }
  for (const i of [...Object.values(refs.headings), ...Object.values(refs.tables)]) placeBlock(i);
  for (const i of refs.pageTables) placeBlock(i, false);
  return { blocks, cells, prints };
}

/** Levels below <html>. */
function depth(el: Element): number {
  let n = 0;
  for (let at: Element | null = el; at.parentElement; at = at.parentElement) n++;
  return n;
}

/**
 * The length and an FNV-1a hash of an element's text, the same for the same text in any DOM: of all of it for a
 * cell, a paragraph or a heading; of at most 256 characters spread over it for a table, whose text can be long
 * and whose hashing would run in the page's script before any of it is optimised.
 */
function textPrint(el: Element): string {
  const text = el.textContent ?? '';
  const step = el.tagName.toLowerCase() === 'table' ? Math.max(1, Math.floor(text.length / 256)) : 1;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += step) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/**
 * The page's own elements at `places`, numbered as in the background's scan, for resolveAnchors (core/scan.ts):
 * a place the page does not have, or whose tags or printed texts differ on the way, is left out. The places share their upper
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
  if (doc.documentElement) visit(doc.documentElement, top, '', places.prints ?? {});
  return out;
}

/** How many of `places` the page did not have (elementsAt left them out). */
export function placesMissing(places: Places, found: PageElements): number {
  const count = (list: Element[]) => list.filter((el) => el !== undefined).length;
  const wanted = Object.keys(places.blocks).length + Object.keys(places.cells).length;
  return wanted - count(found.blocks) - count(found.cells);
}

/** A level of the places looked up: the tag expected there, the children wanted below it, who wants it. */
interface Step {
  tag: string;
  /** By "index tag". */
  next: Map<string, Step>;
  wanted: { list: Element[]; at: number }[];
}

function visit(el: Element, step: Step, path: string, prints: Places['prints']): void {
  if (el.tagName.toLowerCase() !== step.tag) return;
  const print = prints[path];
  if (print !== undefined && textPrint(el) !== print) return;
  for (const w of step.wanted) w.list[w.at] = el;
  if (!step.next.size) return;
  const children = el.children;
  for (const [key, next] of step.next) {
    const index = Number.parseInt(key, 10);
    const child = children[index];
    if (child) visit(child, next, path ? `${path}.${index}` : String(index), prints);
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
