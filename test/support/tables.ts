/**
 * Canonical tables as the mappers in core/map produce them, and pure helpers that change one thing in them.
 * Every helper returns a new report; cells always carry a plausible `source`, so a finding's cells can be
 * located as on a real page.
 */
import {
  T2_ROWS,
  T3_ROWS,
  T4_COLS,
  T4_GROUP_IDS,
  t2ColDef,
  t3ColName,
  t3RowDef,
  t3RowName,
  T4_COLUMNS,
  type T4Col,
  type T4Group,
} from '../../core/vocabulary';
import type { CanonicalCell, CanonicalRow, CanonicalTable, Provenance, Report, TableId } from '../../core/model';

/** What a test writes into a cell: a number, null for a blank cell, text, or a number with its unit. */
export type CellInput = number | null | string | { value: number; unit: string };

/** The page tables in page order: 表二, 表三, 表四. */
const PAGE_TABLE: Record<TableId, number> = { T2: 0, T3: 1, T4: 2 };
/** Table 3 has three header rows and three label columns, as the national form draws it. */
const T3_HEADER_ROWS = 3;
const T3_LABEL_COLS = 3;
const T3_ROW_ORDER = [...T3_ROWS.map((d) => d.id), 'sub3', 'sub4', 'sub5', 'sub6'];
/** Table 2: grid row of each row label (block caption and header rows between them). */
const T2_GRID_ROW: Record<string, number> = {
  rules: 2,
  normDocs: 3,
  licensing: 6,
  otherServices: 7,
  penalty: 10,
  coercion: 11,
  adminFee: 14,
  procurement: 17,
};

export function provenance(pageTable: number, gridRow: number, gridCol: number): Provenance {
  const selector =
    `html > body > div:nth-child(3) > table:nth-child(${12 + 2 * pageTable}) > tbody:nth-child(1)` +
    ` > tr:nth-child(${gridRow + 1}) > td:nth-child(${gridCol + 1})`;
  return { pageTable, gridRow, gridCol, selector };
}

function gridRowOf(table: TableId, row: string): number {
  if (table === 'T4') return 3;
  if (table === 'T2') return T2_GRID_ROW[row] ?? 20;
  return T3_HEADER_ROWS + T3_ROW_ORDER.indexOf(row);
}

/** Table 2 rows list their own columns after the label: `t2Index` is the cell's place among them. */
function gridColOf(table: CanonicalTable, row: string, col: string, t2Index: number): number {
  if (table.id === 'T4') return T4_GROUP_IDS.indexOf(row as T4Group) * 5 + T4_COLS.indexOf(col as never);
  if (table.id === 'T3') return T3_LABEL_COLS + table.columns.indexOf(col);
  return 1 + t2Index;
}

export function makeCell(v: CellInput, source: Provenance): CanonicalCell {
  if (v === null) return { value: null, status: 'blank', raw: '', source };
  if (typeof v === 'number') return { value: v, status: 'number', raw: String(v), source };
  if (typeof v === 'string') return { value: null, status: 'text', raw: v, source };
  return { value: v.value, status: 'number', raw: `${v.value}${v.unit}`, unit: v.unit, source };
}

function cellSource(table: CanonicalTable, row: string, col: string, t2Index = 0): Provenance {
  return provenance(PAGE_TABLE[table.id], gridRowOf(table.id, row), gridColOf(table, row, col, t2Index));
}

export function makeRow(
  table: CanonicalTable,
  row: string,
  label: string,
  values: Record<string, CellInput>,
): CanonicalRow {
  const cells: CanonicalRow['cells'] = {};
  Object.entries(values).forEach(([col, v], i) => {
    cells[col] = makeCell(v, cellSource(table, row, col, i));
  });
  // Table 4 is one page row read as three groups: its label is the group id and its source the group's first cell.
  const source =
    table.id === 'T4'
      ? provenance(PAGE_TABLE.T4, 3, T4_GROUP_IDS.indexOf(row as T4Group) * 5)
      : provenance(PAGE_TABLE[table.id], gridRowOf(table.id, row), 0);
  const dataCells = table.id === 'T2' ? Object.keys(values).length : table.width;
  return { label, fuzzy: false, dataCells, cells, source };
}

export function emptyTable(id: TableId, columns: string[], width: number): CanonicalTable {
  const pageTables = [PAGE_TABLE[id]];
  return { id, pageTables, rows: {}, columns, numericCells: 0, width, fuzzyColumns: [] };
}

export function countNumbers(t: CanonicalTable): number {
  const numbers = (row: CanonicalRow) => Object.values(row.cells).filter((c) => c.status === 'number').length;
  return Object.values(t.rows).reduce((n, row) => n + numbers(row), 0);
}

