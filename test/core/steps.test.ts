import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import { analyze, analyzeSteps, toExport, type Analysis } from '../../core/index';
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
  it('pauses between chunks of a large page and ends with what analyze() finds', () => {
    // 12 tables of 20 × 20 beside a real report: about 5,000 cells, two chunks of the page walk.
    const doc = parseHtml(syntheticReport(12, 20, 20));
    const { analysis, pauses } = stepped(doc);
    expect(analysis.isReport).toBe(true);
    // Two in the page walk, one after the scan: the mapping and the rules are not the page's (in the extension they
    // run in the background, core/index.ts analyzeScan).
    expect(pauses).toBe(2 + 1);
    expect(exported(analysis)).toEqual(exported(analyze(doc, 'u', { debug: true })));
  });

  it('gives a typical report in a few steps, the same as analyze()', () => {
    const doc = loadFixture('seed-001-xiangtan-2024');
    const { analysis, pauses } = stepped(doc);
    expect(pauses).toBeLessThan(8);
    expect(exported(analysis)).toEqual(exported(analyze(doc, 'u', { debug: true })));
  });
});
