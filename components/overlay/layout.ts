/**
 * Where badges and tips go, and where to scroll, from viewport rectangles the overlay measured (measure.ts). Pure
 * geometry, so it is unit-tested alone. Every box is in viewport px, as getBoundingClientRect gives them.
 */
import type { Placement } from '@/core/anchor';

export const BADGE = 18;
/** The badge in a compact table, whose rows are lower than BADGE: it fits its row instead of reading as two. */
export const SMALL_BADGE = 14;
const GAP = 3;
/** How far from an anchor, px, another badge can sit and still meet its badge (layer.ts place()). */
export const NEAR = 40;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

export function isRendered(r: Box): boolean {
  return r.width > 0 || r.height > 0;
}

/** The part of `a` inside `b` (zero-sized, never negative, when they do not meet). */
export function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

function inside(p: Point, b: Box): boolean {
  return p.x >= b.left && p.x < b.left + b.width && p.y >= b.top && p.y < b.top + b.height;
}

function overlap(a: Box, b: Box): number {
  const r = intersect(a, b);
  return r.width * r.height;
}

/**
 * What the overlay knows of an anchor: its box, the part of the window where it can be seen (its scroll boxes,
 * the window, minus fixed headers), and for a cell the extent of its text and the text around it.
 */
export interface AnchorGeometry {
  box: Box;
  clip: Box;
  placement: Placement;
  /** The cell's or block's text (all its lines). */
  text?: Box;
  /** The first line of a block's text. */
  firstLine?: Box;
  /** Text the badge must not cover: the cell's own and its neighbours', line by line. */
  avoid?: Box[];
}

export interface BadgePlace {
  at: Point;
  /** Its width and height in viewport px: BADGE or SMALL_BADGE, times the page's zoom. */
  size: number;
  /** False when the anchor cannot be seen (scrolled away, cut off by its box, under a fixed header). */
  shown: boolean;
  /** The part of the badge that may be drawn: the badge is cut like its cell. */
  clip: Box;
}

/**
 * A badge's top-left corner and size: `scale` is the page's CSS zoom, `taken` the badges placed already, `slot`
 * counts earlier badges on the same anchor, which step aside so none covers
 * another. On a cell the badge goes right after the number, centred on its line, else wherever it covers the
 * least text; on a block in the left margin when there is one, else in its first line's indent, else after that
 * line, else just above the block; never above the visible part of the window.
 */
export function placeBadge(g: AnchorGeometry, slot: number, scale = 1, taken: Box[] = []): BadgePlace {
  const size = badgeSize(g.placement, g.box, scale);
  const at = g.placement === 'cell' ? cellPosition(g, slot, size, taken) : blockPosition(g, slot, size);
  const visible = intersect(g.box, g.clip);
  // A cell is seen when the point of its text the badge belongs to is; a block when any of it is.
  const shown = g.placement === 'cell' ? inside(anchorPoint(g), g.clip) : visible.width > 0 && visible.height > 0;
  if (g.placement !== 'cell' && shown) {
    // A page-level badge stays inside the visible part of the window rather than being cut off at its top.
    at.y = Math.min(Math.max(at.y, g.clip.top + 1), g.clip.top + g.clip.height - size - 1);
  }
  return { at, size, shown, clip: g.clip };
}

function badgeSize(placement: Placement, box: Box, scale: number): number {
  return (placement === 'cell' && box.height < (BADGE + 2) * scale ? SMALL_BADGE : BADGE) * scale;
}

/**
 * The badge of an anchor well outside the window: not shown, whatever its geometry, so none is measured (its text
 * lines, its neighbours', its scroll boxes: most of a first draw's reading where the findings are further down). It
 * waits at the anchor's corner until a scroll brings the anchor in and the next draw places it. Anchors just outside
 * are measured still: their badges take room that a shown badge next to them must keep clear of, as they will
 * once scrolled in, so a shown badge does not jump when its neighbour comes into view.
 */
