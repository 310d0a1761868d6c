/**
 * A page scan → canonical report (in the page for a web page, in-process for the document page and the command
 * line). Detection (is this a report at all?), sections by heading text, tables by
 * their header text and position, split tables merged back, then each table mapped onto the national format. The
 * page's elements are named by number (AnchorRefs), resolved in the page (resolveAnchors, core/scan.ts).
 */
import type { AnchorRefs } from './anchor';
import { concatGrids, gridText, type Grid } from './grid';
import { mapT2 } from './map/t2';
import { mapT3, type Mapped } from './map/t3';
import { mapT4 } from './map/t4';
import { agencyOf, yearOf } from './meta';
import type { Paragraph, Report, Section, SectionId } from './model';
import { compact } from './normalize';
import type { PageScan } from './scan';
import { readingOf } from './reading';
import { matchHeading } from './sections';
import { isTemplatePage } from './template';
import { T2_COLS_2019, TABLE_IDS, tableDef, type FormatVersion, type TableId } from './vocabulary';

export type Extraction =
  | { isReport: true; report: Report; anchors: AnchorRefs }
  | { isReport: false; reason: 'no-title' | 'no-structure' | 'template' | 'several-reports'; title?: string };

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
  // 表四's heads; a page break may leave its first row (行政复议｜行政诉讼) on the page before.
  if ((/行政复议/.test(text) && /行政诉讼|维持|纠正/.test(text)) || /未经复议|复议后起诉/.test(text)) return 'T4';
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

/**
 * The report a scanned page holds, or why it is none, with a pause point (a yield) after each page table read into
 * a grid and after each table mapped, for a caller that runs it a few milliseconds a task.
 */
export function* extractSteps(scan: PageScan): Generator<void, Extraction> {
  const { title } = scan;
  const paragraphs: Paragraph[] = [];
  const paragraphEls: number[] = [];
  const pageTables: number[] = [];
  const sections: Section[] = [];
  const headingEls: AnchorRefs['headings'] = {};
  const preamble: number[] = [];
  const logical: Logical[] = [];
  let current: Section | undefined;
  let textSinceTable = Infinity;

  for (const [at, block] of scan.blocks.entries()) {
    if (block.kind === 'text') {
      const index = paragraphs.length;
      paragraphs.push({ raw: block.raw, text: compact(block.raw) });
      paragraphEls.push(at);
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
          headingEls[heading.def.id] = at;
        }
        textSinceTable = Infinity;
      } else if (current) current.paragraphs.push(index);
      else preamble.push(index);
      continue;
    }
    const pageTable = pageTables.length;
    pageTables.push(at);
    const { grid } = block;
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
    yield;
  }

  const hasT3 = logical.some((l) => l.sig === 'T3');
  if (sections.length < 4 && !hasT3) return { isReport: false, reason: 'no-structure', title };
  if (severalReports(title, paragraphs, logical)) return { isReport: false, reason: 'several-reports', title };
  const joined = logical.map((l) => ({ ...l, grid: concatGrids(...l.parts) }));

  const cells: AnchorRefs['cells'] = {};
  const tables: Report['tables'] = {};
  const tableAnchors: AnchorRefs['tables'] = {};
  const mappers: Record<TableId, (g: Grid, paths: readonly string[]) => Mapped> = {
    T2: mapT2,
    T3: mapT3,
    T4: mapT4,
  };
  const chosenGrids: Partial<Record<TableId, Grid>> = {};
  for (const id of TABLE_IDS) {
    // Prefer the table under its own section; else the first one whose header names it.
    const home = tableDef(id).section;
    const candidates = joined.filter((l) => l.sig === id);
    const chosen = candidates.find((l) => l.section === home) ?? candidates[0];
    if (!chosen) continue;
    chosenGrids[id] = chosen.grid;
    const mapped = mappers[id](chosen.grid, scan.rowPaths);
    tables[id] = mapped.table;
    for (const [k, v] of mapped.anchors) cells[k] = v;
    tableAnchors[id] = pageTables[chosen.first];
    yield;
  }

  const year = yearOf(title);
  if (isTemplatePage(title, year, paragraphs, tables)) return { isReport: false, reason: 'template', title };
  const formatVersion = formatOf(year, tables);
  const reading = readingOf(
    tables,
    chosenGrids,
    joined.map((l) => l.grid),
    formatVersion,
  );
  const report: Report = {
    url: scan.url,
    title,
    agency: agencyOf(title),
    year,
    formatVersion,
    publishDate: scan.publishDate,
    preamble,
    paragraphs,
    sections,
    tables,
    rawGrids: joined.map((l) => ({ pageTable: l.first, section: l.section, rows: gridText(l.grid) })),
    ...(reading ? { reading } : {}),
  };
  return {
    isReport: true,
    report,
    anchors: { cells, paragraphs: paragraphEls, headings: headingEls, pageTables, tables: tableAnchors },
  };
}

/** A report's own title in its text: "2024年…政府信息公开工作年度报告". */
const REPORT_TITLE_YEAR = /(20\d\d)年度?[^。,;]{0,30}?政府信息公开工作年度报告/g;

/**
 * Two reports in one document (a comparison printout with both years' tables side by side): 表三 twice, not as
 * the two parts of one split table, and report titles of more than one year. Checked as one, it would mix one
 * year's text with the other's tables.
 */
function severalReports(title: string, paragraphs: Paragraph[], logical: Logical[]): boolean {
  if (logical.filter((l) => l.sig === 'T3').length < 2) return false;
  const years = new Set<string>();
  for (const text of [compact(title), ...paragraphs.map((p) => p.text)])
    for (const m of text.matchAll(REPORT_TITLE_YEAR)) years.add(m[1]!);
  return years.size >= 2;
}

/** By the year (spec §1.1); without a year, by what the tables look like. */
function formatOf(year: number | null, tables: Report['tables']): FormatVersion {
  if (year !== null) return year >= 2021 ? '2021' : '2019';
  const t2 = tables.T2;
  if (t2?.columns.some((c) => T2_COLS_2019.includes(c))) return '2019';
  return '2021';
}
