/**
 * How many findings of each severity: the summary's figures. Apart from export.ts so that the on-page overlay, which
 * shows them, carries no zod: importing the export's module for this brought zod's set-up into overlay.js.
 */
import type { Finding, Severity } from './model';

export type Counts = Record<Severity, number>;

export function countFindings(findings: Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
