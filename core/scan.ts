/**
 * The page's side of a check: the page read once — its lines of text, its data tables' grids, its title and date —
 * into a PageScan, plain data that can cross to the background, where the rest of the check runs (core/extract.ts,
 * core/index.ts analyzeScan). The elements behind the scan stay in the page, in a side table (PageElements) that
 * the findings' anchors are resolved against (core/anchor.ts resolveAnchors). Only this much of the engine runs in
 * a report page: mapping the tables and the rules cost the page's main thread more to compile and run than they
 * cost the background, off the page's thread.
 */
import { gridData, type GridData, type GridSink } from './grid';
import { linearizeSteps } from './linearize';
import { publishDateOf, reportTitle } from './meta';
import { SelectorPaths } from './selector';

export type ScanBlock = { kind: 'text'; raw: string } | { kind: 'table'; grid: GridData };

export interface PageScan {
  url: string;
  /** The report's title (DET-01): a page without one is not scanned further. */
  title: string;
  publishDate: string | null;
  /** The page in reading order (core/linearize.ts). */
  blocks: ScanBlock[];
  /** The selector of every data table row, by SourceCell.rowPath: a cell's provenance is its row's path and its step. */
  rowPaths: string[];
}

/** The elements behind a scan: by block index, and by SourceCell.at. Never serialised. */
export interface PageElements {
  blocks: Element[];
  cells: Element[];
  root: Element;
}

export type Scanned = { scan: PageScan; elements: PageElements } | { scan: null; reason: 'no-title' };

/** The page scanned, pausing (yielding) between chunks of a large page's tables (core/index.ts analyzeSteps). */
export function* scanSteps(doc: Document, url = ''): Generator<void, Scanned> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { scan: null, reason: 'no-title' };
  const sink: GridSink = { cells: [], rows: [] };
  const found = yield* linearizeSteps(root, sink);
  const firstLines: string[] = [];
  for (const b of found) {
    if (firstLines.length >= 12) break;
    if (b.kind === 'text') firstLines.push(b.raw);
  }
  const title = reportTitle(doc, firstLines);
  if (!title) return { scan: null, reason: 'no-title' };

  const blocks: ScanBlock[] = [];
  const elements: PageElements = { blocks: [], cells: sink.cells, root };
  let pageTable = 0;
  for (const b of found) {
    elements.blocks.push(b.el);
    if (b.kind === 'text') blocks.push({ kind: 'text', raw: b.raw });
    else {
      for (const cell of b.grid.cells) cell.pageTable = pageTable;
      pageTable++;
      blocks.push({ kind: 'table', grid: gridData(b.grid) });
    }
  }
  const paths = new SelectorPaths();
  const rowPaths = sink.rows.map((row) => paths.of(row));
  return {
    scan: { url, title, publishDate: publishDateOf(doc, firstLines), blocks, rowPaths },
    elements,
  };
}
