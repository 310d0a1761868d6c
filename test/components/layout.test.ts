import { describe, expect, it } from 'vitest';
import {
  type AnchorGeometry,
  BADGE,
  type Box,
  intersect,
  NEAR,
  placeBadge,
  revealScroll,
  SMALL_BADGE,
  tipPosition,
  unseenBadge,
} from '../../components/overlay/layout';

const WINDOW: Box = { left: 0, top: 0, width: 1000, height: 800 };
const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;
const badgeAt = (p: { x: number; y: number }): Box => ({ left: p.x, top: p.y, width: BADGE, height: BADGE });
const covers = (a: Box, b: Box) => intersect(a, b).width * intersect(a, b).height > 0;

/** A table cell with a number in it, as measured on a page. */
function cell(box: Box, text: Box, neighbours: Box[] = [], clip: Box = WINDOW): AnchorGeometry {
  return { box, clip, placement: 'cell', text, avoid: [text, ...neighbours] };
}

describe('placeBadge on a cell', () => {
  it('goes right after the number, centred on its line, in a wide value cell', () => {
    // A 300px cell with "18" centred in it: the badge sits next to the digits, not 140px away at the corner.
    const text = { left: 240, top: 206, width: 16, height: 18 };
    const { at, shown } = placeBadge(cell({ left: 100, top: 200, width: 300, height: 30 }, text), 0);
    expect(shown).toBe(true);
    expect(at.x).toBeGreaterThanOrEqual(right(text));
    expect(at.x - right(text)).toBeLessThan(6);
    expect(at.y + BADGE / 2).toBeCloseTo(text.top + text.height / 2);
  });

  it('sits on its own row, never on the border with the row above', () => {
    const text = { left: 130, top: 208, width: 16, height: 14 };
    const { at } = placeBadge(cell({ left: 100, top: 200, width: 80, height: 30 }, text), 0);
    expect(at.y).toBeGreaterThanOrEqual(200);
    expect(at.y + BADGE).toBeLessThanOrEqual(230);
  });

  it('is smaller in a compact table, stays in its row, covers no neighbouring digits and no other badge', () => {
    // 11px text in 34px columns, 16px rows: after the number would cover the next cell's digits.
    const own = { left: 112, top: 201, width: 12, height: 14 };
    const next = { left: 128, top: 201, width: 24, height: 14 };
    const g = cell({ left: 100, top: 200, width: 34, height: 16 }, own, [next]);
    const a = placeBadge(g, 0);
    expect(a.size).toBe(SMALL_BADGE);
    const first = { left: a.at.x, top: a.at.y, width: a.size, height: a.size };
    expect(covers(first, own) || covers(first, next)).toBe(false);
    expect(first.top).toBeGreaterThanOrEqual(200);
    expect(bottom(first)).toBeLessThanOrEqual(216);
    const b = placeBadge(g, 1, 1, [first]);
    expect(covers({ left: b.at.x, top: b.at.y, width: b.size, height: b.size }, first)).toBe(false);
    // On a page zoomed 125%, everything is 125%.
    expect(placeBadge(cell({ left: 100, top: 200, width: 60, height: 40 }, own), 0, 1.25).size).toBe(BADGE * 1.25);
  });

  it('is hidden when the number is scrolled out of its box, and cut like the cell', () => {
    const box = { left: 100, top: 300, width: 500, height: 300 }; // an overflow-x:auto box
    const out = cell(
      { left: 640, top: 400, width: 60, height: 30 },
      { left: 660, top: 406, width: 16, height: 18 },
      [],
      box,
    );
    expect(placeBadge(out, 0).shown).toBe(false);
    const edge = cell(
      { left: 560, top: 400, width: 60, height: 30 },
      { left: 570, top: 406, width: 16, height: 18 },
      [],
      box,
    );
    const placed = placeBadge(edge, 0);
    expect(placed.shown).toBe(true);
    expect(placed.clip).toEqual(box);
    // The whole badge fits inside the box: it does not float outside it.
    expect(right(badgeAt(placed.at))).toBeLessThanOrEqual(right(box));
  });

  it('is hidden under a fixed header (the clip starts below it)', () => {
    const belowHeader = { ...WINDOW, top: 80, height: 720 };
    const g = cell(
      { left: 100, top: 50, width: 60, height: 30 },
      { left: 120, top: 56, width: 16, height: 18 },
      [],
      belowHeader,
    );
    expect(placeBadge(g, 0).shown).toBe(false);
    expect(placeBadge({ ...g, clip: WINDOW }, 0).shown).toBe(true);
  });
});

