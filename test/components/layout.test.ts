import { describe, expect, it } from 'vitest';
import { BADGE, badgePosition, tipPosition } from '../../components/overlay/layout';

const cell = { left: 100, top: 200, width: 60, height: 30 };

describe('badgePosition', () => {
  it('straddles a cell top-right corner and steps left for each further badge', () => {
    const a = badgePosition(cell, 'cell', 0, 1000);
    const b = badgePosition(cell, 'cell', 1, 1000);
    expect(a.y + BADGE / 2).toBeCloseTo(cell.top - 2);
    expect(a.x + BADGE).toBeGreaterThan(cell.left + cell.width);
    expect(b.x).toBeLessThan(a.x - BADGE);
    expect(b.y).toBe(a.y);
  });

  it('never goes past the right edge of the window', () => {
    const p = badgePosition({ left: 900, top: 10, width: 100, height: 20 }, 'cell', 0, 1000);
    expect(p.x + BADGE).toBeLessThanOrEqual(1000);
  });

  it('uses the left margin of a block, else the end of its first line, else the space above', () => {
    const block = { left: 200, top: 50, width: 600, height: 24 };
    expect(badgePosition(block, 'block', 0, 1000).x + BADGE).toBeLessThanOrEqual(200);
    const flush = { ...block, left: 0 };
    const line = { left: 0, top: 52, width: 180, height: 20 };
    expect(badgePosition(flush, 'block', 0, 1000, line)).toEqual({ x: 183, y: 53 });
    const full = { left: 0, top: 52, width: 990, height: 20 };
    expect(badgePosition(flush, 'block', 0, 1000, full).y).toBeLessThan(flush.top);
  });

  it('puts a missing section just above the next heading', () => {
    const heading = { left: 200, top: 400, width: 600, height: 24 };
    expect(badgePosition(heading, 'before', 0, 1000).y + BADGE).toBeLessThanOrEqual(400);
  });
});

describe('tipPosition', () => {
  const viewport = { width: 1000, height: 800 };
  const tip = { width: 300, height: 60 };

  it('goes below the badge unless that covers an involved cell', () => {
    const badge = { x: 400, y: 100 };
    expect(tipPosition(badge, tip, viewport).y).toBeGreaterThan(100);
    const below = { left: 380, top: 120, width: 80, height: 60 };
    expect(tipPosition(badge, tip, viewport, [below]).y).toBeLessThan(100);
  });

  it('stays inside the viewport', () => {
    const p = tipPosition({ x: 990, y: 790 }, tip, viewport);
    expect(p.x + tip.width).toBeLessThanOrEqual(1000);
    expect(p.y + tip.height).toBeLessThanOrEqual(800);
  });
});
