/**
 * Reading the live page for the overlay's layout (layout.ts does the arithmetic): where an anchor's text is, which
 * part of the window it can be seen in (its scroll boxes, fixed headers), and how the overlay's own pixels relate
 * to the page's when the page zooms <html> with CSS `zoom` (适老化 toolbars). Reads only; never changes the page.
 */
import type { AnchorCandidate } from '@/core/anchor';
import { OVERLAY_HOST_ATTR } from '@/core/overlay-host';
import { type AnchorGeometry, type Box, intersect, isRendered } from './layout';

const EMPTY: Box = { left: 0, top: 0, width: 0, height: 0 };

const plain = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/** The smallest box holding all of `boxes`, or undefined for none. */
function union(boxes: Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

/** What is read of an anchor once per layout, not per frame: its text relative to its box, its clipping boxes. */
interface Known {
  width: number;
  height: number;
  /** Text boxes with left/top relative to the anchor's box: scrolling moves them together. */
  text?: Box;
  avoid?: Box[];
  firstLine?: Box;
}
interface Clipper {
  el: Element;
  x: boolean;
  y: boolean;
}

/**
 * Measurements that only a reflow changes, kept across frames so that a scroll frame reads just a few boxes: the
 * controller empties it on resize and reflow.
 */
export class LayoutCache {
  known = new WeakMap<Element, Known>();
  clippers = new WeakMap<Element, Clipper[]>();
  clear(): void {
    this.known = new WeakMap();
    this.clippers = new WeakMap();
  }
}

const shift = (b: Box, dx: number, dy: number): Box => ({ ...b, left: b.left + dx, top: b.top + dy });

/** One frame's view of the page, with per-frame caches: made afresh for every render. */
export class Frame {
  /** Overlay px per page viewport px: > 1 when the page zooms <html> (the overlay, a child of <html>, zooms too). */
  readonly scale: number;
  readonly viewport: Box;
  /**
   * Fixed or sticky elements drawn over the top or bottom of the window (a site header, a 适老化 toolbar, a stuck
   * table head): badges under them are hidden, and scrolling keeps targets clear of them. Looked for on first need
   * only: each look is six hit tests, which a frame whose anchors are all out of the window does without.
   */
  private found: Box[] | undefined;
  private readonly rects = new Map<Element, Box>();
  private readonly clips = new Map<Element, Box>();

  constructor(
    private readonly doc: Document,
    layer: HTMLElement,
    private readonly cache = new LayoutCache(),
  ) {
    // The layer is position:fixed, inset 0: its own width is in overlay px, its client rect in viewport px.
    const r = layer.getBoundingClientRect();
    const win = doc.defaultView;
    this.scale = r.width > 0 && layer.offsetWidth > 0 ? r.width / layer.offsetWidth : 1;
    this.viewport =
      r.width > 0 ? plain(r) : { left: 0, top: 0, width: win?.innerWidth ?? 0, height: win?.innerHeight ?? 0 };
  }

  private get covers(): Box[] {
    this.found ??= findCovers(this.doc, this.viewport);
    return this.found;
  }

  rect(el: Element): Box {
    let r = this.rects.get(el);
    if (!r) {
      r = el.isConnected ? plain(el.getBoundingClientRect()) : EMPTY;
      this.rects.set(el, r);
    }
    return r;
  }

  /** Top and bottom of the window not under a fixed header or footer. */
  get band(): { top: number; bottom: number } {
    let top = this.viewport.top;
    let bottom = this.viewport.top + this.viewport.height;
    for (const c of this.covers) {
      if (c.top <= top + 1) top = Math.max(top, c.top + c.height);
      else bottom = Math.min(bottom, c.top);
    }
    return { top, bottom };
  }

  /**
   * Where `el` can be seen: the window, cut by every ancestor that clips its overflow (an `overflow-x:auto` box
   * around a wide table), less the fixed headers and footers drawn over it.
   */
  clip(el: Element): Box {
    let clip = this.clips.get(el);
    if (clip) return clip;
    clip = this.viewport;
    for (const { el: a, x, y } of this.clippersOf(el)) {
      // The padding box (scroll bars excluded), where the content shows. clientWidth and friends are in the box's
      // own px, which CSS zoom makes differ from the viewport's.
      const r = this.rect(a);
      const own = (a as HTMLElement).offsetWidth;
      const k = own > 0 ? r.width / own : 1;
      clip = intersect(clip, {
        left: x ? r.left + a.clientLeft * k : -1e9,
        width: x ? a.clientWidth * k : 2e9,
        top: y ? r.top + a.clientTop * k : -1e9,
        height: y ? a.clientHeight * k : 2e9,
      });
    }
    // Less the fixed headers and footers (each under half the window: never the box the report itself is in), which
    // matter only to an element in the window: one above or below it is out of sight either way.
    const box = this.rect(el);
    const vp = this.viewport;
    if (box.top < vp.top + vp.height && box.top + box.height > vp.top) {
      const { top, bottom } = this.band;
      clip = intersect(clip, { left: clip.left, width: clip.width, top, height: bottom - top });
    }
    this.clips.set(el, clip);
    return clip;
  }

  /** The ancestors of `el` that clip their overflow (<body> and <html> clip to the window, taken anyway). */
  private clippersOf(el: Element): Clipper[] {
    let list = this.cache.clippers.get(el);
    if (list) return list;
    list = [];
    const win = this.doc.defaultView;
    for (let a = el.parentElement; a && a !== this.doc.body && a !== this.doc.documentElement; a = a.parentElement) {
      const cs = win?.getComputedStyle(a);
      if (cs && (cs.overflowX !== 'visible' || cs.overflowY !== 'visible')) {
        list.push({ el: a, x: cs.overflowX !== 'visible', y: cs.overflowY !== 'visible' });
      }
      // A fixed box is not inside anything that scrolls.
      if (cs?.position === 'fixed') break;
    }
    this.cache.clippers.set(el, list);
    return list;
  }

  /** Everything layout.ts needs to place a badge on `anchor`. */
  geometry(anchor: AnchorCandidate): AnchorGeometry {
    const { el, placement } = anchor;
    const box = this.rect(el);
    let known = this.cache.known.get(el);
    if (!known || known.width !== box.width || known.height !== box.height) {
      const rel = (b: Box) => shift(b, -box.left, -box.top);
      known = { width: box.width, height: box.height };
      if (placement === 'cell') {
        const own = textLines(el);
        const text = union(own);
        if (text) known.text = rel(text);
        known.avoid = [...own, ...neighbours(el).flatMap(textLines)].map(rel);
      } else if (placement === 'block') {
        const first = textLines(el)[0];
        if (first) known.firstLine = rel(first);
      }
      this.cache.known.set(el, known);
    }
    const abs = (b: Box) => shift(b, box.left, box.top);
    const g: AnchorGeometry = { box, clip: this.clip(el), placement };
    if (known.text) g.text = abs(known.text);
    if (known.avoid) g.avoid = known.avoid.map(abs);
    if (known.firstLine) g.firstLine = abs(known.firstLine);
    return g;
  }
}

/** The boxes of an element's text, line by line (a Range per text node: no page change needed). */
function textLines(el: Element): Box[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  const out: Box[] = [];
  for (let n = walker.nextNode(); n && out.length < 40; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    const start = v.search(/\S/);
    if (start < 0) continue;
    // The characters only: CMS cells pad numbers with &nbsp; and full-width spaces, which would push the badge off.
    range.setStart(n, start);
    range.setEnd(n, v.length - (/\s*$/.exec(v)?.[0].length ?? 0));
    for (const r of Array.from(range.getClientRects())) if (isRendered(r)) out.push(plain(r));
  }
  range.detach();
  return out;
}

/** The cells beside a cell and above and below it, whose text a badge on it could cover. */
function neighbours(cell: Element): Element[] {
  const out: Element[] = [];
  if (cell.previousElementSibling) out.push(cell.previousElementSibling);
  if (cell.nextElementSibling) out.push(cell.nextElementSibling);
  const row = cell.parentElement;
  const index = Array.prototype.indexOf.call(row?.children ?? [], cell) as number;
  for (const other of [row?.previousElementSibling, row?.nextElementSibling]) {
    if (!other || index < 0) continue;
    // Merged cells shift columns: take the cells around the same index.
    for (let i = Math.max(0, index - 2); i <= index + 2 && i < other.children.length; i++) out.push(other.children[i]!);
  }
  return out;
}

/**
 * Fixed or sticky elements drawn over the window's top or bottom edge, found the way the user meets them: the
 * topmost page element at a few points along each edge, and its fixed or sticky ancestor (one drawn under the
 * page, or transparent to the pointer, hides nothing).
 */
function findCovers(doc: Document, vp: Box): Box[] {
  const win = doc.defaultView;
  if (!win || vp.width <= 0 || typeof doc.elementsFromPoint !== 'function') return [];
  const found = new Set<Element>();
  const covers: Box[] = [];
  for (const y of [vp.top + 2, vp.top + vp.height - 2]) {
    for (const f of [0.1, 0.5, 0.9]) {
      const hit = doc
        .elementsFromPoint(vp.left + vp.width * f, y)
        .find((e) => !e.hasAttribute(OVERLAY_HOST_ATTR) && e !== doc.documentElement && e !== doc.body);
      for (let a: Element | null = hit ?? null; a && a !== doc.body; a = a.parentElement) {
        const pos = win.getComputedStyle(a).position;
        if (pos !== 'fixed' && pos !== 'sticky') continue;
        if (!found.has(a)) {
          found.add(a);
          const box = plain(a.getBoundingClientRect());
          // A sticky element is a cover only while it is stuck at the edge, not where it sits in the text.
          const atEdge = box.top <= vp.top + 2 || box.top + box.height >= vp.top + vp.height - 2;
          if (atEdge && box.height < vp.height / 2) covers.push(box);
        }
        break;
      }
    }
  }
  return covers;
}
