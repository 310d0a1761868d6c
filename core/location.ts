/**
 * Where a finding is, in the words of the report: a cell as "表三 一、本年新收…/总计", else its section, its table,
 * or the whole report. Every finding carries it, so that copied or printed findings say where they are.
 */
import type { CellRef, Finding } from './model';
import { sectionName, tableDef, type Label } from './parts';
import {
  T4_COLUMNS,
  T4_GROUPS,
  t2ColDef,
  t2RowDef,
  t3ColName,
  t3RowName,
  type T4Col,
  type T4Group,
} from './vocabulary';

export function rowName(c: CellRef): Label {
  if (c.table === 'T3') return t3RowName(c.row);
  if (c.table === 'T4') return T4_GROUPS[c.row as T4Group] ?? { zh: c.row, en: c.row };
  const def = t2RowDef(c.row);
  return def ? { zh: def.zh, en: def.en } : { zh: c.row, en: c.row };
}

export function colName(c: CellRef): Label {
  if (c.table === 'T3') return t3ColName(c.col);
  if (c.table === 'T4') return T4_COLUMNS[c.col as T4Col] ?? { zh: c.col, en: c.col };
  const def = t2ColDef(c.col);
  return def ? { zh: def.zh, en: def.en } : { zh: c.col, en: c.col };
}

/** A readable name of a canonical cell: "(一)予以公开/总计". */
export function cellName(c: CellRef): Label {
  const row = rowName(c);
  const col = colName(c);
  return { zh: `${row.zh}/${col.zh}`, en: `${row.en} / ${col.en}` };
}

/** The finding's place: its first cell with its table, else its section, else its table, else the report. */
export function locationOf(f: Pick<Finding, 'cells' | 'section' | 'table'>): Label {
  const first = f.cells?.[0];
  if (first && first.col !== 'label') {
    const t = tableDef(first.table);
    const name = cellName(first);
    return { zh: `${t.short} ${name.zh}`, en: `table ${t.n}, ${name.en}` };
  }
  if (first) {
    const t = tableDef(first.table);
    const row = rowName(first);
    return { zh: `${t.short} “${row.zh}”行`, en: `table ${t.n}, row “${row.en}”` };
  }
  if (f.section) return sectionName(f.section);
  if (f.table) return { zh: tableDef(f.table).zh, en: tableDef(f.table).en };
  return { zh: '全文', en: 'the whole report' };
}
