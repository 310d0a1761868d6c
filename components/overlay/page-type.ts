/**
 * The overlay writes in the page's own type where it can: the font family and size of the report's table text,
 * the size kept between 12 and 16 px (a page set in 21 px 仿宋 gets a summary of 16). A font the page has not used
 * made the overlay's first draw load and shape it, about a millisecond of a report page's main thread (paired
 * runs); one the page already shows costs nothing more. Read before the overlay is in the page, whose style is
 * then up to date: reading it costs no style recalculation.
 */
const MIN_PX = 12;
const MAX_PX = 16;

export interface PageType {
  fontFamily: string;
  fontSize: string;
}

/** The type of `sample` (a cell of the report's first table, else its root), or undefined if it has none. */
export function pageType(sample: Element): PageType | undefined {
  const style = sample.ownerDocument.defaultView?.getComputedStyle(sample);
  const px = Number.parseFloat(style?.fontSize ?? '');
  if (!style?.fontFamily || !Number.isFinite(px) || px <= 0) return undefined;
  return { fontFamily: style.fontFamily, fontSize: `${Math.min(MAX_PX, Math.max(MIN_PX, px))}px` };
}

/** Where the report's text is: the first cell of its first table, else its root. */
export function typeSample(tables: Element[], root: Element): Element {
  return tables[0]?.querySelector('td, th') ?? root;
}
