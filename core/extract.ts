/**
 * Page → canonical report. Detection (is this a report at all?), sections by heading text, tables by their
 * header text and position, split tables merged back, then each table mapped onto the national format.
 */
import type { Anchors } from './anchor';
import { concatGrids, gridText, type Grid } from './grid';
import { linearizeSteps, type Block } from './linearize';
import { mapT2 } from './map/t2';
import { mapT3, type Mapped } from './map/t3';
import { mapT4 } from './map/t4';
import { agencyOf, publishDateOf, reportTitle, yearOf } from './meta';
import type { Paragraph, Report, Section, SectionId } from './model';
import { compact } from './normalize';
import { matchHeading } from './sections';
import { SelectorPaths } from './selector';
import { isTemplatePage } from './template';
import { T2_COLS_2019, TABLE_IDS, tableDef, type FormatVersion, type TableId } from './vocabulary';

export type Extraction =
  | { isReport: true; report: Report; anchors: Anchors }
  | { isReport: false; reason: 'no-title' | 'no-structure' | 'template'; title?: string };

/** Text between two parts of one table that the CMS split ("续表", "（续）"). */
const MAX_SPLIT_TEXT = 12;

function signature(grid: Grid): TableId | undefined {
  const text = compact(
    grid.cells
      .slice(0, 400)
      .map((c) => c.text)
      .join('|'),
  );
  if (/本年新收|申请人情况|上年结转/.test(text) || (/自然人/.test(text) && /予以公开/.test(text))) return 'T3';
  if (/行政复议/.test(text) && /行政诉讼|维持|纠正/.test(text)) return 'T4';
  if (/第二十条|信息内容|行政许可|规范性文件/.test(text)) return 'T2';
  return undefined;
}

interface Logical {
  /** The page tables it was read from, joined into one grid once all are known (joining as they came was quadratic). */
  parts: [Grid, ...Grid[]];
  sig: TableId | undefined;
  section: SectionId | null;
  first: number;
}

/** The extractor, pausing (yielding) between chunks of a large page's tables: see analyzeSteps (core/index.ts). */
export function* extractSteps(doc: Document, url = ''): Generator<void, Extraction> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { isReport: false, reason: 'no-title' };
  const blocks = yield* linearizeSteps(root);
  const firstLines = blocks
    .filter((b) => b.kind === 'text')
    .slice(0, 12)
    .map((b) => (b as { raw: string }).raw);
  const title = reportTitle(doc, firstLines);
  if (!title) return { isReport: false, reason: 'no-title' };

  const paragraphs: Paragraph[] = [];
  const paragraphEls: Element[] = [];
  const pageTables: Element[] = [];
  const sections: Section[] = [];
  const headingEls: Anchors['headings'] = {};
  const preamble: number[] = [];
  const logical: Logical[] = [];
  let current: Section | undefined;
  let textSinceTable = Infinity;

  for (const block of blocks as Block[]) {
    if (block.kind === 'text') {
      const index = paragraphs.length;
      paragraphs.push({ raw: block.raw, text: compact(block.raw) });
      paragraphEls.push(block.el);
      textSinceTable += paragraphs[index]!.text.length;
      const heading = matchHeading(block.raw, paragraphs[index]!.text);
      if (heading) {
        const seen = sections.find((s) => s.id === heading.def.id);
        if (seen) {
          seen.occurrences++;
          current = seen;
        } else {
          current = {
            id: heading.def.id,
            heading: block.raw.replace(/\s+/g, ' ').trim(),
            numeral: heading.numeral,
            order: sections.length,
            headingParagraph: index,
            occurrences: 1,
            paragraphs: [],
            tables: [],
          };
          sections.push(current);
          headingEls[heading.def.id] = block.el;
        }
        textSinceTable = Infinity;
      } else if (current) current.paragraphs.push(index);
      else preamble.push(index);
      continue;
    }
    const pageTable = pageTables.length;
    pageTables.push(block.el);
    const grid = block.grid;
    for (const cell of grid.cells) cell.pageTable = pageTable;
    const sig = signature(grid);
    const section = current?.id ?? null;
    current?.tables.push(pageTable);
    const prev = logical[logical.length - 1];
    if (
      prev &&
      prev.section === section &&
      textSinceTable <= MAX_SPLIT_TEXT &&
      (!sig || sig === prev.sig || !prev.sig)
    ) {
      prev.parts.push(grid);
      prev.sig = prev.sig ?? sig;
    } else logical.push({ parts: [grid], sig, section, first: pageTable });
    textSinceTable = 0;
  }

  const hasT3 = logical.some((l) => l.sig === 'T3');
  if (sections.length < 4 && !hasT3) return { isReport: false, reason: 'no-structure', title };
  const joined = logical.map((l) => ({ ...l, grid: concatGrids(...l.parts) }));
  yield;

  const cells = new Map<string, Element>();
  const tables: Report['tables'] = {};
  const tableAnchors: Anchors['tables'] = {};
  const mappers: Record<TableId, (g: Grid, paths: SelectorPaths) => Mapped> = { T2: mapT2, T3: mapT3, T4: mapT4 };
  const paths = new SelectorPaths();
  for (const id of TABLE_IDS) {
    // Prefer the table under its own section; else the first one whose header names it.
    const home = tableDef(id).section;
    const candidates = joined.filter((l) => l.sig === id);
    const chosen = candidates.find((l) => l.section === home) ?? candidates[0];
    if (!chosen) continue;
    const mapped = mappers[id](chosen.grid, paths);
    tables[id] = mapped.table;
    for (const [k, v] of mapped.anchors) cells.set(k, v);
    tableAnchors[id] = pageTables[chosen.first];
    yield;
  }

  const year = yearOf(title);
  if (isTemplatePage(title, year, paragraphs, tables)) return { isReport: false, reason: 'template', title };
  const report: Report = {
    url,
    title,
    agency: agencyOf(title),
    year,
    formatVersion: formatOf(year, tables),
    publishDate: publishDateOf(doc, firstLines),
    preamble,
    paragraphs,
    sections,
    tables,
    rawGrids: joined.map((l) => ({ pageTable: l.first, section: l.section, rows: gridText(l.grid) })),
  };
  return {
    isReport: true,
    report,
    anchors: { cells, paragraphs: paragraphEls, headings: headingEls, pageTables, tables: tableAnchors, root },
  };
}

/** By the year (spec §1.1); without a year, by what the tables look like. */
function formatOf(year: number | null, tables: Report['tables']): FormatVersion {
  if (year !== null) return year >= 2021 ? '2021' : '2019';
  const t2 = tables.T2;
  if (t2?.columns.some((c) => T2_COLS_2019.includes(c))) return '2019';
  return '2021';
}
