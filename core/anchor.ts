/**
 * The elements behind the model, and where on the page a finding belongs: the involved cell for a cell finding,
 * the paragraph for a text finding, the section heading (or where a missing section should be), the table, else
 * the report's title. Each finding gets a chain of candidates, best first; the overlay takes the first one that is
 * rendered.
 */
import type { Finding, Report } from './model';
import { SECTION_IDS, type SectionId, type TableId } from './ids';

/** Elements behind the model, for the overlay: kept beside the report, never serialised. */
export interface Anchors {
  /** anchorKey("T3", "new", "np") → that cell; "T3:new:label" → the row's label cell. */
  cells: Map<string, Element>;
  /** By index of Report.paragraphs. */
  paragraphs: Element[];
  headings: Partial<Record<SectionId, Element>>;
  /** Every data table of the page, by ordinal (Provenance.pageTable). */
  pageTables: Element[];
  /** Each canonical table's first page table. */
  tables: Partial<Record<TableId, Element>>;
  root: Element;
}

/**
 * The same as data, as the check names them wherever it runs: each element by its number in the page's side table
 * (core/scan.ts PageElements): cells by SourceCell.at, the rest by block index.
 */
export interface AnchorRefs {
  cells: Record<string, number>;
  paragraphs: number[];
  headings: Partial<Record<SectionId, number>>;
  pageTables: number[];
  tables: Partial<Record<TableId, number>>;
}

/** Where a canonical cell's element is kept: "T3:new:np". */
export function anchorKey(table: string, row: string, col: string): string {
  return `${table}:${row}:${col}`;
}

export type Placement =
  /** A table cell or row label: the badge sits just after its number (components/overlay/layout.ts), off the text. */
  | 'cell'
  /** A heading, paragraph or title: the badge sits in the margin left of the block. */
  | 'block'
  /** A missing section: the badge sits just above the heading of the section that follows it. */
  | 'before'
  /** A whole table: on its top-right corner. */
  | 'table';

export interface AnchorCandidate {
  el: Element;
  placement: Placement;
  /** For a cell: its anchor key ("T3:new:np"), which the overlay exposes for tests and tooling. */
  key?: string;
}

/** `titleLine`: the report's title line among its paragraphs (titleParagraph), its last resort but the page root. */
export function anchorChain(finding: Finding, titleLine: number | undefined, anchors: Anchors): AnchorCandidate[] {
  const chain: AnchorCandidate[] = [];
  for (const ref of finding.cells ?? []) {
    const key = anchorKey(ref.table, ref.row, ref.col);
    const el = anchors.cells.get(key);
    if (el) chain.push({ el, placement: 'cell', key });
  }
  if (finding.paragraph !== undefined) {
    const el = anchors.paragraphs[finding.paragraph];
    if (el) chain.push({ el, placement: 'block' });
  }
  if (finding.section) {
    const heading = anchors.headings[finding.section];
    if (heading) chain.push({ el: heading, placement: 'block' });
    else {
      const next = nextPresentHeading(finding.section, anchors);
      if (next) chain.push({ el: next, placement: 'before' });
    }
  }
  if (finding.table) {
    const el = anchors.tables[finding.table];
    if (el) chain.push({ el, placement: 'table' });
  }
  const top = titleElement(titleLine, anchors);
  if (top) chain.push({ el: top, placement: 'block' });
  chain.push({ el: anchors.root, placement: 'block' });
  return dedupe(chain);
}

/** The heading of the first section after `id` (in the national order) that the page has. */
function nextPresentHeading(id: Finding['section'], anchors: Anchors): Element | undefined {
  const from = SECTION_IDS.indexOf(id as SectionId);
  for (const s of SECTION_IDS.slice(from + 1)) {
    const el = anchors.headings[s];
    if (el) return el;
  }
  return undefined;
}

/** The report's title line: the first paragraph naming the annual report, else the first heading. */
export function titleElement(titleLine: number | undefined, anchors: Anchors): Element | undefined {
  if (titleLine !== undefined) return anchors.paragraphs[titleLine];
  for (const s of SECTION_IDS) if (anchors.headings[s]) return anchors.headings[s];
  return undefined;
}

/** The index of the report's title line among its paragraphs: the first of its first 40 to name the report. */
export function titleParagraph(report: Pick<Report, 'paragraphs'>): number | undefined {
  const limit = Math.min(report.paragraphs.length, 40);
  for (let i = 0; i < limit; i++) {
    const text = report.paragraphs[i]!.text;
    if (/年度?报告|年报/.test(text) && !/>/.test(text)) return i;
  }
  return undefined;
}

function dedupe(chain: AnchorCandidate[]): AnchorCandidate[] {
  const seen = new Set<Element>();
  return chain.filter((c) => {
    if (seen.has(c.el)) return false;
    seen.add(c.el);
    return true;
  });
}
