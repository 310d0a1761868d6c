/**
 * What the command line keeps of each file until the end of a run, small enough for ten thousand files: its line
 * of the summary sheet and, for a report with an agency and a year, the cross-year view (core/cross-year.ts), so
 * that reports of consecutive years among the files given are checked against each other (XY rules).
 */
import { check } from '../core/check';
import { crossYearView, recordOf } from '../core/cross-year';
import type { Finding, Report } from '../core/model';
import { xyRules } from '../core/rules/xy';
import { sourceKind, type BatchEntry } from '../core/sheets';
import { previousYear, type YearRecord } from '../core/year-record';
import type { FileResult } from './format';

export interface Digest {
  /** The summary sheet's line (findings only when sheets are written). */
  entry: BatchEntry;
  view?: Report;
}

export function digestOf(r: FileResult, withFindings: boolean): Digest {
  const entry: BatchEntry = { source: r.source, kind: sourceKind(r.source) };
  if (r.error) entry.problem = r.error;
  else if (!r.isReport) entry.problem = r.title ? `不是年度报告（标题：${r.title}）` : '不是年度报告';
  if (r.isReport && r.counts) {
    entry.report = {
      agency: r.agency ?? '',
      year: r.year ?? null,
      counts: r.counts,
      findings: withFindings ? r.findings : [],
    };
  }
  const report = r.isReport ? (r as unknown as Report) : undefined;
  return report?.agency && report.year !== null && report.tables ? { entry, view: crossYearView(report) } : { entry };
}

/** The XY findings of one report against the previous year's among the files. */
export interface CrossYearResult {
  source: string;
  previous: string;
  year: number;
  findings: Finding[];
}

/** Each report whose agency's previous year is among the files, checked against it (files are matched by name). */
export function crossYearAmong(digests: readonly Digest[]): CrossYearResult[] {
  const withViews = digests.filter((d): d is Digest & { view: Report } => !!d.view);
  const records: { record: YearRecord; source: string }[] = withViews.map((d) => ({
    record: recordOf(d.view)!,
    source: d.entry.source,
  }));
  const out: CrossYearResult[] = [];
  for (const d of withViews) {
    const me = recordOf(d.view)!;
    const previous = previousYear(
      me,
      records.map((r) => r.record),
    );
    if (!previous) continue;
    const { findings } = check(d.view, { rules: xyRules, previous });
    const source = records.find((r) => r.record === previous)!.source;
    out.push({ source: d.entry.source, previous: source, year: previous.year, findings });
  }
  return out;
}
