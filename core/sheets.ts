/**
 * Reports as spreadsheets (issue 11, 4): the three canonical tables laid out as the national form prints them
 * (two-level headers, merged), a findings sheet, and for a batch a summary sheet. Pure data — core/xlsx.ts and
 * toCsv() turn it into files; what a value was on the page stays what it was (a blank stays empty, text stays text).
 */
import type { ReportExport } from './export';
import { locationOf } from './location';
import type { CanonicalTable, Finding } from './model';
import { tableDef } from './parts';
import {
  T2_BLOCKS,
  T2_COLS,
  T2_ROWS,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUP_IDS,
  T4_GROUPS,
  t3RowName,
  type FormatVersion,
  type T2Block,
} from './vocabulary';

export type SheetCell = string | number | null;

export interface Sheet {
  name: string;
  rows: SheetCell[][];
  /** Merged ranges, 0-based inclusive: [firstRow, firstCol, lastRow, lastCol]. */
  merges: [number, number, number, number][];
  /** Header rows at the top (bold, frozen). */
  headerRows: number;
  /** Column widths in characters. */
  widths: number[];
}

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** A canonical cell as the page had it: its number, its text, or empty. */
function value(t: CanonicalTable | undefined, row: string, col: string): SheetCell {
  const c = t?.rows[row]?.cells[col];
  if (!c) return null;
  return c.status === 'number' ? c.value : c.status === 'text' ? c.raw : null;
}

/** 表二 by block: a title row per 第二十条 item, its column header, its rows (the columns the page has). */
function t2Sheet(t: CanonicalTable, format: FormatVersion): Sheet {
  const rows: SheetCell[][] = [];
  const merges: Sheet['merges'] = [];
  const width = 1 + Math.max(1, ...Object.keys(T2_BLOCKS).map((b) => blockCols(t, b as T2Block).length));
  for (const block of Object.keys(T2_BLOCKS) as T2Block[]) {
    const ids = T2_ROWS.filter((r) => r.block === block && t.rows[r.id]);
    if (!ids.length) continue;
    const cols = blockCols(t, block);
    merges.push([rows.length, 0, rows.length, width - 1]);
    rows.push([T2_BLOCKS[block].zh, ...Array(width - 1).fill(null)]);
    rows.push(['信息内容', ...cols.map((c) => colName(c, format))]);
    for (const r of ids) rows.push([t.rows[r.id]!.label || r.zh, ...cols.map((c) => value(t, r.id, c))]);
  }
  return { name: tableDef('T2').short, rows, merges, headerRows: 0, widths: [24, ...Array(width - 1).fill(16)] };
}

/** 表二's columns left to right as the forms print them (the 2019 form: 上一年项目数量, 本年增/减, 处理决定数量). */
const FORM_ORDER = [
  'issued',
  'repealed',
  'valid',
  'made',
  'published',
  'totalPublic',
  'prevCount',
  'change',
  'decisions',
  'feeAmount',
  'procCount',
  'procAmount',
];

/** A column's head as the report's own form words it (the 2019 form's 处理决定数量, not 本年处理决定数量). */
function colName(id: string, format: FormatVersion): string {
  const def = T2_COLS.find((d) => d.id === id)!;
  return format === '2019' && def.format === '2021' && def.alias ? def.alias : def.zh;
}

function blockCols(t: CanonicalTable, block: T2Block): string[] {
  const rows = T2_ROWS.filter((r) => r.block === block).map((r) => t.rows[r.id]);
  return FORM_ORDER.filter((c) => rows.some((r) => r?.cells[c]));
}

/** 表三: 申请人情况 over 自然人, 法人或其他组织 (five columns, a local 小计 if the page has one) and 总计. */
function t3Sheet(t: CanonicalTable): Sheet {
  const orgs = ['biz', 'sci', 'ngo', 'law', 'oth', ...(t.columns.includes('orgSub') ? ['orgSub'] : [])];
  const cols = ['np', ...orgs, 'total'];
  const last = cols.length;
  const header: SheetCell[][] = [
    ['项目', '申请人情况', ...Array(last - 1).fill(null)],
    [null, '自然人', '法人或其他组织', ...Array(orgs.length - 1).fill(null), '总计'],
    [null, null, ...orgs.map((c) => T3_COLUMNS[c as keyof typeof T3_COLUMNS].zh), null],
  ];
  const merges: Sheet['merges'] = [
    [0, 0, 2, 0],
    [0, 1, 0, last],
    [1, 1, 2, 1],
    [1, 2, 1, 1 + orgs.length],
    [1, last, 2, last],
  ];
  const order = [...T3_ROWS.map((r) => r.id), ...Object.keys(t.rows)];
  const ids = [...new Set(order)].filter((id) => t.rows[id]);
  const body = ids.map((id) => [t3RowName(id).zh, ...cols.map((c) => value(t, id, c))]);
  return {
    name: tableDef('T3').short,
    rows: [...header, ...body],
    merges,
    headerRows: 3,
    widths: [44, ...cols.map(() => 10)],
  };
}

