// Year against year within a batch (core/batch-years.ts): the newer year listed first still finds its previous
// year read after it; a kept record stands in when the batch has none; the batch's own reading wins over a record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import { batchCrossYear, type ReportAnalysis } from '../../core/batch-years';
import { recordOf } from '../../core/cross-year';
import { analyze } from '../../core/index';
import { FIXTURES } from '../helpers';

function read(name: string, url: string): ReportAnalysis {
  const a = analyze(parseHtml(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), url), url);
  if (!a.isReport) throw new Error('not a report');
  return a;
}

const y2024 = read('seed-001-xiangtan-2024', 'http://www.xtx.gov.cn/a/2024.html');
const y2023 = read('xy-xiangtan-2023', 'http://www.xtx.gov.cn/a/2023.html');
const xy = (a: ReportAnalysis) => a.findings.filter((f) => f.rule.startsWith('XY-')).map((f) => f.rule);

describe('cross-year rules within a batch', () => {
  it('compares 2024 with the batch’s 2023 although 2023 comes later in the list', () => {
    const [now, before] = batchCrossYear([
      { analysis: y2024, record: recordOf(y2024.report) },
      { analysis: y2023, record: recordOf(y2023.report) },
    ]);
    expect(now!.previous?.year).toBe(2023);
    expect(xy(now!.analysis)).toEqual(['XY-01', 'XY-01', 'XY-03']);
    expect(now!.comparison.filter((c) => !c.agrees).map((c) => [c.now, c.expected])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    // 2023 has no 2022 in the batch: unchanged.
    expect(before!.previous).toBeUndefined();
    expect(before!.analysis).toBe(y2023);
  });

  it('uses a kept record when the batch lacks the previous year, and prefers the batch’s own reading', () => {
    const kept = { ...recordOf(y2023.report)!, fwd: { np: 0, total: 0 } };
    const [alone] = batchCrossYear([{ analysis: y2024, record: recordOf(y2024.report), stored: kept }]);
    expect(alone!.previous).toBe(kept);
    expect(xy(alone!.analysis)).toEqual(['XY-03']);
    const [both] = batchCrossYear([
      { analysis: y2024, record: recordOf(y2024.report), stored: kept },
      { analysis: y2023, record: recordOf(y2023.report) },
    ]);
    expect(both!.previous?.fwd.np).toBe(1);
  });

  it('leaves a report of another site alone', () => {
    const other = read('xy-xiangtan-2023', 'http://www.other.gov.cn/a/2023.html');
    const [now] = batchCrossYear([
      { analysis: y2024, record: recordOf(y2024.report) },
      { analysis: other, record: recordOf(other.report) },
    ]);
    expect(now!.previous).toBeUndefined();
    expect(xy(now!.analysis)).toEqual([]);
  });
});
