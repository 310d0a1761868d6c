import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import { analyze, analyzeScan, analyzeSteps, toExport, type Analysis } from '../../core/index';
import { RULES } from '../../core/rules/registry';
import { scanAll } from '../../core/scan';
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
  it('pauses after every table and every rule, and ends with what analyze() finds', () => {
    // 12 tables of 20 × 20 beside a real report's table 3: about 5,000 cells.
    const doc = parseHtml(syntheticReport(12, 20, 20));
    const { analysis, pauses } = stepped(doc);
    expect(analysis.isReport).toBe(true);
    // One after each of the 13 tables, one before packing the scan, one after it, one after the extraction, one
    // after each rule.
    expect(pauses).toBe(13 + 1 + 1 + 1 + RULES.length);
    expect(exported(analysis)).toEqual(exported(analyze(doc, 'u', { debug: true })));
  });

  it('gives a typical report the same as analyze()', () => {
    const doc = loadFixture('seed-001-xiangtan-2024');
    const { analysis, pauses } = stepped(doc);
    expect(pauses).toBeGreaterThan(RULES.length);
    expect(exported(analysis)).toEqual(exported(analyze(doc, 'u', { debug: true })));
  });
});

describe('analyzeScan (a scan checked on its own)', () => {
  it('checks a scan that crossed as JSON the same as analyze() checks the page', () => {
    const doc = loadFixture('seed-004-weidong-2023');
    const scanned = scanAll(doc, 'u');
    if ('isReport' in scanned) throw new Error('not scanned');
    const remote = analyzeScan(JSON.parse(JSON.stringify(scanned.scan)));
    const local = analyze(doc, 'u');
    if (!remote.isReport || !local.isReport) throw new Error('not a report');
    expect(toExport(remote)).toEqual(toExport(local));
  });

  it('refuses a small scan that would make the check build huge grids, before building them', () => {
    const scan = { url: 'u', title: 't', publishDate: null, rowPaths: [] };
    const empty = { kind: 'table' as const, grid: { rows: 400_000, texts: [], shape: [] } };
    const wide = { kind: 'table' as const, grid: { rows: 2000, texts: ['x'], shape: [0, 0, 2000, 200, 1, 0] } };
    // 40 × 400,000 empty rows (1.4 GB when built, the reviewer measured), 20 cells of 2,000 × 200 slots.
    for (const blocks of [Array(40).fill(empty), Array(20).fill(wide)]) {
      expect(analyzeScan({ ...scan, blocks })).toMatchObject({
        isReport: false,
        reason: 'unreadable',
        error: 'Error: page scan too large',
      });
    }
  });

  it('says a scan out of shape is unreadable rather than throwing', () => {
    const scanned = scanAll(loadFixture('seed-004-weidong-2023'), 'u');
    if ('isReport' in scanned) throw new Error('not scanned');
    const blocks = scanned.scan.blocks.map((b) =>
      b.kind === 'table' ? { ...b, grid: { ...b.grid, shape: b.grid.shape.slice(1) } } : b,
    );
    expect(analyzeScan({ ...scanned.scan, blocks })).toMatchObject({ isReport: false, reason: 'unreadable' });
  });
});
