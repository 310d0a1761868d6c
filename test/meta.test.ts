// Conventions kept true: ids follow the catalogue's shape and order, every rule has zh and en messages with the
// same placeholders, docs/rules.md is generated from the rules and up to date, every rule fires on some fixture
// and stays silent on the correct seed reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../core/rules/registry';
import { FAMILIES, familyOf, type RuleId } from '../core/rules/types';
import { CATALOGUE_FILE, renderRuleCatalogue } from '../scripts/rule-catalogue';
import { FIXTURES, fixtureNames } from './helpers';

const IDS = RULES.map((r) => r.meta.id);

const expected = Object.fromEntries(
  fixtureNames().map((n) => [
    n,
    JSON.parse(readFileSync(join(FIXTURES, `${n}.expected.json`), 'utf8')).findings as { rule: string }[],
  ]),
);

describe('rule registry', () => {
  it('holds each id once, in catalogue order: by family (DET, STR, TBL, SUM, XY, TXT), then by number', () => {
    expect(new Set(IDS).size).toBe(IDS.length);
    const key = (id: RuleId) => FAMILIES.indexOf(familyOf(id)) * 100 + Number(id.slice(-2));
    expect([...IDS].sort((a, b) => key(a) - key(b))).toEqual(IDS);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s: id, family, severity, summary, zh + en messages',
    (id, rule) => {
      expect(id).toMatch(new RegExp(`^(${FAMILIES.join('|')})-\\d\\d$`));
      expect(id.startsWith(`${rule.family}-`)).toBe(true);
      expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
      expect(rule.meta.summary.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.meta.summary.en).toMatch(/[a-z]{3}/i);
      for (const m of Object.values(rule.meta.messages)) {
        expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(m.en).toMatch(/[a-z]{3}/i);
        // Both languages fill the same placeholders (the en side may use {…En} variants).
        const keys = (s: string) => [...s.matchAll(/\{(\w+?)(En)?\}/g)].map((x) => x[1]).sort();
        expect(keys(m.en)).toEqual(keys(m.zh));
      }
    },
  );

  it('docs/rules.md is the catalogue generated from the rules (npm run docs:rules)', () => {
    expect(readFileSync(CATALOGUE_FILE, 'utf8')).toBe(renderRuleCatalogue());
  });

  // The XY rules need the previous year's report: they fire on the cross-year pairs (test/core/cross-year.test.ts).
  it.each(IDS.filter((id) => familyOf(id) !== 'XY'))('%s fires on at least one fixture', (id) => {
    expect(Object.values(expected).some((f) => f.some((x) => x.rule === id))).toBe(true);
  });

  it.each(IDS.filter((id) => id !== 'STR-07'))('%s stays silent on the correct reports (seed 001, seed 004)', (id) => {
    for (const name of ['seed-001-xiangtan-2024', 'seed-004-weidong-2023']) {
      expect(expected[name]!.filter((x) => x.rule === id && !(id === 'STR-10' && name.includes('004')))).toEqual([]);
    }
  });
});
