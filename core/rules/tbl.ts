/** TBL: the three tables are there, complete, and hold valid numbers (spec §2.3). */
import type { CanonicalTable, CellRef, Report } from '../model';
import { cnNumeral } from '../numerals';
import {
  SECTIONS,
  T3_ROWS,
  TABLE_IDS,
  t2ColDef,
  t2RowDef,
  t3GroupItems,
  t3RequiredRows,
  t3RowName,
  tableDef,
  tableOfSection,
  type Label,
} from '../vocabulary';
import { cellName, colName, rowName } from '../location';
import { blankT3OfNoApplications, section } from './helpers';
import { defineRule, type Hit } from './types';

function cellsOf(t: CanonicalTable): CellRef[] {
  return Object.entries(t.rows).flatMap(([row, data]) =>
    Object.keys(data.cells).map((col) => ({ table: t.id, row, col })),
  );
}

/**
 * Unfilled cells as a reader would list them: the whole table, or a column blank in most rows by its name ("“总计”列
 * 19格", which also means no row total can be checked; 总计 first), then rows mostly blank, then the remaining
 * cells one by one (up to six in all).
 */
export function summariseCells(t: CanonicalTable, cells: CellRef[], max = 6): Label {
  if (cells.length === cellsOf(t).length)
    return { zh: `全表${cells.length}格均空白`, en: `the whole table, ${cells.length} cells` };
  const parts: Label[] = [];
  let rest = cells;
  const rowsWith = (col: string) => Object.values(t.rows).filter((row) => row.cells[col]).length;
  const columns = [...t.columns].sort((a, b) => Number(b === 'total') - Number(a === 'total'));
  for (const col of columns) {
    const inCol = rest.filter((c) => c.col === col);
    if (inCol.length < 3 || inCol.length * 2 < rowsWith(col)) continue;
    const name = colName(inCol[0]!);
    const unchecked = t.id === 'T3' && col === 'total';
    parts.push({
      zh: `“${name.zh}”列${inCol.length}格${unchecked ? '（无法核对各行合计）' : ''}`,
      en: `column “${name.en}”, ${inCol.length} cells${unchecked ? ' (no row total can be checked)' : ''}`,
    });
    rest = rest.filter((c) => c.col !== col);
  }
  for (const [row, data] of Object.entries(t.rows)) {
    const inRow = rest.filter((c) => c.row === row);
    if (inRow.length < 3 || inRow.length * 2 < Object.keys(data.cells).length) continue;
    const name = rowName(inRow[0]!);
    parts.push({ zh: `“${name.zh}”行${inRow.length}格`, en: `row “${name.en}”, ${inRow.length} cells` });
    rest = rest.filter((c) => c.row !== row);
  }
  const shown = rest.slice(0, Math.max(0, max - parts.length));
  parts.push(...shown.map(cellName));
  const more = rest.length - shown.length;
  return {
    zh: parts.map((p) => p.zh).join('；') + (more > 0 ? `；另${more}格` : ''),
    en: parts.map((p) => p.en).join('; ') + (more > 0 ? `; ${more} more cells` : ''),
  };
}

export const tbl01 = defineRule(
  {
    id: 'TBL-01',
    severity: 'error',
    summary: { zh: '第二、三、四部分各有统计表', en: 'Sections 二, 三 and 四 each have their table' },
    messages: { default: { zh: '第{n}部分缺少统计表', en: 'Section {n} has no table' } },
  },
  (r) =>
    SECTIONS.flatMap((d): Hit[] => {
      const table = tableOfSection(d.id);
      return table && section(r, d.id) && !r.tables[table]
        ? [{ section: d.id, table, params: { n: cnNumeral(d.n) } }]
        : [];
    }),
);

export const tbl02 = defineRule(
  {
    id: 'TBL-02',
    severity: 'error',
    summary: { zh: '统计表填写了数据，而不只有表头', en: 'A table holds data, not only its header' },
    messages: {
      default: { zh: '{name}只有表头，未填写数据', en: '{nameEn} has only its header: no data is filled in' },
    },
  },
  (r) =>
    TABLE_IDS.filter((id) => r.tables[id]?.numericCells === 0 && !(id === 'T3' && blankT3OfNoApplications(r))).map(
      (id) => ({
        table: id,
        params: { name: tableDef(id).zh, nameEn: tableDef(id).en },
      }),
    ),
);

export const tbl03 = defineRule(
  {
    id: 'TBL-03',
    severity: 'warning',
    summary: {
      zh: '每个数据单元格都填写数字（无数据填0）',
      en: 'Every data cell holds a number (0 where there is nothing)',
    },
    messages: {
      default: {
        zh: '{name}有{k}个单元格未填写数字（无数据应填0）：{list}',
        en: '{nameEn}: {kEn} no number (write 0 where there is nothing): {listEn}',
      },
    },
  },
  (r) =>
    TABLE_IDS.flatMap((id): Hit[] => {
      const t = r.tables[id];
      if (!t || (t.numericCells === 0 && !(id === 'T3' && blankT3OfNoApplications(r)))) return [];
      const cells = cellsOf(t).filter((c) => t.rows[c.row]!.cells[c.col]!.status !== 'number');
      if (!cells.length) return [];
      const { zh: name, en: nameEn } = tableDef(id);
      const list = summariseCells(t, cells);
      const kEn = cells.length === 1 ? '1 cell holds' : `${cells.length} cells hold`;
      return [{ table: id, cells, params: { name, nameEn, k: cells.length, kEn, list: list.zh, listEn: list.en } }];
    }),
);

