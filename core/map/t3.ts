/**
 * Grid → canonical table 3. Rows are found by their label, never by position; data cells are the last 7 (or 8
 * with a 小计 column) cells of a row, so a row shifted by one cell (seed 003) still reads right.
 */
import type { Grid, SourceCell } from '../grid';
import { coveringCells } from '../grid';
import { anchorKey } from '../anchor';
import type { CanonicalRow, CanonicalTable } from '../model';
import { normLabel } from '../normalize';
import {
  T3_COLS,
  T3_COLS_WITH_ORG_SUB,
  T3_GROUP_IDS,
  T3_GROUPS,
  T3_ROWS,
  type T3Group,
  type T3RowDef,
} from '../vocabulary';
import { canonicalCell, numericCellCount, provenance } from './cell';
import { rowView } from './row-view';

export interface Mapped {
  table: CanonicalTable;
  /** anchorKey → the source element's number in the page's side table (SourceCell.at), for badges. */
  anchors: Map<string, number>;
}

/** Accepted spellings that are not "fuzzy" (spec §1.4). */
const VARIANTS: Record<string, string[]> = {
  new: ['本年新收', '一、本年新收', '本年新收政府信息公开申请数量'],
  carry: ['上年结转', '二、上年结转', '上年结转政府信息公开申请数量'],
  fwd: ['四、结转下一年度继续办理', '结转下年度继续办理', '结转下一年度继续办理'],
  r7: ['总计'],
};

function groupOf(text: string): T3Group | undefined {
  return T3_GROUP_IDS.find((g) => T3_GROUPS[g].key.test(text));
}

interface Identified {
  def?: T3RowDef;
  /** A group label carrying numbers: a local subtotal row, or the 2019 single （六） row. */
  groupRow?: T3Group;
  label: SourceCell;
  fuzzy: boolean;
}

function identify(labels: SourceCell[], context: T3Group | undefined): Identified | undefined {
  for (let i = labels.length - 1; i >= 0; i--) {
    const cell = labels[i]!;
    const text = normLabel(cell.text);
    const bare = text.replace(/^(\d{1,2}\.|\([一二三四五六七八九十]\)|[一二三四五六七八九十]、)/, '');
    // A numbered item of another group than the one around it counts when its own number says so too: the group's
    // label may be missing where it spans a page break ("1.信访举报投诉类申请" after （四）'s items).
    const number = Number(/^(\d{1,2})\./.exec(text)?.[1] ?? 0);
    const def = T3_ROWS.find(
      (d) =>
        d.id !== 'r6' &&
        (d.key.test(text) || d.key.test(bare)) &&
        (!d.group || !context || d.group === context || !number || d.item === number),
    );
    if (def) {
      const fuzzy =
        text !== def.zh &&
        bare !== def.zh.replace(/^(\d{1,2}\.|\([一二三四五六七八九十]\)|[一二三四五六七八九十]、)/, '') &&
        !(VARIANTS[def.id] ?? []).includes(text);
      return { def, label: cell, fuzzy };
    }
    const group = groupOf(text);
    if (group) return { groupRow: group, label: cell, fuzzy: false };
    // A numbered item whose text is garbled ("2.其他法律行政止公开"): its group and number still place it.
    const item = /^(\d{1,2})\./.exec(text);
    if (item && context) {
      const byNumber = T3_ROWS.find((d) => d.group === context && d.item === Number(item[1]));
      if (byNumber) return { def: byNumber, label: cell, fuzzy: true };
    }
  }
  return undefined;
}

export function mapT3(grid: Grid, paths: readonly string[]): Mapped {
  const anchors = new Map<string, number>();
  const rows: Record<string, CanonicalRow> = {};
  const hasOrgSub = grid.cells.some((c) => /法人或其他组织小计|^小计$/.test(normLabel(c.text)));
  const columns: string[] = [...(hasOrgSub ? T3_COLS_WITH_ORG_SUB : T3_COLS)];
  const width = columns.length;

  let context: T3Group | undefined;
  let inData = false;
  const groupRows: { group: T3Group; view: ReturnType<typeof rowView>; id: Identified }[] = [];

  for (let r = 0; r < grid.slots.length; r++) {
    const view = rowView(grid, r, width);
    const covering = coveringCells(grid, r);
    for (const cell of [...covering, ...view.labels]) {
      const g = groupOf(normLabel(cell.text));
      if (g) context = g;
    }
    const id = identify(view.labels, context);
    if (!inData) {
      if (view.numeric === 0 && !(id?.def && (id.def.id === 'new' || id.def.id === 'carry'))) continue;
      inData = true;
    }
    if (!id) continue;
    if (id.groupRow) {
      context = id.groupRow;
      if (view.values.length > 0) groupRows.push({ group: id.groupRow, view, id });
      continue;
    }
    if (id.def!.group) context = id.def!.group;
    const rowId = id.def!.id;
    if (rows[rowId]) continue; // a repeated row: the first one counts
    rows[rowId] = buildRow(rowId, id, view.values, columns, anchors, paths);
  }

  // A group label with numbers is the 2019 single （六） row when the group has no items, else a subtotal.
  for (const { group, view, id } of groupRows) {
    const hasItems = T3_ROWS.some((d) => d.group === group && rows[d.id]);
    const rowId = group === 'r6' && !hasItems ? 'r6' : `sub${group[1]}`;
    if (rows[rowId]) continue;
    const fuzzy = rowId === 'r6' ? normLabel(id.label.text).replace(/^\(六\)/, '') !== '其他处理' : false;
    rows[rowId] = buildRow(rowId, { ...id, fuzzy }, view.values, columns, anchors, paths);
  }

  return {
    table: {
      id: 'T3',
      pageTables: [...new Set(grid.cells.map((c) => c.pageTable))],
      rows,
      columns,
      numericCells: numericCellCount(grid),
      width,
      fuzzyColumns: [],
    },
    anchors,
  };
}

function buildRow(
  rowId: string,
  id: Identified,
  values: SourceCell[],
  columns: string[],
  anchors: Map<string, number>,
  paths: readonly string[],
): CanonicalRow {
  const cells: CanonicalRow['cells'] = {};
  const width = columns.length;
  // Too few cells: no column can be told apart, so none is read (TBL-05 reports the row).
  const usable = values.length >= width ? values.slice(values.length - width) : [];
  usable.forEach((cell, i) => {
    const col = columns[i]!;
    cells[col] = canonicalCell(cell, paths);
    anchors.set(anchorKey('T3', rowId, col), cell.at);
  });
  anchors.set(anchorKey('T3', rowId, 'label'), id.label.at);
  return {
    label: normLabel(id.label.text),
    fuzzy: id.fuzzy,
    dataCells: values.length,
    cells,
    source: provenance(id.label, paths),
  };
}
