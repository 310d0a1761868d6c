/**
 * A page read once — its lines of text, its data tables' grids, its title and date — into a PageScan, plain data
 * that the rest of the check reads (core/extract.ts). The elements behind the scan are
 * kept in a side table (PageElements) that the findings' anchors are resolved against (resolveAnchors, below). The
 * engine scans the live page, in steps, the command line and the extension's pages their own documents.
 */
import type { AnchorRefs, Anchors } from './anchor';
import type { Grid, GridSink } from './grid';
import type { Analysis } from './index';
import { linearizeSteps, type ReadOptions } from './linearize';
import { publishDateOf, reportTitle } from './meta';
import { SelectorPaths } from './selector';
import type { SectionId, TableId } from './vocabulary';

export type ScanBlock = { kind: 'text'; raw: string } | { kind: 'table'; grid: Grid };

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

/**
 * The elements behind a scan: by block index, and by SourceCell.at (the data tables' cells in page order). Never
 * serialised.
 */
export interface PageElements {
  blocks: Element[];
  cells: Element[];
  root: Element;
}

export type Scanned = { scan: PageScan; elements: PageElements } | { scan: null; reason: 'no-title' };

/**
 * The page scanned, with pause points (yields) between chunks of a large page's tables: the engine in a page runs it
 * a few milliseconds a task (extension/page/slices.ts), everyone else in one go (analyze).
 */
export function* scanSteps(doc: Document, url = '', options: ReadOptions = {}): Generator<void, Scanned> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { scan: null, reason: 'no-title' };
  const sink: GridSink = { cells: [], rows: [] };
  const found = yield* linearizeSteps(root, sink, options);
  const firstLines: string[] = [];
  for (const b of found) {
    if (firstLines.length >= 12) break;
    if (b.kind === 'text') firstLines.push(b.raw);
  }
  const title = reportTitle(doc, firstLines);
  if (!title) return { scan: null, reason: 'no-title' };

  // A pause point before the rows' selectors (a few milliseconds on a page of 20,000 cells).
  yield;
  const blocks: ScanBlock[] = [];
  const elements: PageElements = { blocks: [], cells: sink.cells, root };
  for (const b of found) {
    elements.blocks.push(b.el);
    blocks.push(b.kind === 'text' ? { kind: 'text', raw: b.raw } : { kind: 'table', grid: b.grid });
  }
  const paths = new SelectorPaths();
  const rowPaths = sink.rows.map((row) => paths.of(row));
  return {
    scan: { url, title, publishDate: publishDateOf(doc, firstLines), blocks, rowPaths },
    elements,
  };
}

/** Why a page was not scanned (the same words as a check's). */
export type NotScanned = Extract<Analysis, { isReport: false }>;

/** scanSteps for a caller: a page without a title, or one that breaks the scan (unreadable), said as a check says it. */
export function* scanPage(
  doc: Document,
  url = '',
  options: ReadOptions & { debug?: boolean } = {},
): Generator<void, Extract<Scanned, { scan: PageScan }> | NotScanned> {
  try {
    const scanned = yield* scanSteps(doc, url, options);
    return scanned.scan === null ? { isReport: false, reason: scanned.reason } : scanned;
  } catch (err) {
    if (options.debug) throw err;
    return { isReport: false, reason: 'unreadable', error: String(err) };
  }
}

/** The elements behind a check's anchors, in the page that was scanned. Numbers the page does not have are left out. */
export function resolveAnchors(refs: AnchorRefs, elements: PageElements): Anchors {
  const block = (i: number | undefined) => (i === undefined ? undefined : elements.blocks[i]);
  const cells = new Map<string, Element>();
  for (const [key, at] of Object.entries(refs.cells)) {
    const el = elements.cells[at];
    if (el) cells.set(key, el);
  }
  // Headings by section, tables by id: the blocks that are on the page.
  const byId = <K extends string>(ids: Partial<Record<K, number>>): Partial<Record<K, Element>> => {
    const out: Partial<Record<K, Element>> = {};
    for (const [id, i] of Object.entries(ids) as [K, number][]) {
      const el = block(i);
      if (el) out[id] = el;
    }
    return out;
  };
  const present = (els: (Element | undefined)[]) => els.filter((el): el is Element => el !== undefined);
  return {
    cells,
    // By index of Report.paragraphs: a paragraph the page lost keeps its place (the overlay falls back to others).
    paragraphs: refs.paragraphs.map((i) => block(i) ?? elements.root),
    headings: byId<SectionId>(refs.headings),
    pageTables: present(refs.pageTables.map(block)),
    tables: byId<TableId>(refs.tables),
    root: elements.root,
  };
}
