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
 * the left margin when there is one.
 */
export function badgePosition(r: Box, placement: Placement, slot: number, viewportWidth: number): Point {
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
      const y = placement === 'before' ? r.top - BADGE - GAP : r.top + Math.max(0, (Math.min(r.height, 28) - BADGE) / 2);
      const margin = r.left - (BADGE + GAP) * (slot + 1);
      if (margin >= 0) return { x: margin, y };
      return { x: r.left + step, y: r.top - BADGE - GAP };
    }
  }
}

/** The tip below the badge, or above it near the bottom edge, kept inside the viewport. */
export function tipPosition(badge: Point, tip: { width: number; height: number }, viewport: { width: number; height: number }): Point {
  const below = badge.y + BADGE + 6;
  const y = below + tip.height <= viewport.height ? below : Math.max(4, badge.y - tip.height - 6);
  const x = Math.min(Math.max(4, badge.x - 8), Math.max(4, viewport.width - tip.width - 4));
  return { x, y };
}
