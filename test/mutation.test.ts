// Mutation tests: change one number of a correct report and the finding must land on that very cell.
import { describe, expect, it } from 'vitest';
import { anchorKey } from '../core/anchor';
import { analyze } from '../core/index';
import { loadFixture } from './helpers';

function mutate(fixture: string, key: [string, string, string], value: string) {
  const doc = loadFixture(fixture);
  const before = analyze(doc);
  if (!before.isReport) throw new Error('not a report');
  const el = before.anchors.cells.get(anchorKey(...key));
  if (!el) throw new Error(`no cell ${key.join(':')}`);
  el.textContent = value;
  const after = analyze(doc);
  if (!after.isReport) throw new Error('not a report after mutation');
  const baseline = new Set(before.findings.map((f) => f.rule));
  return after.findings.filter(
    (f) => !baseline.has(f.rule) || f.cells?.some((c) => c.row === key[1] && c.col === key[2]),
  );
}

const cell = (t: string, row: string, col: string) => ({ table: t, row, col });

describe('one changed number, one finding on that cell', () => {
  it('table 3, 新收/自然人 1 → 3: the row sum (SUM-02) and the column balance (SUM-01) name the cell', () => {
    const found = mutate('seed-001-xiangtan-2024', ['T3', 'new', 'np'], '3');
    expect(found.map((f) => f.rule).sort()).toEqual(['SUM-01', 'SUM-02']);
    for (const f of found) expect(f.cells).toContainEqual(cell('T3', 'new', 'np'));
    expect(found.find((f) => f.rule === 'SUM-01')!.message).toBe(
      '表三“自然人”列：新收3+上年结转0=3 ≠ 办理结果总计1+结转下年度0=1',
    );
  });

  it('table 3, a result row total 0 → 5: SUM-02 on the row, SUM-03 on the 总计 column', () => {
    const found = mutate('seed-004-weidong-2023', ['T3', 'r4_2', 'total'], '5');
    expect(found.map((f) => f.rule).sort()).toEqual(['SUM-02', 'SUM-03']);
    expect(found.find((f) => f.rule === 'SUM-02')!.cells![0]).toEqual(cell('T3', 'r4_2', 'total'));
  });

  it('table 4, 复议后起诉 总计 0 → 1: SUM-07 on that cell', () => {
    const found = mutate('seed-004-weidong-2023', ['T4', 'litAfterReview', 'total'], '1');
    expect(found.map((f) => f.rule)).toEqual(['SUM-07']);
    expect(found[0]!.cells![0]).toEqual(cell('T4', 'litAfterReview', 'total'));
  });

  it('table 2, 现行有效件数 0 with 制发 0 → 制发 2: SUM-08 on the row', () => {
    const found = mutate('seed-002-yanzhou-2024', ['T2', 'rules', 'issued'], '2');
    expect(found.map((f) => f.rule)).toEqual(['SUM-08']);
    expect(found[0]!.cells).toContainEqual(cell('T2', 'rules', 'issued'));
  });

  it('a blank cell (&nbsp;) becomes TBL-03 on that cell and no arithmetic alarm', () => {
    const found = mutate('seed-003-longde-2024', ['T3', 'r2', 'law'], '\u00a0');
    expect(found.map((f) => f.rule)).toEqual(['TBL-03']);
    expect(found[0]!.cells).toEqual([cell('T3', 'r2', 'law')]);
  });

  it('text in a number cell becomes TBL-03, a decimal count TBL-07', () => {
    expect(mutate('seed-001-xiangtan-2024', ['T3', 'r7', 'sci'], '见附件').map((f) => f.rule)).toEqual(['TBL-03']);
    const dec = mutate('seed-001-xiangtan-2024', ['T4', 'review', 'pending'], '0.5');
    expect(dec.map((f) => f.rule).sort()).toEqual(['SUM-05', 'TBL-07']);
  });

  it('full-width digits and padding read as the same number: no finding', () => {
    expect(mutate('seed-001-xiangtan-2024', ['T3', 'new', 'np'], '\u3000１\u00a0')).toEqual([]);
  });
});
