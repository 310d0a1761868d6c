/** Small readers over the canonical model shared by the rule families. */
import type { CanonicalCell, CellRef, Report, Section, SectionId, TableId } from '../model';
import { APPLICANT_COLS } from '../vocabulary';

export function cell(report: Report, table: TableId, row: string, col: string): CanonicalCell | undefined {
  return report.tables[table]?.rows[row]?.cells[col];
}

/** The number in a cell; undefined when the row or cell is missing or holds text, null when blank. */
export function num(report: Report, table: TableId, row: string, col: string): number | null | undefined {
  const c = cell(report, table, row, col);
  if (!c || c.status === 'text') return undefined;
  return c.value;
}

export function ref(table: TableId, row: string, col: string): CellRef {
  return { table, row, col };
}

export function section(report: Report, id: SectionId): Section | undefined {
  return report.sections.find((s) => s.id === id);
}

/** Body text of a section (paragraphs after its heading), compacted. */
export function sectionText(report: Report, id: SectionId): string {
  const s = section(report, id);
  return s ? s.paragraphs.map((i) => report.paragraphs[i]!.text).join('\n') : '';
}

/**
 * A relation Σparts = total over cells, as the arithmetic rules assess it. Not assessable (undefined) when any
 * term holds text or the total is not a number: then TBL-03 reports the gap. Blank parts next to numbers count as
 * 0, and the message says so. Every part blank is `allBlank`: against a total of 0 that is only unfilled cells
 * (TBL-03); against any other total the relation fails whichever way the blanks are read.
 */
export interface Sum {
  sum: number;
  total: number;
  parts: number[];
  blanks: number;
  allBlank: boolean;
}

export function relation(report: Report, parts: CellRef[], total: CellRef): Sum | undefined {
  const t = num(report, total.table, total.row, total.col);
  if (t === undefined || t === null) return undefined;
  const values: number[] = [];
  let blanks = 0;
  for (const p of parts) {
    const v = num(report, p.table, p.row, p.col);
    if (v === undefined) return undefined;
    if (v === null) blanks++;
    values.push(v ?? 0);
  }
  return {
    sum: round(values.reduce((a, b) => a + b, 0)),
    total: t,
    parts: values,
    blanks,
    allBlank: blanks === parts.length,
  };
}

export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function blankNote(blanks: number): { zh: string; en: string } {
  return blanks > 0 ? { zh: '（空白按0计）', en: ' (blanks counted as 0)' } : { zh: '', en: '' };
}

/** A number as the rules read it, and where it was computed rather than read, the numbers it was computed from. */
export interface ReadTotal {
  value: number;
  /** Present when the 总计 cell was blank and the applicant columns were added instead (non-zero ones). */
  addends?: number[];
}

/**
 * A table-3 row's total as a person reads it: the 总计 cell, or where that is blank (Shanghai 2019 left the whole
 * column empty) the sum of the applicant columns, which a message must then show.
 */
export function t3RowTotalRead(report: Report, row: string): ReadTotal | undefined {
  const t = num(report, 'T3', row, 'total');
  if (typeof t === 'number') return { value: t };
  if (t === undefined && !report.tables.T3?.rows[row]) return undefined;
  const rel = APPLICANT_COLS.map((c) => num(report, 'T3', row, c));
  if (rel.some((v) => v === undefined) || rel.every((v) => v === null)) return undefined;
  const values = rel.map((v) => v ?? 0);
  return { value: round(values.reduce((a, b) => a + b, 0)), addends: values.filter((v) => v !== 0) };
}

export function t3RowTotal(report: Report, row: string): number | undefined {
  return t3RowTotalRead(report, row)?.value;
}

/** How a computed total came about, for a message: "=258+12+1+1+3，“总计”栏空白，按各类申请人相加". */
export function computedNote(addends: number[] | undefined): { zh: string; en: string } {
  if (!addends) return { zh: '', en: '' };
  const sum = addends.length ? addends.join('+') : '0';
  return {
    zh: `=${sum}，“总计”栏空白，按各类申请人相加`,
    en: ` (${sum}: the total column is blank, so the applicant columns are added)`,
  };
}

/** Non-zero addends with their names, for a sum message: "自然人2+商业企业1"; "" when all are zero. */
export function namedAddends(terms: { name: string; value: number }[]): string {
  return terms
    .filter((t) => t.value !== 0)
    .map((t) => `${t.name}${t.value}`)
    .join('+');
}

/** The text says no disclosure applications came in ("未收到政府信息公开申请", "收到…申请0件"). */
const NO_APPLICATIONS =
  /(未收到|没有收到|未受理|未接到|无)(任何)?(政府信息公开|依申请公开|政府信息依申请公开)?的?(申请|事项)|(收到|受理)[^。;]{0,20}申请[^。;]{0,6}?(共计?)?0件/;

export function saysNoApplications(report: Report): boolean {
  return (['S1', 'S3'] as const).some((id) =>
    (section(report, id)?.paragraphs ?? []).some((p) => NO_APPLICATIONS.test(report.paragraphs[p]!.text)),
  );
}

/**
 * Table 3 left wholly blank by an agency that says it received no applications: a CMS that prints zeros as empty
 * cells. Its blanks are unfilled cells (TBL-03), not a table without data (TBL-02).
 */
export function blankT3OfNoApplications(report: Report): boolean {
  const t = report.tables.T3;
  if (!t || t.numericCells > 0) return false;
  const cells = Object.values(t.rows).flatMap((row) => Object.values(row.cells));
  return cells.length > 0 && cells.every((c) => c.status === 'blank') && saysNoApplications(report);
}
