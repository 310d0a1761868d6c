/**
 * A report checked against the same agency's previous year: the cross-year rules alone, or merged into a check
 * already made. One place for the page, the document page, the batch page and the command line.
 */
import { check, mergeChecks, type CheckResult } from './check';
import type { Report } from './model';
import { xyRules } from './rules/xy';
import type { YearRecord } from './year-record';

/** The cross-year findings (and the relations they assessed) of `report` against `previous`. */
export function crossYearCheck(report: Report, previous: YearRecord): CheckResult {
  return check(report, { rules: xyRules, previous });
}

/** A check of `report` with the cross-year findings added (the rest of the check stands). */
export function withCrossYear<T extends CheckResult & { report: Report }>(analysis: T, previous: YearRecord): T {
  return mergeChecks(analysis, crossYearCheck(analysis.report, previous));
}
