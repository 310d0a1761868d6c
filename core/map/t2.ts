/**
 * Grid → canonical table 2. The table is a stack of blocks (第二十条第（一）项 …), each with its own header row.
 * Values are matched to header cells by order, not by grid column: the header and data rows of real pages use
 * different colspans (Shanghai 2019), so grid columns do not line up.
 */
import type { Grid } from '../grid';
import { anchorKey } from '../anchor';
import type { CanonicalRow } from '../model';
import { compact, normLabel } from '../normalize';
import { T2_BLOCK_IDS, T2_BLOCKS, T2_COLS, T2_ROWS, type T2Block } from '../vocabulary';
import { canonicalCell, numericCellCount, provenance } from './cell';
import type { Mapped } from './t3';

/** The usual columns of each block, for a block whose header row is missing. */
const DEFAULT_COLS: Record<T2Block, string[]> = {
  a20_1: ['issued', 'repealed', 'valid'],
  a20_5: ['decisions'],
  a20_6: ['decisions'],
  a20_8: ['feeAmount'],
  a20_9: ['procCount', 'procAmount'],
};

export function mapT2(grid: Grid, paths: readonly string[]): Mapped {
  const anchors = new Map<string, number>();
  const rows: Record<string, CanonicalRow> = {};
  const columns = new Set<string>();
  let block: T2Block | undefined;
  let header: (string | null)[] | undefined;
  let feeHeader: string | undefined;
  const fuzzyColumns: { col: string; label: string }[] = [];

  for (let r = 0; r < grid.slots.length; r++) {
    const own = grid.rowCells[r]!.map((id) => grid.cells[id]!);
    if (own.length === 0) continue;
    const texts = own.map((c) => normLabel(c.text));
    const caption = T2_BLOCK_IDS.find((b) => texts.some((t) => T2_BLOCKS[b].key.test(t)));
    if (caption) {
      block = caption;
      header = undefined;
      // Some pages put the caption and the header in one row: fall through to read the header too.
      if (!texts.includes('信息内容')) continue;
    }
    const at = texts.indexOf('信息内容');
    if (at >= 0) {
      header = own.slice(at + 1).map((c) => {
        const text = compact(c.text);
        if (!text) return null;
        const def = T2_COLS.find((d) => d.key.test(normLabel(text)));
        if (def && def.id === 'feeAmount') feeHeader = text;
        const exact = def && [def.zh, def.alias].some((l) => l && normLabel(text) === normLabel(l));
        if (def && !exact && !fuzzyColumns.some((f) => f.label === text))
          fuzzyColumns.push({ col: def.id, label: text });
        return def?.id ?? null;
      });
      continue;
    }
    const labelAt = texts.findIndex((t) => T2_ROWS.some((d) => d.key.test(t)));
    if (labelAt < 0) continue;
    const def = T2_ROWS.find((d) => d.key.test(texts[labelAt]!))!;
    if (rows[def.id]) continue;
    const values = own.slice(labelAt + 1);
    const cols = header ?? DEFAULT_COLS[block ?? def.block];
    const cells: CanonicalRow['cells'] = {};
    values.forEach((cell, i) => {
      const col = cols[i];
      // A cell under no header column (layout padding in flattened grids) is not data.
      if (!col) return;
      cells[col] = canonicalCell(cell, paths);
      columns.add(col);
      anchors.set(anchorKey('T2', def.id, col), cell.at);
    });
    anchors.set(anchorKey('T2', def.id, 'label'), own[labelAt]!.at);
    const label = texts[labelAt]!;
    rows[def.id] = {
      label,
      fuzzy: label !== def.zh && !(def.id === 'normDocs' && label === '规范性文件'),
      dataCells: values.length,
      cells,
      source: provenance(own[labelAt]!, paths),
    };
  }

  return {
    table: {
      id: 'T2',
      pageTables: [...new Set(grid.cells.map((c) => c.pageTable))],
      rows,
      columns: [...columns],
      numericCells: numericCellCount(grid),
      width: 0,
      ...(feeHeader ? { feeHeader } : {}),
      fuzzyColumns,
    },
    anchors,
  };
}
