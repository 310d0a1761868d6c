/**
 * What the popup shows of a checked report beyond its findings: counts, where each finding is, the legend of the
 * rules that found something, the summary, the comparison with the previous year. Worked out where the check ran
 * (the engine for a web page, the document page for a file), when the popup asks.
 */
import { countFindings } from '@/core/counts';
import type { Analysis } from '@/core/index';
import { locationOf } from '@/core/location';
import { RULES } from '@/core/rules/registry';
import { compareYears } from '@/core/cross-year';
import { checkSummary } from '@/core/summary';
import type { YearRecord } from '@/core/year-record';
import type { PageState } from './protocol';

type ReportState = Extract<PageState, { isReport: true }>;
export type ReportFacts = Pick<ReportState, 'counts' | 'locations' | 'legend' | 'summary' | 'crossYear'>;

/** `previous`: the same agency's previous year, when a record of it is kept: 「与上年对比」. */
export function reportFacts(a: Extract<Analysis<unknown>, { isReport: true }>, previous?: YearRecord): ReportFacts {
  const { report, findings } = a;
  return {
    counts: countFindings(findings),
    locations: findings.map(locationOf),
    legend: Object.fromEntries(
      RULES.filter((r) => findings.some((f) => f.rule === r.meta.id)).map((r) => [r.meta.id, r.meta.summary]),
    ),
    summary: checkSummary(report, findings, a.relationsChecked),
    crossYear: previous ? { year: previous.year, url: previous.url, rows: compareYears(report, previous) } : null,
  };
}
