import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml, parseHtml } from '../cli/load';
import { analyze, type Analysis } from '../core/index';
import type { Finding } from '../core/model';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort();
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

/** A finding as the golden files list it: rule, severity and where, not the wording. */
export interface Expected {
  rule: string;
  severity: string;
  section?: string;
  table?: string;
  cells?: { table: string; row: string; col: string }[];
}

export function summarize(findings: Finding[]): Expected[] {
  return findings
    .map((f) => {
      const e: Expected = { rule: f.rule, severity: f.severity };
      if (f.section) e.section = f.section;
      if (f.table) e.table = f.table;
      if (f.cells) e.cells = f.cells;
      return e;
    })
    .sort((a, b) => (a.rule + JSON.stringify(a)).localeCompare(b.rule + JSON.stringify(b)));
}

export function findingsOf(a: Analysis): Finding[] {
  if (!a.isReport) throw new Error('not a report');
  return a.findings;
}
