/**
 * The document page shows what was read in two ways (the PDF's pages as drawn, and the HTML tables the engine
 * read), and the overlay needs elements of the shown view as anchors. The engine's anchors are elements of the
 * parsed document; these functions carry them over to a view, and find the pages that need drawing. Pure DOM.
 */
import { anchorChain, titleParagraph, type Anchors } from '@/core/anchor';
import type { Finding, Report } from '@/core/model';

/** An element of the read document that came from a place on a PDF page (pdf-layout's data-source-*). */
export interface SourceBox {
  el: Element;
  page: number;
  /** x, y, width, height in points from the page's top left. */
  box: [number, number, number, number];
}

/** Every element read from a page, with its box; a table (which has no box of its own) spans its cells'. */
export function sourceBoxes(root: Element): SourceBox[] {
  const out: SourceBox[] = [];
  for (const el of Array.from(root.querySelectorAll('[data-source-page]'))) {
    const page = Number(el.getAttribute('data-source-page'));
    if (!Number.isInteger(page) || page < 1) continue;
    const own = boxOf(el);
    const box = own ?? union(Array.from(el.querySelectorAll('[data-source-box]')).map(boxOf));
    if (box) out.push({ el, page, box });
  }
  return out;
}

function boxOf(el: Element): SourceBox['box'] | undefined {
  const raw = el.getAttribute('data-source-box');
  const box = raw?.split(',').map(Number);
  return box?.length === 4 && box.every(Number.isFinite) ? (box as SourceBox['box']) : undefined;
}

function union(boxes: (SourceBox['box'] | undefined)[]): SourceBox['box'] | undefined {
  const all = boxes.filter((b) => b !== undefined);
  if (!all.length) return undefined;
  const x = Math.min(...all.map((b) => b[0]));
  const y = Math.min(...all.map((b) => b[1]));
  const right = Math.max(...all.map((b) => b[0] + b[2]));
  const bottom = Math.max(...all.map((b) => b[1] + b[3]));
  return [x, y, right - x, bottom - y];
}

/** The same anchors, each element replaced by its counterpart in the view (left out where it has none). */
export function mapAnchors(a: Anchors, to: (el: Element) => Element | undefined, root: Element): Anchors {
  const cells = new Map<string, Element>();
  for (const [key, el] of a.cells) {
    const mapped = to(el);
    if (mapped) cells.set(key, mapped);
  }
  const headings: Anchors['headings'] = {};
  for (const [id, el] of Object.entries(a.headings)) {
    const mapped = el && to(el);
    if (mapped) headings[id as keyof Anchors['headings']] = mapped;
  }
  const tables: Anchors['tables'] = {};
  for (const [id, el] of Object.entries(a.tables)) {
    const mapped = el && to(el);
    if (mapped) tables[id as keyof Anchors['tables']] = mapped;
  }
  // Paragraphs stay sparse by index, as anchorChain reads them (a missing one falls through to the next candidate);
  // the page tables are only watched for size changes.
  const paragraphs = a.paragraphs.map((el) => to(el)) as Element[];
  const pageTables = a.pageTables.map((el) => to(el)).filter((el) => el !== undefined);
  return { cells, headings, tables, paragraphs, pageTables, root };
}

/** Element by element, for a copy of the same tree (document.importNode): the i-th element of one is the other's. */
export function counterparts(from: Element, to: Element): (el: Element) => Element | undefined {
  const a = [from, ...Array.from(from.querySelectorAll('*'))];
  const b = [to, ...Array.from(to.querySelectorAll('*'))];
  const index = new Map(a.map((el, i) => [el, i]));
  return (el) => {
    const i = index.get(el);
    return i === undefined ? undefined : b[i];
  };
}

/**
 * The PDF pages that carry a finding: the page of the first element, in each finding's chain of anchors, that came
 * from a page. A report without findings shows its first page, so the reader still sees what was checked.
 */
export function pagesWithFindings(findings: Finding[], report: Report, anchors: Anchors): number[] {
  const pages = new Set<number>();
  const titleLine = titleParagraph(report);
  for (const f of findings) {
    for (const c of anchorChain(f, titleLine, anchors)) {
      const page = Number(c.el.getAttribute('data-source-page'));
      if (Number.isInteger(page) && page > 0) {
        pages.add(page);
        break;
      }
    }
  }
  if (!pages.size) pages.add(1);
  return [...pages].sort((x, y) => x - y);
}
