/**
 * Per-rule cases, as axe-core keeps its integration cases: each family file lists reports and the exact findings
 * one rule gives on each (or none). This file turns such a list into tests, and checks the list itself: every rule
 * of the family has a silent case and a failing case for each of its message variants.
 */
import { describe, expect, it } from 'vitest';
import type { CellRef, Finding, Report, Severity, TableId } from '../../core/model';
import { ReportSchema } from '../../core/model';
import type { Rule, RuleContext } from '../../core/rules/types';
import { runRulesWith } from './run';

export interface Case {
  rule: Rule;
  name: string;
  report: Report;
  /** The exact findings, in order; [] where the rule must stay silent. A function where a paragraph index is needed. */
  findings: Finding[] | ((r: Report) => Finding[]);
  /** What the rule may know beyond the report (the XY rules: the previous year's record). */
  context?: RuleContext;
}

export type Where = Pick<Finding, 'section' | 'table' | 'cells' | 'paragraph' | 'excerpt'>;

/** A finding written out in full: nothing is taken from the rule, so a changed severity or wording is caught. */
export function finding(
  rule: string,
  severity: Severity,
  message: string,
  messageEn: string,
  where: Where = {},
): Finding {
  return { rule, severity, message, messageEn, ...where };
}

/** A case where the rule must find nothing. */
export function silent(rule: Rule, name: string, report: Report): Case {
  return { rule, name: `silent: ${name}`, report, findings: [] };
}

export function cell(table: TableId, row: string, col: string): CellRef {
  return { table, row, col };
}

/** The same column of several rows, in the given order. */
export function column(table: TableId, rows: string[], col: string): CellRef[] {
  return rows.map((row) => cell(table, row, col));
}

/** Several columns of one row, in the given order. */
export function row(table: TableId, rowId: string, cols: string[]): CellRef[] {
  return cols.map((col) => cell(table, rowId, col));
}

/** A message template as a pattern: the literal text must be there, any value may fill a {placeholder}. */
function templatePattern(template: string): RegExp {
  const literal = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('[\\s\\S]*')}$`);
}

/** Which message variants of its rule a finding's zh message is a filling of. */
export function variantsOf(rule: Rule, f: Finding): string[] {
  return Object.entries(rule.meta.messages)
    .filter(([, m]) => templatePattern(m.zh).test(f.message))
    .map(([k]) => k);
}

function expected(c: Case): Finding[] {
  return typeof c.findings === 'function' ? c.findings(c.report) : c.findings;
}

function assertCase(c: Case): void {
  // The input must be a report the extractor could have produced, or the case proves nothing.
  expect(ReportSchema.safeParse(c.report).success).toBe(true);
  expect(runRulesWith(c.report, c.context ?? {}, c.rule)).toStrictEqual(expected(c));
}

/**
 * `knownBugs` are cases the rule gets wrong today, with the findings it should give. They assert that the rule
 * still gives something else (not it.fails, which would also pass on a broken case), so the suite stays green
 * and turns red the day a fix lands: then the case moves into `cases`.
 */
export function describeCases(family: string, rules: Rule[], cases: Case[], knownBugs: Case[] = []): void {
  describe(`${family}: each rule alone on its cases`, () => {
    for (const c of cases) it(`${c.rule.meta.id} — ${c.name}`, () => assertCase(c));
  });

  describe.runIf(knownBugs.length > 0)(`${family}: known bugs (the rule still errs)`, () => {
    for (const c of knownBugs) {
      it(`${c.rule.meta.id} — ${c.name}`, () => {
        expect(ReportSchema.safeParse(c.report).success).toBe(true);
        expect(runRulesWith(c.report, c.context ?? {}, c.rule)).not.toStrictEqual(expected(c));
      });
    }
  });

  describe(`${family}: the case list covers the family`, () => {
    it('lists only rules of this family', () => {
      expect(cases.filter((c) => !rules.includes(c.rule)).map((c) => c.name)).toEqual([]);
    });

    it.each(rules.map((r) => [r.meta.id, r] as const))('%s has a silent case', (_id, rule) => {
      expect(cases.some((c) => c.rule === rule && expected(c).length === 0)).toBe(true);
    });

    it.each(rules.map((r) => [r.meta.id, r] as const))('%s has a failing case per message variant', (_id, rule) => {
      const mine = cases.filter((c) => c.rule === rule);
      const seen = new Set(mine.flatMap((c) => expected(c).flatMap((f) => variantsOf(rule, f))));
      expect([...seen].sort()).toEqual(Object.keys(rule.meta.messages).sort());
    });
  });
}
