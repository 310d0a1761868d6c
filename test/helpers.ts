import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../cli/decode';
import { parseHtml } from '../cli/load';
import { analyze, type Analysis } from '../core/index';
import type { Finding } from '../core/model';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

export function loadFixture(name: string): Document {
  return parseHtml(decodeHtml(readFileSync(join(FIXTURES, `${name}.html`))), `http://127.0.0.1/${name}.html`);
}

/** Tests run the engine in debug mode: a rule or extractor that throws fails the test instead of being recorded. */
export function analyzeHtml(html: string): Analysis {
  return analyze(parseHtml(html), '', { debug: true });
}

export function analyzeFixture(name: string): Analysis {
  return analyze(loadFixture(name), `${name}.html`, { debug: true });
}

/** A finding as the golden files list it: rule, severity, where, and the zh message with its figures. */
export interface Expected {
  rule: string;
  severity: string;
  section?: string;
  table?: string;
  cells?: { table: string; row: string; col: string }[];
  paragraph?: number;
  message: string;
}

export function summarize(findings: Finding[]): Expected[] {
  // Sorted by rule and place first, as the goldens always were, then by paragraph and message: the order does
  // not depend on the order the engine happens to report in.
  const key = (e: Expected) =>
    e.rule + JSON.stringify({ rule: e.rule, severity: e.severity, section: e.section, table: e.table, cells: e.cells });
  return findings
    .map((f) => {
      const e: Omit<Expected, 'message'> = { rule: f.rule, severity: f.severity };
      if (f.section) e.section = f.section;
      if (f.table) e.table = f.table;
      if (f.cells) e.cells = f.cells;
      if (f.paragraph !== undefined) e.paragraph = f.paragraph;
      return { ...e, message: f.message }; // last, so the golden files read as before with the words after
    })
    .sort(
      (a, b) =>
        key(a).localeCompare(key(b)) || (a.paragraph ?? -1) - (b.paragraph ?? -1) || a.message.localeCompare(b.message),
    );
}

export function findingsOf(a: Analysis): Finding[] {
  if (!a.isReport) throw new Error('not a report');
  return a.findings;
}
