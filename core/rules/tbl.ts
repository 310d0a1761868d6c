/** TBL: the three tables are there, complete, and hold valid numbers (spec §2.3). */
import { SECTIONS, T2_COLS, T2_ROWS, T3_COL_LABELS, T3_ROWS, T4_COL_LABELS, T4_GROUP_LABELS, TABLE_NAMES, TABLE_OF_SECTION, t3RequiredRows, t3RowLabel, type T4Group } from '../canon';
import type { CanonicalTable, CellRef, Report, TableId } from '../model';
import { cn, section } from './helpers';
import { defineRule, type Hit } from './types';

const TABLES: TableId[] = ['T2', 'T3', 'T4'];

/** A readable name of a canonical cell: 表三“(一)予以公开/总计”. */
export function cellName(c: CellRef): string {
  if (c.table === 'T3') return `${t3RowLabel(c.row)}/${T3_COL_LABELS[c.col] ?? c.col}`;
  if (c.table === 'T4') return `${T4_GROUP_LABELS[c.row as T4Group]?.zh ?? c.row}/${T4_COL_LABELS[c.col] ?? c.col}`;
  const row = T2_ROWS.find((d) => d.id === c.row)?.label ?? c.row;
  const col = T2_COLS.find((d) => d.id === c.col)?.label ?? c.col;
  return `${row}/${col}`;
}

function cellsOf(t: CanonicalTable): CellRef[] {
  return Object.entries(t.rows).flatMap(([row, data]) => Object.keys(data.cells).map((col) => ({ table: t.id, row, col })));
}

function listNames(cells: CellRef[], max = 6): string {
  const names = cells.slice(0, max).map(cellName);
  return cells.length > max ? `${names.join('；')}…` : names.join('；');
}

export const tbl01 = defineRule(
  {
    id: 'TBL-01',
    family: 'TBL',
    severity: 'error',
    summary: 'Sections 二, 三 and 四 each have their table',
    messages: { default: { zh: '第{n}部分缺少统计表', en: 'Section {n} has no table' } },
  },
  (r) =>
    SECTIONS.filter((d) => TABLE_OF_SECTION[d.id] && section(r, d.id) && !r.tables[TABLE_OF_SECTION[d.id]!]).map((d) => ({
      section: d.id,
      table: TABLE_OF_SECTION[d.id],
      params: { n: cn(d.n) },
    })),
);

export const tbl02 = defineRule(
  {
    id: 'TBL-02',
    family: 'TBL',
    severity: 'error',
    summary: 'A table holds data, not only its header',
    messages: { default: { zh: '{name}只有表头，未填写数据', en: '{nameEn} has only its header: no data is filled in' } },
  },
  (r) => TABLES.filter((id) => r.tables[id] && r.tables[id]!.numericCells === 0).map((id) => ({ table: id, params: { name: TABLE_NAMES[id].zh, nameEn: TABLE_NAMES[id].en } })),
);

export const tbl03 = defineRule(
  {
    id: 'TBL-03',
    family: 'TBL',
    severity: 'warning',
    summary: 'Every data cell holds a number (0 where there is nothing)',
    messages: {
      default: {
        zh: '{name}有{k}个单元格未填写数字（无数据应填0）：{list}',
        en: '{nameEn}: {k} cells hold no number (write 0 where there is nothing): {list}',
      },
    },
  },
  (r) =>
    TABLES.flatMap((id): Hit[] => {
      const t = r.tables[id];
      if (!t || t.numericCells === 0) return [];
      const cells = cellsOf(t).filter((c) => t.rows[c.row]!.cells[c.col]!.status !== 'number');
      if (!cells.length) return [];
      return [{ table: id, cells, params: { name: TABLE_NAMES[id].zh, nameEn: TABLE_NAMES[id].en, k: cells.length, list: listNames(cells) } }];
    }),
);

export const tbl04 = defineRule(
  {
    id: 'TBL-04',
    family: 'TBL',
    severity: 'warning',
    summary: 'Table 3 has every row of its format',
    messages: {
      default: { zh: '表三缺少“{label}”行', en: 'Table 3 lacks the row “{label}”' },
      r6: {
        zh: '“（六）其他处理”缺少3个细分项（2021版格式）',
        en: '“（六）其他处理” lacks its 3 sub-items (2021 form)',
      },
    },
  },
  (r) => {
    const t = r.tables.T3;
    if (!t || t.numericCells === 0) return [];
    const has = (id: string) => !!t.rows[id];
    const r6Items = ['r6_1', 'r6_2', 'r6_3'];
    const hits: Hit[] = [];
    if (r.formatVersion === '2021' && !r6Items.some(has)) {
      hits.push({ table: 'T3', variant: 'r6', cells: has('r6') ? [{ table: 'T3', row: 'r6', col: 'total' }] : [] });
    }
    for (const def of t3RequiredRows(r.formatVersion)) {
      if (has(def.id)) continue;
      if (def.group === 'r6' && !r6Items.some(has)) continue; // reported once above
      if (def.id === 'r6' && r6Items.some(has)) continue; // a 2019 report with the finer 2021 rows
      hits.push({ table: 'T3', params: { label: t3RowLabel(def.id) } });
    }
    return hits;
  },
);