describe('placeBadge on a block', () => {
  it('uses the left margin of a block, else the end of its first line, else the space above', () => {
    const block = { left: 200, top: 50, width: 600, height: 24 };
    const g = (box: Box, firstLine?: Box): AnchorGeometry => ({ box, clip: WINDOW, placement: 'block', firstLine });
    expect(right(badgeAt(placeBadge(g(block), 0).at))).toBeLessThanOrEqual(200);
    const flush = { ...block, left: 0 };
    expect(placeBadge(g(flush, { left: 0, top: 52, width: 180, height: 20 }), 0).at).toEqual({ x: 183, y: 53 });
    expect(placeBadge(g({ ...flush, top: 100 }, { left: 0, top: 102, width: 990, height: 20 }), 0).at.y).toBeLessThan(
      100,
    );
    // A paragraph indented 2em: in the indent, on the first line, not above it where it reads as the line before.
    const indented = placeBadge(g({ ...flush, top: 100 }, { left: 32, top: 102, width: 958, height: 20 }), 0).at;
    expect(indented.x).toBeGreaterThanOrEqual(0);
    expect(indented.x + BADGE).toBeLessThanOrEqual(32);
    expect(indented.y).toBe(103);
  });

  it('puts a missing section just above the next heading', () => {
    const heading = { left: 200, top: 400, width: 600, height: 24 };
    const { at } = placeBadge({ box: heading, clip: WINDOW, placement: 'before' }, 0);
    expect(at.y + BADGE).toBeLessThanOrEqual(400);
  });

  it('keeps a page-level badge inside the window top rather than cutting it off', () => {
    const title = { left: 0, top: 4, width: 1000, height: 40 };
    const { at, shown } = placeBadge({ box: title, clip: WINDOW, placement: 'before' }, 0);
    expect(shown).toBe(true);
    expect(at.y).toBeGreaterThanOrEqual(0);
    // Below a fixed header, below the header.
    const under = placeBadge(
      { box: { ...title, top: 90 }, clip: { ...WINDOW, top: 80, height: 720 }, placement: 'before' },
      0,
    );
    expect(under.at.y).toBeGreaterThanOrEqual(80);
  });

  it('puts a table badge on the visible end of a table wider than the window, not past it', () => {
    const wide = { left: 0, top: 300, width: 1400, height: 200 };
    const { at } = placeBadge({ box: wide, clip: WINDOW, placement: 'table' }, 0);
    expect(right(badgeAt(at))).toBeLessThanOrEqual(1000);
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

  it('keeps off the badge’s own cell and the others of the relation, below and above it', () => {
    // A badge inside a tall cell of the last column, the cell below also involved: above the cell is the place.
    const own = { left: 930, top: 300, width: 60, height: 80 };
    const below = { left: 930, top: 380, width: 60, height: 60 };
    const p = tipPosition({ x: 960, y: 330 }, tip, viewport, [own, below]);
    for (const r of [own, below]) expect(covers({ left: p.x, top: p.y, ...tip }, r)).toBe(false);
  });

  it('stays inside the viewport', () => {
    const p = tipPosition({ x: 990, y: 790 }, tip, viewport);
    expect(p.x + tip.width).toBeLessThanOrEqual(1000);
    expect(p.y + tip.height).toBeLessThanOrEqual(800);
  });

  it('never goes under the summary panel, even beside it', () => {
    const panel = { left: 620, top: 520, width: 364, height: 264 };
    for (const badge of [
      { x: 700, y: 500 },
      { x: 900, y: 760 },
      { x: 600, y: 600 },
    ]) {
      const p = tipPosition(badge, tip, viewport, [], [panel]);
      expect(covers({ left: p.x, top: p.y, ...tip }, panel)).toBe(false);
    }
  });
});

describe('revealScroll', () => {
  const band = { top: 0, bottom: 800 };
  const popup = { left: 580, top: 0, width: 420, height: 620 };
  const pill = { left: 780, top: 750, width: 200, height: 34 };

  it('centres a finding on the left of the window', () => {
    const target = { left: 100, top: 2000, width: 80, height: 30 };
    const dy = revealScroll(target, band, [popup, pill], 'centre');
    expect(target.top - dy).toBeCloseTo((800 - 30) / 2);
  });

  it('lands a finding under the popup below it and above the summary', () => {
    const target = { left: 700, top: 2000, width: 80, height: 30 };
    const top = target.top - revealScroll(target, band, [popup, pill], 'centre');
    expect(top).toBeGreaterThanOrEqual(bottom(popup));
    expect(top + 30).toBeLessThanOrEqual(pill.top);
  });

  it('keeps a target clear of a fixed header', () => {
    const target = { left: 100, top: 50, width: 80, height: 30 };
    const dy = revealScroll(target, { top: 80, bottom: 800 }, [], 'nearest');
    expect(target.top - dy).toBeGreaterThanOrEqual(80);
    // Already in the clear: no scrolling.
    expect(revealScroll({ ...target, top: 300 }, { top: 80, bottom: 800 }, [], 'nearest')).toBe(0);
  });

  it('scrolls only as far as needed for a focused badge below the fold', () => {
    const target = { left: 100, top: 900, width: 80, height: 30 };
    const top = target.top - revealScroll(target, band, [], 'nearest');
    expect(top + 30).toBeLessThanOrEqual(800);
    expect(top).toBeGreaterThan(600);
  });
});

describe('unseenBadge', () => {
  it('hides the badge of an anchor well below, above or beside the window, sized as placeBadge would', () => {
    const below = { left: 100, top: 900, width: 80, height: 14 };
    expect(unseenBadge('cell', below, 1, WINDOW)).toEqual({
      at: { x: 100, y: 900 },
      size: SMALL_BADGE,
      shown: false,
      clip: WINDOW,
    });
    expect(unseenBadge('block', { left: 0, top: -400, width: 900, height: 300 }, 1, WINDOW)?.shown).toBe(false);
    expect(unseenBadge('cell', { left: 1100, top: 10, width: 80, height: 60 }, 2, WINDOW)?.size).toBe(BADGE * 2);
  });

  it('leaves an anchor that reaches into the window or near it, by one pixel or by all of it, to be measured', () => {
    expect(unseenBadge('cell', { left: 100, top: 799, width: 80, height: 30 }, 1, WINDOW)).toBeUndefined();
    // Just below the window: its badge may take room a shown neighbour's must keep clear of.
    expect(unseenBadge('cell', { left: 100, top: 800 + NEAR - 1, width: 80, height: 30 }, 1, WINDOW)).toBeUndefined();
    expect(unseenBadge('cell', { left: 100, top: -30 - NEAR + 1, width: 80, height: 30 }, 1, WINDOW)).toBeUndefined();
    expect(
      unseenBadge('cell', { left: 100, top: 800 + 2 * NEAR - 1, width: 80, height: 30 }, 2, WINDOW),
    ).toBeUndefined();
    expect(unseenBadge('cell', { left: 100, top: 801 + NEAR, width: 80, height: 30 }, 1, WINDOW)?.shown).toBe(false);
    expect(unseenBadge('table', { left: -10, top: -500, width: 1200, height: 2000 }, 1, WINDOW)).toBeUndefined();
  });

  it('agrees with placeBadge wherever placeBadge would say the badge is not shown', () => {
    // An anchor outside the window is never shown by placeBadge either, whatever its text or clip.
    for (const top of [-200, -31 - NEAR, 801 + NEAR, 5000]) {
      const box = { left: 100, top, width: 80, height: 30 };
      const g = cell(box, { left: 120, top: top + 6, width: 16, height: 18 });
      expect(placeBadge(g, 0).shown).toBe(false);
      expect(unseenBadge('cell', box, 1, WINDOW)?.shown).toBe(false);
    }
  });
});
