/**
 * A page checked from its markup: the engine in the page sends the page's HTML, the background parses and scans a
 * copy of it (core/html/light-dom.ts, core/scan.ts) and names the elements its findings are anchored to by place —
 * the child-element indices from <html> down, and the tag found there — which the page looks up in its own tree.
 * Markup parsed again gives the tree the page's parser built (<tbody> and all), so places agree; an element a script
 * moved since, or markup a parser would not have built (a <div> put into a <table> by a script), fails the tag test
 * and is left out, as resolveAnchors leaves out numbers the page does not have.
 */
import type { AnchorRefs } from './anchor';
import type { PageElements } from './scan';

/** Where an element is: its tag, then its index among its parent's element children at each level below <html>. */
export type Place = [tag: string, ...path: number[]];

/** The places of the blocks and cells a check's anchors name (by their numbers in the background's scan). */
export interface Places {
  blocks: Record<number, Place>;
  cells: Record<number, Place>;
}

/** The places of the elements `refs` names, in the document that was scanned (the background's copy). */
export function placesOf(refs: AnchorRefs, elements: PageElements): Places {
  const indexOf = siblingIndex();
  const place = (el: Element): Place | undefined => {
    const path: number[] = [];
    for (let at: Element | null = el; at.parentElement; at = at.parentElement) path.push(indexOf(at));
    return [el.tagName.toLowerCase(), ...path.reverse()];
  };
  const blocks: Record<number, Place> = {};
  const cells: Record<number, Place> = {};
  const blockNumbers = [
    ...refs.paragraphs,
    ...refs.pageTables,
    ...Object.values(refs.headings),
    ...Object.values(refs.tables),
  ];
  for (const i of blockNumbers) {
    const el = i === undefined ? undefined : elements.blocks[i];
    const p = el && place(el);
    if (p && i !== undefined) blocks[i] = p;
  }
  for (const at of Object.values(refs.cells)) {
    const el = elements.cells[at];
    const p = el && place(el);
    if (p) cells[at] = p;
  }
  return { blocks, cells };
}

/**
 * The page's own elements at `places`, numbered as in the background's scan, for resolveAnchors (core/scan.ts):
 * a place the page does not have, or holding another tag, is left out. Looked up by index in each level's
 * `children` rather than by walking siblings, which would wrap every node passed on the way for the page's script.
 */
export function elementsAt(doc: Document, places: Places): PageElements {
  const at = ([tag, ...path]: Place): Element | undefined => {
    let el: Element | undefined = doc.documentElement ?? undefined;
    for (const i of path) el = el?.children[i];
    return el && el.tagName.toLowerCase() === tag ? el : undefined;
  };
  const pick = (byNumber: Record<number, Place>) => {
    const out: Element[] = [];
    for (const [i, place] of Object.entries(byNumber)) {
      const el = at(place);
      if (el) out[Number(i)] = el;
    }
    return out;
  };
  return { blocks: pick(places.blocks), cells: pick(places.cells), root: doc.body ?? doc.documentElement };
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