/** 表四: 行政复议 (five columns) and 行政诉讼 (未经复议直接起诉, 复议后起诉, five each), one data row. */
function t4Sheet(t: CanonicalTable): Sheet {
  const cols = Object.keys(T4_COLUMNS) as (keyof typeof T4_COLUMNS)[];
  const names = cols.map((c) => T4_COLUMNS[c].zh);
  const header: SheetCell[][] = [
    ['行政复议', ...Array(4).fill(null), '行政诉讼', ...Array(9).fill(null)],
    [...names, T4_GROUPS.litDirect.zh, ...Array(4).fill(null), T4_GROUPS.litAfterReview.zh, ...Array(4).fill(null)],
    [...Array(5).fill(null), ...names, ...names],
  ];
  const merges: Sheet['merges'] = [
    [0, 0, 0, 4],
    [0, 5, 0, 14],
    ...cols.map((_, i) => [1, i, 2, i] as [number, number, number, number]),
    [1, 5, 1, 9],
    [1, 10, 1, 14],
  ];
  const data = T4_GROUP_IDS.flatMap((g) => cols.map((c) => value(t, g, c)));
  return { name: tableDef('T4').short, rows: [...header, data], merges, headerRows: 3, widths: Array(15).fill(10) };
}

function findingRow(f: Finding, i: number): SheetCell[] {
  return [i + 1, SEVERITY_ZH[f.severity], f.rule, f.message, locationOf(f).zh];
}

/** One report: 表二, 表三, 表四 (those read) and 问题, as the report's own words and figures. */
export function reportSheets(r: ReportExport): Sheet[] {
  const sheets: Sheet[] = [];
  if (r.tables.T2) sheets.push(t2Sheet(r.tables.T2, r.formatVersion));
  if (r.tables.T3) sheets.push(t3Sheet(r.tables.T3));
  if (r.tables.T4) sheets.push(t4Sheet(r.tables.T4));
  sheets.push({
    name: '问题',
    rows: [['序号', '级别', '规则', '问题', '位置'], ...r.findings.map(findingRow)],
    merges: [],
    headerRows: 1,
    widths: [6, 6, 8, 70, 40],
  });
  return sheets;
}

/** What a report was read from, for the 类型 column: a PDF, a Word file, or a web page. */
export function sourceKind(source: string): string {
  const path = source.replace(/[?#].*$/, '').toLowerCase();
  return path.endsWith('.pdf') ? 'PDF' : /\.(docx?|wps)$/.test(path) ? 'Word' : '网页';
}

/** One line of a batch: a report checked, or one that could not be (the reason in `problem`). */
export interface BatchEntry {
  source: string;
  kind: string;
  report?: Pick<ReportExport, 'agency' | 'year' | 'counts' | 'findings'>;
  problem?: string;
  /** Who and which year, as far as known without the report (its link's text): for a report not read. */
  agency?: string;
  year?: number | null;
}

/** A batch: 汇总 (a row per report, errors first in its counts) and 问题 (every finding with its report). */
export function batchSheets(entries: readonly BatchEntry[]): Sheet[] {
  const summary: SheetCell[][] = [['机关', '年度', '类型', '错误', '警告', '提示', '首个错误或警告', '来源', '说明']];
  const findings: SheetCell[][] = [['机关', '年度', '序号', '级别', '规则', '问题', '位置', '来源']];
  for (const e of entries) {
    const r = e.report;
    // As the batch page's own column: the first error, or where there is none the first warning.
    const first = r?.findings.find((f) => f.severity === 'error') ?? r?.findings.find((f) => f.severity === 'warning');
    const firstError = first ? `${first.severity === 'error' ? '' : '警告：'}${first.message}` : null;
    summary.push([
      r?.agency || e.agency || null,
      r?.year ?? e.year ?? null,
      e.kind,
      r ? r.counts.error : null,
      r ? r.counts.warning : null,
      r ? r.counts.info : null,
      firstError,
      e.source,
      e.problem ?? null,
    ]);
    for (const [i, f] of (r?.findings ?? []).entries()) {
      findings.push([r!.agency || null, r!.year ?? null, ...findingRow(f, i), e.source]);
    }
  }
  return [
    { name: '汇总', rows: summary, merges: [], headerRows: 1, widths: [28, 6, 6, 6, 6, 6, 60, 50, 30] },
    { name: '问题', rows: findings, merges: [], headerRows: 1, widths: [28, 6, 6, 6, 8, 70, 40, 50] },
  ];
}

/**
 * CSV as Excel and WPS open it on a Chinese Windows: UTF-8 with a byte-order mark, CRLF, fields quoted when they
 * hold a comma, quote or line break. A field that starts like a formula is prefixed with ' so no spreadsheet runs
 * text from a web page as a formula.
 */
export function toCsv(rows: readonly SheetCell[][]): string {
  const field = (v: SheetCell) => {
    if (v === null) return '';
    if (typeof v === 'number') return String(v);
    const safe = /^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\ufeff${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