/** The raw grids of the export, rebuilt from the tables: a header row, then label and raw cells per row. */
export function withRawGrids(r: Report): Report {
  const home: Record<TableId, 'S2' | 'S3' | 'S4'> = { T2: 'S2', T3: 'S3', T4: 'S4' };
  const rawGrids = (['T2', 'T3', 'T4'] as const).flatMap((id) => {
    const t = r.tables[id];
    if (!t) return [];
    const label = (c: string) =>
      id === 'T3' ? t3ColName(c).zh : id === 'T4' ? (T4_COLUMNS[c as T4Col]?.zh ?? c) : (t2ColDef(c)?.zh ?? c);
    const header = t.columns.map(label);
    const rows = [
      ['', ...header],
      ...Object.values(t.rows).map((row) => [row.label, ...t.columns.map((c) => row.cells[c]?.raw ?? null)]),
    ];
    const section = r.sections.some((s) => s.id === home[id]) ? home[id] : null;
    return [{ pageTable: t.pageTables[0]!, section, rows }];
  });
  return { ...r, rawGrids };
}

/** Replaces one table, keeping numericCells (the count of numbers on the page) in step with its cells. */
function putTable(r: Report, t: CanonicalTable, recount = true): Report {
  const table = recount ? { ...t, numericCells: countNumbers(t) } : t;
  return withRawGrids({ ...r, tables: { ...r.tables, [t.id]: table } });
}

function tableOf(r: Report, id: TableId): CanonicalTable {
  const t = r.tables[id];
  if (!t) throw new Error(`the report has no ${id}`);
  return structuredClone(t);
}

function rowOf(t: CanonicalTable, row: string): CanonicalRow {
  const data = t.rows[row];
  if (!data) throw new Error(`${t.id} has no row ${row}`);
  return data;
}

/** One cell set to a number, a blank (null), text or a number with a unit; a new column of an existing row is added. */
export function withCell(r: Report, table: TableId, row: string, col: string, v: CellInput): Report {
  const t = tableOf(r, table);
  const data = rowOf(t, row);
  const place = Object.keys(data.cells).length;
  data.cells[col] = makeCell(v, data.cells[col]?.source ?? cellSource(t, row, col, place));
  if (table === 'T2') {
    data.dataCells = Object.keys(data.cells).length;
    if (!t.columns.includes(col)) t.columns.push(col);
  }
  return putTable(r, t);
}

/**
 * A whole row of table 3, values in the table's column order (np biz sci ngo law oth [orgSub] total). A row the
 * table lacks is added after the others, where the mapper puts subtotal rows and the single 2019 （六） row.
 */
export function withT3Row(r: Report, row: string, values: CellInput[]): Report {
  const t = tableOf(r, 'T3');
  if (values.length !== t.columns.length) {
    throw new Error(`T3 has ${t.columns.length} columns, got ${values.length} values`);
  }
  const label = t.rows[row]?.label ?? t3Label(row);
  t.rows[row] = makeRow(t, row, label, Object.fromEntries(t.columns.map((c, i) => [c, values[i]!])));
  return putTable(r, t);
}

/** The label a page prints for the row: an item without its group ("1.属于国家秘密"), a subtotal with it. */
function t3Label(row: string): string {
  if (/^sub[3-6]$/.test(row)) return t3RowName(row).zh;
  const def = t3RowDef(row);
  if (!def) throw new Error(`no table 3 row ${row}`);
  return def.zh;
}

/** A group of table 4: [kept, corrected, other, pending, total]. */
export function withT4Row(r: Report, group: T4Group, values: CellInput[]): Report {
  const t = tableOf(r, 'T4');
  t.rows[group] = makeRow(t, group, group, Object.fromEntries(T4_COLS.map((c, i) => [c, values[i]!])));
  return putTable(r, t);
}

/** A row of table 2 with the given columns, e.g. { procCount: 4, procAmount: 56.3 }. */
export function withT2Row(r: Report, row: string, cells: Record<string, CellInput>, label?: string): Report {
  const t = tableOf(r, 'T2');
  const def = T2_ROWS.find((d) => d.id === row);
  if (!def) throw new Error(`no table 2 row ${row}`);
  t.rows[row] = makeRow(t, row, label ?? def.zh, cells);
  for (const col of Object.keys(cells)) if (!t.columns.includes(col)) t.columns.push(col);
  return putTable(r, t);
}

export function withoutRow(r: Report, table: TableId, row: string): Report {
  const t = tableOf(r, table);
  rowOf(t, row);
  delete t.rows[row];
  return putTable(r, t);
}

