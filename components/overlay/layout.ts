/** Where badges and tips go, from anchors' viewport rectangles. Pure geometry, so it is unit-tested alone. */
import type { Placement } from '@/core/anchor';

export const BADGE = 18;
const GAP = 3;

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

/**
 * A badge's top-left corner. `slot` counts earlier badges on the same anchor, which step aside so none covers
 * another. On a cell the badge straddles the top-right corner, away from a centred number; on a block it sits in
 * the left margin when there is one, else after the block's first line of text, else just above the block.
 */
export function badgePosition(
  r: Box,
  placement: Placement,
  slot: number,
  viewportWidth: number,
  firstLine?: Box,
): Point {
  const p = rawPosition(r, placement, slot, viewportWidth, firstLine);
  // Never past the right edge of the window, where a full-width table's last column would push it.
  return { x: Math.min(p.x, viewportWidth - BADGE - 1), y: p.y };
}

function rawPosition(r: Box, placement: Placement, slot: number, viewportWidth: number, firstLine?: Box): Point {
  const step = slot * (BADGE + GAP);
  switch (placement) {
    case 'cell':
      return { x: r.left + r.width - BADGE + 5 - step, y: r.top - BADGE / 2 - 2 };
    case 'table': {
      const outside = r.left + r.width + GAP + step;
      if (outside + BADGE <= viewportWidth) return { x: outside, y: r.top };
      return { x: r.left + r.width - BADGE - step, y: r.top - BADGE - GAP };
    }
    case 'before':
    case 'block': {
      const y =
        placement === 'before' ? r.top - BADGE - GAP : r.top + Math.max(0, (Math.min(r.height, 28) - BADGE) / 2);
      const margin = r.left - (BADGE + GAP) * (slot + 1);
      if (margin >= 0) return { x: margin, y };
      // No margin (content flush with the window): after the end of the first line of text, if there is room.
      if (placement === 'block' && firstLine) {
        const after = firstLine.left + firstLine.width + GAP + step;
        if (after + BADGE <= viewportWidth) return { x: after, y: firstLine.top + (firstLine.height - BADGE) / 2 };
      }
      return { x: Math.max(0, r.left) + step, y: r.top - BADGE - GAP };
    }
  }
}

/**
 * The tip beside the badge where it covers the fewest of the outlined cells (below, above, left, right), kept
 * inside the viewport: the numbers of the relation stay readable while its message is shown.
 */
export function tipPosition(
  badge: Point,
  tip: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: Box[] = [],
): Point {
  const clamp = (p: Point): Point => ({
    x: Math.min(Math.max(4, p.x), Math.max(4, viewport.width - tip.width - 4)),
    y: Math.min(Math.max(4, p.y), Math.max(4, viewport.height - tip.height - 4)),
  });
  const candidates = [
    { x: badge.x - 8, y: badge.y + BADGE + 6 },
    { x: badge.x - 8, y: badge.y - tip.height - 6 },
    { x: badge.x - tip.width - 6, y: badge.y - 8 },
    { x: badge.x + BADGE + 6, y: badge.y - 8 },
  ].map(clamp);
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const c of candidates) {
    const cost = avoid.reduce((sum, r) => sum + overlap({ left: c.x, top: c.y, ...tip }, r), 0);
    if (cost < bestCost) [best, bestCost] = [c, cost];
  }
  return best;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}
