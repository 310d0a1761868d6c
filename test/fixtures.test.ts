// Golden fixtures: every page in test/fixtures gives exactly the findings its .expected.json lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportSchema } from '../core/export-schema';
import { toExport } from '../core/index';
import { FIXTURES, analyzeFixture, fixtureNames, summarize } from './helpers';

describe.each(fixtureNames())('fixture %s', (name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
  const analysis = analyzeFixture(name);

  it('is or is not a report as expected', () => {
    expect(analysis.isReport).toBe(expected.isReport);
  });

  it('gives exactly the expected findings (rule, severity, place, message)', () => {
    expect(analysis.isReport ? summarize(analysis.findings) : []).toEqual(expected.findings);
  });

  it.runIf(expected.isReport)('exports an object that validates against the schema', () => {
    if (!analysis.isReport) return;
    const parsed = ExportSchema.safeParse(JSON.parse(JSON.stringify(toExport(analysis))));
    expect(parsed.success).toBe(true);
  });

  it.runIf(expected.isReport)('says the numbers in every arithmetic message', () => {
    if (!analysis.isReport) return;
    for (const f of analysis.findings.filter((x) => x.rule.startsWith('SUM-'))) {
      // Either both sides of the relation, or the total that stands against a row of blanks.
      expect(f.message).toMatch(/\d.*(≠|小于).*\d|为\d+，但.*空白/);
      expect(f.messageEn).toMatch(/\d.*(≠|less than).*\d|is \d+, but .*blank/);
    }
  });
});
