/**
 * The page body as a flat sequence of text lines and data tables, in reading order. Headings are found among
 * the lines by their text, never by tag level; <br> splits lines because some CMSs put a whole report in one <p>.
 */
import { tableToGrid, type Grid, type GridSink } from './grid';
import { OVERLAY_HOST_ATTR } from './overlay-host';

/** A data table comes with its grid, built while deciding that it is one (every cell's text is read once). */
export type Block = { kind: 'text'; el: Element; raw: string } | { kind: 'table'; el: Element; grid: Grid };

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
  'head',
  'video',
  'audio',
  'map',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'td',
  'th',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'html',
]);
/** A table cell longer than this is page layout, not data. */
const LAYOUT_CELL_CHARS = 300;

/** True for tables that lay out the page (they hold other tables or long prose) rather than report data. */
function isLayoutTable(table: Element): boolean {
  if (table.querySelector('table')) return true;
  for (const cell of Array.from(table.querySelectorAll('td,th'))) {
    if ((cell.textContent ?? '').length > LAYOUT_CELL_CHARS) return true;
  }
  return false;
}

/**
 * The grid of a data table, or null for a layout table. The grid reads every cell's text, and when it holds all
 * of the table's cells (always, in a browser's DOM) that text also answers the long-prose question; otherwise (a
 * table cut at the grid's size limit, cells outside rows in a lenient parser's DOM) the page is asked as before.
 */
function dataGrid(table: Element, pageTable: number, sink: GridSink): Grid | null {
  if (table.querySelector('table')) return null;
  const before = { cells: sink.cells.length, rows: sink.rows.length };
  const grid = tableToGrid(table, pageTable, sink);
  const layout = holdsExactly(table.querySelectorAll('td,th'), grid.cells.length)
    ? grid.cells.some((c) => c.text.length > LAYOUT_CELL_CHARS)
    : isLayoutTable(table);
  if (!layout) return grid;
  // A layout table's elements leave the side table again: its text is read as text.
  sink.cells.length = before.cells;
  sink.rows.length = before.rows;
  return null;
}

/**
 * A list's length, asked by index: `.length` is not among the DOM members core/ reads (test/cli/html/dom-members.test.ts),
 * and Array.from(list).length walked the whole list through its indexed getter, ≈ 0.4 µs a cell in Chromium.
 */
function holdsExactly(list: ArrayLike<unknown>, n: number): boolean {
  return (n === 0 || list[n - 1] !== undefined) && list[n] === undefined;
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute(OVERLAY_HOST_ATTR)) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none/i.test(style);
}

/** Read as a Node member: the DOM members core/ reads are the light document's (test/cli/html/dom-members.test.ts). */
const firstChild = (node: Node): ChildNode | null => node.firstChild;

/**
 * What a live page adds to the markup: `hiddenTable` says which tables its own stylesheet hides (a second copy kept
 * for printing, a tab not shown), which a person does not read either. Only tables are asked, so that its cost
 * (a style computation) stays one call a table.
 */
export interface ReadOptions {
  hiddenTable?: (table: Element) => boolean;
}

/** A parent whose children are being walked: the next one, the element text is anchored to, and whether it is a block. */
interface Frame {
  next: ChildNode | null;
  container: Element;
  block: boolean;
}

/**
 * The blocks of the page in reading order. A generator that pauses (yields) after every data table, so that a
 * caller can let it run a few milliseconds per task (core/scan.ts scanSteps). The walk
 * keeps its own stack rather than recursing, so that it can pause between any two tables. The elements behind the
 * grids' cells and rows go to `sink`.
 */
export function* linearizeSteps(
  root: Element,
  sink: GridSink = { cells: [], rows: [] },
  options: ReadOptions = {},
): Generator<void, Block[]> {
  const out: Block[] = [];
  let buffer = '';
  let anchor: Element = root;
  /** Data tables read so far: the next one's ordinal (SourceCell.pageTable). */
  let tables = 0;

  const flush = () => {
    if (buffer.trim()) out.push({ kind: 'text', el: anchor, raw: buffer });
    buffer = '';
  };

  const stack: Frame[] = [{ next: firstChild(root), container: root, block: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.block) flush();
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      if (!buffer) anchor = frame.container;
      buffer += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || hidden(el)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'table') {
      flush();
      if (options.hiddenTable?.(el)) continue;
      const grid = dataGrid(el, tables, sink);
      if (grid) {
        tables++;
        out.push({ kind: 'table', el, grid });
        // A pause point after every data table: the caller decides whether to pause there (extension/page/slices.ts).
        yield;
      } else stack.push({ next: firstChild(el), container: el, block: false });
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      stack.push({ next: firstChild(el), container: el, block: true });
    } else {
      if (!buffer) anchor = frame.container;
      stack.push({ next: firstChild(el), container: frame.container, block: false });
    }
  }
  flush();
  return out;
}