export const tbl05 = defineRule(
  {
    id: 'TBL-05',
    family: 'TBL',
    severity: 'error',
    summary: 'Each data row of tables 3 and 4 has the right number of cells',
    messages: {
      default: { zh: '表{n}“{row}”行列数不符（应为{k}列，实为{m}列）', en: 'Table {n}, row “{row}”: {m} data cells where {k} are expected' },
    },
  },
  (r) => {
    const hits: Hit[] = [];
    const t3 = r.tables.T3;
    if (t3) {
      for (const [row, data] of Object.entries(t3.rows)) {
        if (data.dataCells !== t3.width) hits.push({ table: 'T3', cells: [{ table: 'T3', row, col: 'label' }], params: { n: '三', row: t3RowLabel(row), k: t3.width, m: data.dataCells } });
      }
    }
    const review = r.tables.T4?.rows.review;
    if (review && review.dataCells !== 15) hits.push({ table: 'T4', params: { n: '四', row: '数据', k: 15, m: review.dataCells } });
    return hits;
  },
);

export const tbl06 = defineRule(
  {
    id: 'TBL-06',
    family: 'TBL',
    severity: 'info',
    summary: 'Row and column labels are those of the national format',
    messages: {
      default: { zh: '行/列名称与统一格式不一致：“{found}”（应为“{expected}”）', en: 'A label differs from the national format: “{found}” (expected “{expected}”)' },
    },
  },
  (r) => {
    const hits: Hit[] = [];
    for (const [row, data] of Object.entries(r.tables.T3?.rows ?? {})) {
      if (data.fuzzy) hits.push({ table: 'T3', cells: [{ table: 'T3', row, col: 'label' }], params: { found: data.label, expected: t3RowLabel(row) } });
    }
    const t2 = r.tables.T2;
    for (const [row, data] of Object.entries(t2?.rows ?? {})) {
      if (data.fuzzy) hits.push({ table: 'T2', cells: [{ table: 'T2', row, col: 'label' }], params: { found: data.label, expected: T2_ROWS.find((d) => d.id === row)!.label } });
    }
    for (const c of t2?.fuzzyColumns ?? []) {
      hits.push({ table: 'T2', params: { found: c.label, expected: T2_COLS.find((d) => d.id === c.col)!.label } });
    }
    return hits;
  },
);

function isCountCell(c: CellRef): boolean {
  if (c.table !== 'T2') return true;
  return !!T2_COLS.find((d) => d.id === c.col)?.count;
}

export const tbl07 = defineRule(
  {
    id: 'TBL-07',
    family: 'TBL',
    severity: 'error',
    summary: 'Counts are whole numbers ≥ 0; fee amounts are ≥ 0',
    messages: { default: { zh: '数值无效：{v}（{where}）', en: 'Invalid value {v} ({where})' } },
  },
  (r) =>
    TABLES.flatMap((id) => {
      const t = r.tables[id];
      if (!t) return [];
      return cellsOf(t).flatMap((c): Hit[] => {
        const v = t.rows[c.row]!.cells[c.col]!.value;
        if (v === null) return [];
        const bad = isCountCell(c) ? v < 0 || !Number.isInteger(v) : c.col === 'feeAmount' && v < 0;
        return bad ? [{ table: id, cells: [c], params: { v, where: cellName(c) } }] : [];
      });
    }),
);

export const tbl08 = defineRule(
  {
    id: 'TBL-08',
    family: 'TBL',
    severity: 'info',
    summary: 'The fee of table 2 (八) is in 万元',
    messages: { default: { zh: '收费金额单位应为“万元”：{found}', en: 'The fee amount should be in 万元 (10,000 yuan): {found}' } },
  },
  (r) => {
    const t2 = r.tables.T2;
    if (!t2 || r.formatVersion !== '2021') return [];
    const hits: Hit[] = [];
    if (t2.feeHeader && !t2.feeHeader.includes('万元')) hits.push({ table: 'T2', params: { found: t2.feeHeader } });
    const fee = t2.rows.adminFee?.cells.feeAmount;
    if (fee?.unit === '元') hits.push({ table: 'T2', cells: [{ table: 'T2', row: 'adminFee', col: 'feeAmount' }], params: { found: fee.raw } });
    return hits;
  },
);

/** Rows of table 3 that exist in the model, for rules that walk them. */
export function t3Rows(r: Report): string[] {
  const t = r.tables.T3;
  if (!t) return [];
  const order = T3_ROWS.map((d) => d.id);
  return Object.keys(t.rows).sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

export const tblRules = [tbl01, tbl02, tbl03, tbl04, tbl05, tbl06, tbl07, tbl08];