export const tbl04 = defineRule(
  {
    id: 'TBL-04',
    severity: 'warning',
    summary: { zh: '表三包含本格式的全部行', en: 'Table 3 has every row of its format' },
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
    const r6Items = t3GroupItems('r6');
    const hits: Hit<'default' | 'r6'>[] = [];
    if (r.formatVersion === '2021' && !r6Items.some(has)) {
      hits.push({ table: 'T3', variant: 'r6', cells: has('r6') ? [{ table: 'T3', row: 'r6', col: 'total' }] : [] });
    }
    for (const def of t3RequiredRows(r.formatVersion)) {
      if (has(def.id)) continue;
      if (def.group === 'r6' && !r6Items.some(has)) continue; // reported once above
      if (def.id === 'r6' && r6Items.some(has)) continue; // a 2019 report with the finer 2021 rows
      hits.push({ table: 'T3', params: { label: t3RowName(def.id).zh } });
    }
    return hits;
  },
);

export const tbl05 = defineRule(
  {
    id: 'TBL-05',
    severity: 'error',
    summary: {
      zh: '表三、表四每个数据行的列数正确',
      en: 'Each data row of tables 3 and 4 has the right number of cells',
    },
    messages: {
      default: {
        zh: '表{n}“{row}”行列数不符（应为{k}列，实为{m}列）',
        en: 'Table {nEn}, row “{rowEn}”: {m} data cells where {k} are expected',
      },
    },
  },
  (r) => {
    const hits: Hit[] = [];
    const t3 = r.tables.T3;
    if (t3) {
      for (const [row, data] of Object.entries(t3.rows)) {
        if (data.dataCells === t3.width) continue;
        const cells = [{ table: 'T3' as const, row, col: 'label' }];
        const name = t3RowName(row);
        hits.push({
          table: 'T3',
          cells,
          params: { n: '三', nEn: 3, row: name.zh, rowEn: name.en, k: t3.width, m: data.dataCells },
        });
      }
    }
    const review = r.tables.T4?.rows.review;
    const width = r.tables.T4?.width;
    if (review && review.dataCells !== width) {
      hits.push({
        table: 'T4',
        params: { n: '四', nEn: 4, row: '数据', rowEn: 'data', k: width!, m: review.dataCells },
      });
    }
    return hits;
  },
);

export const tbl06 = defineRule(
  {
    id: 'TBL-06',
    severity: 'info',
    summary: { zh: '行、列名称与统一格式一致', en: 'Row and column labels are those of the national format' },
    messages: {
      default: {
        zh: '行/列名称与统一格式不一致：“{found}”（应为“{expected}”）',
        en: 'A label differs from the national format: “{found}” (expected “{expected}”)',
      },
    },
  },
  (r) => {
    const hits: Hit[] = [];
    for (const [row, data] of Object.entries(r.tables.T3?.rows ?? {})) {
      if (!data.fuzzy) continue;
      hits.push({
        table: 'T3',
        cells: [{ table: 'T3', row, col: 'label' }],
        params: { found: data.label, expected: t3RowName(row).zh },
      });
    }
    const t2 = r.tables.T2;
    for (const [row, data] of Object.entries(t2?.rows ?? {})) {
      if (!data.fuzzy) continue;
      hits.push({
        table: 'T2',
        cells: [{ table: 'T2', row, col: 'label' }],
        params: { found: data.label, expected: t2RowDef(row)!.zh },
      });
    }
    for (const c of t2?.fuzzyColumns ?? []) {
      hits.push({ table: 'T2', params: { found: c.label, expected: t2ColDef(c.col)!.zh } });
    }
    return hits;
  },
);

function isCountCell(c: CellRef): boolean {
  if (c.table !== 'T2') return true;
  return !!t2ColDef(c.col)?.count;
}

export const tbl07 = defineRule(
  {
    id: 'TBL-07',
    severity: 'error',
    summary: { zh: '件数为非负整数，收费金额不为负', en: 'Counts are whole numbers ≥ 0; fee amounts are ≥ 0' },
    messages: { default: { zh: '数值无效：{v}（{where}）', en: 'Invalid value {v} ({whereEn})' } },
  },
  (r) =>
    TABLE_IDS.flatMap((id) => {
      const t = r.tables[id];
      if (!t) return [];
      return cellsOf(t).flatMap((c): Hit[] => {
        const v = t.rows[c.row]!.cells[c.col]!.value;
        if (v === null) return [];
        // Amounts (fees, procurement) may be decimals but never negative; only 本年增/减 carries a sign.
        const bad = isCountCell(c) ? v < 0 || !Number.isInteger(v) : c.col !== 'change' && v < 0;
        return bad ? [{ table: id, cells: [c], params: { v, where: cellName(c).zh, whereEn: cellName(c).en } }] : [];
      });
    }),
);

export const tbl08 = defineRule(
  {
    id: 'TBL-08',
    severity: 'info',
    summary: { zh: '表二（八）收费金额以万元为单位', en: 'The fee of table 2 (八) is in 万元' },
    messages: {
      default: { zh: '收费金额单位应为“万元”：{found}', en: 'The fee amount should be in 万元 (10,000 yuan): {found}' },
    },
  },
  (r) => {
    const t2 = r.tables.T2;
    if (!t2 || r.formatVersion !== '2021') return [];
    const hits: Hit[] = [];
    if (t2.feeHeader && !t2.feeHeader.includes('万元')) hits.push({ table: 'T2', params: { found: t2.feeHeader } });
    const fee = t2.rows.adminFee?.cells.feeAmount;
    if (fee?.unit === '元')
      hits.push({
        table: 'T2',
        cells: [{ table: 'T2', row: 'adminFee', col: 'feeAmount' }],
        params: { found: fee.raw },
      });
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
