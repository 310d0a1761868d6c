/**
 * What the command line keeps of each file until the end of a run, small enough for ten thousand files: its line
 * of the summary sheet and, for a report with an agency and a year, the cross-year view (core/cross-year.ts), so
 * that reports of consecutive years among the files given are checked against each other (XY rules).
 */
import { crossYearView, recordOf } from '../core/cross-year';
import { crossYearCheck } from '../core/cross-year-check';
import type { Finding, Report } from '../core/model';
import { sourceKind, type BatchEntry } from '../core/sheets';
import { previousYear } from '../core/year-record';
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
  const records = withViews.map((d) => recordOf(d.view)!);
  const out: CrossYearResult[] = [];
  withViews.forEach((d, i) => {
    const previous = previousYear(records[i]!, records);
    if (!previous) return;
    const { findings } = crossYearCheck(d.view, previous);
    const source = withViews[records.indexOf(previous)]!.entry.source;
    out.push({ source: d.entry.source, previous: source, year: previous.year, findings });
  });
  return out;
}