export function unseenBadge(placement: Placement, box: Box, scale: number, viewport: Box): BadgePlace | undefined {
  const seen = intersect(box, grow(viewport, NEAR * scale));
  if (seen.width > 0 && seen.height > 0) return undefined;
  return { at: { x: box.left, y: box.top }, size: badgeSize(placement, box, scale), shown: false, clip: viewport };
}

/** The point of a cell the badge belongs to: the end of its number, else its centre. */
function anchorPoint(g: AnchorGeometry): Point {
  const t = g.text;
  if (t && t.width > 0) return { x: t.left + t.width - 1, y: t.top + t.height / 2 };
  return { x: g.box.left + g.box.width / 2, y: g.box.top + g.box.height / 2 };
}

function cellPosition(g: AnchorGeometry, slot: number, size: number, taken: Box[]): Point {
  const step = slot * (size + GAP);
  const c = g.box;
  const t = g.text && g.text.width > 0 ? g.text : undefined;
  const mid = t ? t.top + t.height / 2 : c.top + c.height / 2;
  const y = mid - size / 2;
  const candidates: Point[] = [];
  if (t) {
    candidates.push({ x: t.left + t.width + GAP + step, y }); // right after the number (and earlier badges)
    candidates.push({ x: t.left - GAP - size - step, y }); // right before it
    // A second badge whose first went elsewhere: right next to the number after all.
    if (slot > 0) candidates.push({ x: t.left + t.width + GAP, y }, { x: t.left - GAP - size, y });
  }
  const end = c.left + c.width - size - 2 - step;
  candidates.push({ x: end, y }); // the cell's right end, on the text line
  if (t) {
    candidates.push({ x: end, y: Math.max(c.top + 1, t.top - size - 1) }); // above the text, in the cell
    candidates.push({ x: end, y: Math.min(c.top + c.height - size - 1, t.top + t.height + 1) }); // below it
  }
  candidates.push({ x: c.left + 2 + step, y }); // the cell's left end
  // The first place that covers no text wins; failing that, the one covering least. Covering text or another
  // badge, being cut off by the cell's scroll box, reaching into the rows above or below (where it would read as
  // theirs) all count.
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const p of candidates) {
    const box = { left: p.x, top: p.y, width: size, height: size };
    const outside = Math.max(0, c.top - p.y) + Math.max(0, p.y + size - c.top - c.height);
    const cut = size * size - overlap(box, g.clip);
    const covered = [...(g.avoid ?? []), ...taken].reduce((sum, r) => sum + overlap(box, r), 0);
    const cost = covered + cut + outside * size;
    if (cost < bestCost - 0.5) [best, bestCost] = [p, cost];
    if (cost === 0) break;
  }
  return best;
}

function blockPosition(g: AnchorGeometry, slot: number, size: number): Point {
  const r = g.box;
  const step = slot * (size + GAP);
  const right = g.clip.left + g.clip.width;
  switch (g.placement) {
    case 'table': {
      const outside = r.left + r.width + GAP + step;
      if (outside + size <= right) return { x: outside, y: r.top };
      // A table wider than its box: on the right end of the part that can be seen.
      return { x: Math.min(r.left + r.width, right) - size - step, y: r.top - size - GAP };
    }
    default: {
      const y =
        g.placement === 'before' ? r.top - size - GAP : r.top + Math.max(0, (Math.min(r.height, 28) - size) / 2);
      const margin = r.left - (size + GAP) * (slot + 1);
      if (margin >= g.clip.left) return { x: margin, y };
      // No margin (content flush with the window): in the first line's indent (2em in most Chinese text), else
      // after the end of the first line of text, if there is room.
      const line = g.firstLine;
      if (g.placement === 'block' && line) {
        const indent = line.left - (size + GAP) * (slot + 1);
        if (indent >= Math.max(r.left, g.clip.left)) return { x: indent, y: line.top + (line.height - size) / 2 };
        const after = line.left + line.width + GAP + step;
        if (after + size <= right) return { x: after, y: line.top + (line.height - size) / 2 };
      }
      return { x: Math.max(g.clip.left, r.left) + step, y: r.top - size - GAP };
    }
  }
}

