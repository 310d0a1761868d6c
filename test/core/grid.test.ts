// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { concatGrids, coveringCells, tableToGrid, type GridSink } from '../../core/grid';

function table(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = `<table>${html}</table>`;
  return div.querySelector('table')!;
}

describe('table → grid with provenance', () => {
  it('expands rowspan and colspan; covered slots point at their cell and are marked', () => {
    const sink: GridSink = { cells: [], rows: [] };
    const g = tableToGrid(table('<tr><td rowspan="2" colspan="2">A</td><td>B</td></tr><tr><td>C</td></tr>'), 0, sink);
    expect(g.width).toBe(3);
    expect(g.slots[1]![0]).toEqual({ cell: 0, covered: true });
    expect(g.slots[0]![0]).toEqual({ cell: 0, covered: false });
    expect(g.cells[2]).toMatchObject({ text: 'C', row: 1, col: 2 });
    expect(g.rowCells).toEqual([[0, 1], [2]]);
    expect(coveringCells(g, 1).map((c) => c.text)).toEqual(['A']);
    // The elements stay in the page's side table, named by number.
    expect(sink.cells.map((el) => el.textContent)).toEqual(['A', 'B', 'C']);
    expect(g.cells.map((c) => [c.at, c.rowPath])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
    expect(sink.rows.map((tr) => tr.tagName)).toEqual(['TR', 'TR']);
  });

  it('a table cut at the slot limit keeps the rows its cells reach, not the empty rows after them', () => {
    // Ten cells of 200 × 200 fill the limit; the eleventh is cut, and the rows after the tenth's reach hold nothing.
    const big = '<tr><td rowspan="200" colspan="200">x</td></tr>'.repeat(11) + '<tr></tr>'.repeat(289);
    const sink: GridSink = { cells: [], rows: [] };
    const g = tableToGrid(table(big), 0, sink);
    expect(g.cells).toHaveLength(10);
    expect(g.slots).toHaveLength(9 + 200);
    expect(sink.rows).toHaveLength(209);
  });

  it('reads where a PDF cell was only in tables the PDF reader wrote', () => {
    const pdf = table('<tr><td data-source-page="2" data-source-box="1,2,3,4">1</td></tr>');
    pdf.setAttribute('data-source-page', '2');
    expect(tableToGrid(pdf).cells[0]).toMatchObject({ page: 2, box: [1, 2, 3, 4] });
    const web = tableToGrid(table('<tr><td data-source-page="2" data-source-box="1,2,3,4">1</td></tr>'));
    expect(web.cells[0]!.page).toBeUndefined();
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
