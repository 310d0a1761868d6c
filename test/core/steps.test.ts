import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import { analyze, analyzeSteps, toExport, type Analysis } from '../../core/index';
import { RULES } from '../../core/rules/registry';
import { syntheticReport } from '../../tools/server';
import { loadFixture } from '../helpers';

function exported(a: Analysis): unknown {
  return a.isReport ? toExport(a) : a;
}

/** Runs the steps to the end, counting the pauses. */
function stepped(doc: Document): { analysis: Analysis; pauses: number } {
  const steps = analyzeSteps(doc, 'u', { debug: true });
  let pauses = 0;
  for (let s = steps.next(); ; s = steps.next()) {
    if (s.done) return { analysis: s.value, pauses };
    pauses++;
  }
}

describe('analyzeSteps', () => {
  it('pauses after every table read and mapped and every rule, and ends with what analyze() finds', () => {
    // 12 tables of 20 × 20 beside a real report's table 3: about 5,000 cells.
    const doc = parseHtml(syntheticReport(12, 20, 20));
    const { analysis, pauses } = stepped(doc);
    expect(analysis.isReport).toBe(true);
    // The scan: one after each of the 13 tables read and one before the rows' selectors; one after the scan; the
    // extraction: one after each of the 13 tables again and after the one it maps (table 3), one at its end; then
    // one after each rule.
    expect(pauses).toBe(13 + 1 + 1 + 13 + 1 + 1 + RULES.length);
    expect(exported(analysis)).toEqual(exported(analyze(doc, 'u', { debug: true })));
  });

  it('gives a typical report the same as analyze()', () => {
    const doc = loadFixture('seed-001-xiangtan-2024');
    const { analysis, pauses } = stepped(doc);
    expect(pauses).toBeGreaterThan(RULES.length);
    expect(exported(analysis)).toEqual(exported(analyze(doc, 'u', { debug: true })));
  });
});