export function withoutTable(r: Report, id: TableId): Report {
  const tables = { ...r.tables };
  delete tables[id];
  return withRawGrids({ ...r, tables });
}

/** A table whose page shows only the header: no data row was read and not one number is on it (TBL-02). */
export function withHeaderOnly(r: Report, id: TableId): Report {
  return putTable(r, { ...tableOf(r, id), rows: {} });
}

/** The row label as the page writes it; fuzzy unless said otherwise (the mapper sets it when it differs). */
export function withRowLabel(r: Report, table: TableId, row: string, label: string, fuzzy = true): Report {
  const t = tableOf(r, table);
  Object.assign(rowOf(t, row), { label, fuzzy });
  return putTable(r, t);
}

/**
 * A page row with `n` data cells. Table 4 is one page row, so all three groups change. With fewer cells than the
 * table's width no column can be told apart and the mapper reads none (core/map/t3.ts buildRow, t4.ts).
 */
export function withRowCellCount(r: Report, table: 'T3' | 'T4', row: string, n: number): Report {
  const t = tableOf(r, table);
  const rows = table === 'T4' ? Object.values(t.rows) : [rowOf(t, row)];
  for (const data of rows) {
    data.dataCells = n;
    if (n < t.width) data.cells = {};
  }
  return putTable(r, t);
}

/** Table-level fields the mappers set from the header: feeHeader, fuzzyColumns, numericCells… */
export function withTableProps(r: Report, id: TableId, patch: Partial<Omit<CanonicalTable, 'id' | 'rows'>>): Report {
  return putTable(r, { ...tableOf(r, id), ...patch }, false);
}

/** Table 3 with the local 法人或其他组织小计 column (width 8), filled with the correct subtotals. */
export function withOrgSubColumn(r: Report): Report {
  const old = tableOf(r, 'T3');
  const columns = ['np', 'biz', 'sci', 'ngo', 'law', 'oth', 'orgSub', 'total'];
  const t: CanonicalTable = { ...old, columns, width: 8, rows: {} };
  for (const [row, data] of Object.entries(old.rows)) {
    const v = (c: string) => data.cells[c]?.value ?? 0;
    const orgSub = ['biz', 'sci', 'ngo', 'law', 'oth'].reduce((a, c) => a + v(c), 0);
    const values = Object.fromEntries(columns.map((c) => [c, c === 'orgSub' ? orgSub : v(c)]));
    t.rows[row] = { ...makeRow(t, row, data.label, values), fuzzy: data.fuzzy };
  }
  return putTable(r, t);
}

/** Every number of table 3 set to 0: an agency that had no applications. */
export function withNoApplications(r: Report): Report {
  const t = tableOf(r, 'T3');
  for (const data of Object.values(t.rows)) {
    for (const [c, old] of Object.entries(data.cells)) data.cells[c] = makeCell(0, old.source);
  }
  return putTable(r, t);
}

/** Table 2 of the 2019 form (新制作/新公开/对外公开总数量, 上一年项目数量/本年增减, (九) 政府集中采购). */
export function with2019T2(r: Report): Report {
  const t = emptyTable('T2', [], 0);
  const rows: [string, Record<string, CellInput>, string?][] = [
    ['rules', { made: 0, published: 0, totalPublic: 2 }],
    ['normDocs', { made: 3, published: 3, totalPublic: 15 }, '规范性文件'],
    ['licensing', { prevCount: 200, change: 9 }],
    ['otherServices', { prevCount: 35, change: -2 }],
    ['penalty', { prevCount: 12, change: -3 }],
    ['coercion', { prevCount: 0, change: 0 }],
    ['adminFee', { prevCount: 2, change: 0 }],
    ['procurement', { procCount: 4, procAmount: 56.3 }],
  ];
  let out = putTable(r, t);
  for (const [row, cells, label] of rows) out = withT2Row(out, row, cells, label);
  return out;
}

/** Table 3 of the 2019 form: （六）其他处理 is one row (the three 2021 items summed), after the others as mapped. */
export function with2019T3(r: Report): Report {
  const t = tableOf(r, 'T3');
  const items = ['r6_1', 'r6_2', 'r6_3'];
  const sum = (c: string) => items.reduce((a, row) => a + (t.rows[row]?.cells[c]?.value ?? 0), 0);
  let out = r;
  for (const row of items) if (t.rows[row]) out = withoutRow(out, 'T3', row);
  return withT3Row(out, 'r6', t.columns.map(sum));
}

/** Both tables of the 2019 form; table 4 is the same in both forms. */
export function with2019Tables(r: Report): Report {
  return with2019T2(with2019T3(r));
}
