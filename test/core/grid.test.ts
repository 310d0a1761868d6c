// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { concatGrids, coveringCells, tableToGrid } from '../../core/grid';

function table(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = `<table>${html}</table>`;
  return div.querySelector('table')!;
}

describe('table → grid with provenance', () => {
  it('expands rowspan and colspan; covered slots point at their cell and are marked', () => {
    const g = tableToGrid(table('<tr><td rowspan="2" colspan="2">A</td><td>B</td></tr><tr><td>C</td></tr>'));
    expect(g.width).toBe(3);
    expect(g.slots[1]![0]).toEqual({ cell: 0, covered: true });
    expect(g.slots[0]![0]).toEqual({ cell: 0, covered: false });
    expect(g.cells[2]).toMatchObject({ text: 'C', row: 1, col: 2 });
    expect(g.rowCells).toEqual([[0, 1], [2]]);
    expect(coveringCells(g, 1).map((c) => c.text)).toEqual(['A']);
    expect(g.cells[0]!.el.tagName).toBe('TD');
  });

  it('ignores rows of nested tables and clamps absurd spans', () => {
    const g = tableToGrid(table('<tr><td><table><tr><td>inner</td></tr></table></td><td colspan="100000">x</td></tr>'));
    expect(g.cells).toHaveLength(2);
    expect(g.width).toBeLessThanOrEqual(201);
  });

  it('a split table ("续表") is appended row by row, keeping each part’s page table', () => {
    const a = tableToGrid(table('<tr><td>1</td></tr>'), 0);
    const b = tableToGrid(table('<tr><td>2</td></tr>'), 1);
    const g = concatGrids(a, b);
    expect(g.cells.map((c) => [c.text, c.row, c.pageTable])).toEqual([
      ['1', 0, 0],
      ['2', 1, 1],
    ]);
  });
});