/**
 * The tip beside the badge where it covers the fewest of the outlined cells (below, above, left, right), kept
 * inside the viewport and never under the summary panel: the numbers of the relation stay readable while its
 * message is shown.
 */
export function tipPosition(
  badge: Point,
  tip: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: Box[] = [],
  never: Box[] = [],
  size = BADGE,
): Point {
  const clamp = (p: Point): Point => ({
    x: Math.min(Math.max(4, p.x), Math.max(4, viewport.width - tip.width - 4)),
    y: Math.min(Math.max(4, p.y), Math.max(4, viewport.height - tip.height - 4)),
  });
  const candidates = [
    { x: badge.x - 8, y: badge.y + size + 6 },
    { x: badge.x - 8, y: badge.y - tip.height - 6 },
    { x: badge.x - tip.width - 6, y: badge.y - 8 },
    { x: badge.x + size + 6, y: badge.y - 8 },
  ].map(clamp);
  // Clear of the outlined cells above and below them (the badge sits inside its own cell, which the four meet).
  for (const r of avoid) {
    candidates.push(clamp({ x: badge.x - 8, y: r.top - tip.height - 6 }));
    candidates.push(clamp({ x: badge.x - 8, y: r.top + r.height + 6 }));
  }
  // Beside the panel, too, where the four places all meet it (a badge next to the summary).
  for (const p of never) {
    candidates.push(clamp({ x: p.left - tip.width - 6, y: badge.y - 8 }));
    candidates.push(clamp({ x: badge.x - 8, y: p.top - tip.height - 6 }));
  }
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const c of candidates) {
    const box = { left: c.x, top: c.y, ...tip };
    const hidden = never.reduce((sum, r) => sum + overlap(box, r), 0);
    const cost = avoid.reduce((sum, r) => sum + overlap(box, r), 0) + hidden * 1000;
    if (cost < bestCost) [best, bestCost] = [c, cost];
  }
  return best;
}

/**
 * How far to scroll the window (down is positive) so that `target` lands in the clear: between `view.top` (below
 * fixed headers) and `view.bottom`, off every box in `avoid` (the popup's place, the summary). `centre` puts it
 * as near the middle of the free band as it can (showing a finding); `nearest` scrolls only as much as needed
 * (a focused badge). Returns 0 when it is already where it should be.
 */
export function revealScroll(
  target: Box,
  view: { top: number; bottom: number },
  avoid: Box[],
  mode: 'centre' | 'nearest',
  margin = 24,
): number {
  const h = target.height;
  const lo = view.top + margin;
  const hi = view.bottom - margin - h;
  const fits = (top: number) =>
    top >= lo - 0.5 && top <= hi + 0.5 && avoid.every((a) => overlap({ ...target, top }, grow(a, margin)) === 0);
  if (mode === 'nearest' && fits(target.top)) return 0;
  // Where the target could go: the middle, or just clear of the band's ends and of each box to avoid.
  const tops = [(view.top + view.bottom - h) / 2, lo, hi];
  for (const a of avoid) tops.push(a.top + a.height + margin, a.top - margin - h);
  const ok = tops.filter(fits);
  if (ok.length === 0) {
    // Nowhere clear (a tall target, a short window): its top just below the headers.
    return target.top - lo;
  }
  const goal = mode === 'centre' ? (view.top + view.bottom - h) / 2 : target.top;
  const top = ok.reduce((b, t) => (Math.abs(t - goal) < Math.abs(b - goal) ? t : b));
  return target.top - top;
}

function grow(b: Box, by: number): Box {
  return { left: b.left - by, top: b.top - by, width: b.width + 2 * by, height: b.height + 2 * by };
}
