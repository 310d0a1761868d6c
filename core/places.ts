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
 * The elements a check's anchors name, as a tree from <html> down, built in the background so that the page only
 * walks it: each node an element by its tag and its index among its parent's element children, the numbers it is
 * in the background's scan, and the print of its text where that must match. One path of tags and indices per
 * element cost the page the splitting and keying of every level of every path before its walk: 2.6 ms of the 6.5
 * its lookup took on a report whose finding names 140 cells.
 */
export interface PlaceNode {
  /** Its tag, lower case. */
  tag: string;
  /** Its index among its parent's element children (0 for <html>). */
  index: number;
  /**
   * A print of its text (textPrint), for each placed paragraph or heading and each table on the way to a placed
   * element: where the page's tree is not what its markup parses to (a script put a <div> into a table, which a
   * parser moves out), the elements after it shift, and tags alone would let a same-shaped table or paragraph
   * next to it take its badges: one whose text differs is left out.
   */
  print?: string;
  /** The numbers of the blocks and cells it is (one element can be more than one block). */
  blocks?: number[];
  cells?: number[];
  /** The elements wanted below it, in document order. */
  next?: PlaceNode[];
}

/** The places of the blocks and cells a check's anchors name: <html>'s node, or null where none is placed. */
export interface Places {
  root: PlaceNode | null;
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
  const nodes = new Map<Element, PlaceNode>();
  let root: PlaceNode | null = null;
  /** The element's node, made where missing with its ancestors' up to <html>. */
  const nodeOf = (el: Element): PlaceNode => {
    let node = nodes.get(el);
    if (node) return node;
    const parent = el.parentElement;
    node = { tag: el.tagName.toLowerCase(), index: parent ? indexOf(el) : 0 };
    nodes.set(el, node);
    if (parent) {
      const up = nodeOf(parent);
      up.next ??= [];
      up.next.push(node);
    } else root = node;
    return node;
  };
  /** `printed`: whether the element's own text is printed (not for cells, nor tables only observed for resizing). */
  const place = (el: Element, printed: boolean): PlaceNode => {
    const node = nodeOf(el);
    if (printed) node.print ??= textPrint(el);
    for (let at: Element | null = el.parentElement; at; at = at.parentElement) {
      if (at.tagName.toLowerCase() === 'table') nodeOf(at).print ??= textPrint(at);
    }
    return node;
  };
  const add = (list: number[] | undefined, n: number) => (list?.includes(n) ? list : [...(list ?? []), n]);
  const placeBlock = (i: number | undefined, printed = true) => {
    const el = i === undefined ? undefined : elements.blocks[i];
    if (i === undefined || !el) return;
    const node = place(el, printed);
    node.blocks = add(node.blocks, i);
  };
  const title = titleParagraph(report);
  placeBlock(title === undefined ? undefined : refs.paragraphs[title]);
  for (const f of findings) {
    placeBlock(f.paragraph === undefined ? undefined : refs.paragraphs[f.paragraph]);
    for (const c of f.cells ?? []) {
      const at = refs.cells[anchorKey(c.table, c.row, c.col)];
      const el = at === undefined ? undefined : elements.cells[at];
      if (at === undefined || !el) continue;
      // Not printed: its table's print (its text's length and all) already tells a table whose cells moved, and
      // printing each of 140 cells cost a page 1.3 ms of its 3.3 for the lookup.
      const node = place(el, false);
      node.cells = add(node.cells, at);
    }
  }
  for (const i of [...Object.values(refs.headings), ...Object.values(refs.tables)]) placeBlock(i);
  for (const i of refs.pageTables) placeBlock(i, false);
  // In document order: the page reads each parent's children as its collection caches them, front to back.
  for (const node of nodes.values()) node.next?.sort((a, b) => a.index - b.index);
  return { root };
}

/** The cell numbers `places` names. */
export function placedCells(places: Places): Set<number> {
  const out = new Set<number>();
  eachNode(places, (node) => {
    for (const c of node.cells ?? []) out.add(c);
  });
  return out;
}

/** Calls `fn` on every node of `places`, parents first. */
function eachNode(places: Places, fn: (node: PlaceNode) => void): void {
  const walk = (node: PlaceNode) => {
    fn(node);
    for (const n of node.next ?? []) walk(n);
  };
  if (places.root) walk(places.root);
}

/**
 * The length and an FNV-1a hash of an element's text, the same for the same text in any DOM: of all of it for a
 * paragraph or a heading; of at most 256 characters spread over it for a table, whose text can be long
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
 * a place the page does not have, or whose tags or printed texts differ on the way, is left out. Each element on
 * the way is looked up once, by index in its parent's `children`: walking siblings instead would wrap every node
 * passed for the page's script.
 */
export function elementsAt(doc: Document, places: Places): PageElements {
  const out: PageElements = { blocks: [], cells: [], root: doc.body ?? doc.documentElement };
  if (doc.documentElement && places.root) visit(doc.documentElement, places.root, out);
  return out;
}

function visit(el: Element, node: PlaceNode, out: PageElements): void {
  if (el.tagName.toLowerCase() !== node.tag) return;
  if (node.print !== undefined && textPrint(el) !== node.print) return;
  for (const i of node.blocks ?? []) out.blocks[i] = el;
  for (const i of node.cells ?? []) out.cells[i] = el;
  if (!node.next) return;
  const children = el.children;
  for (const next of node.next) {
    const child = children[next.index];
    if (child) visit(child, next, out);
  }
}

/** How many of `places` the page did not have (elementsAt left them out). */
export function placesMissing(places: Places, found: PageElements): number {
  let wanted = 0;
  eachNode(places, (node) => {
    wanted += (node.blocks?.length ?? 0) + (node.cells?.length ?? 0);
  });
  const count = (list: Element[]) => list.filter((el) => el !== undefined).length;
  return wanted - count(found.blocks) - count(found.cells);
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
