/**
 * Year against year within a batch (issue 11): each report is compared with the same agency's previous year — the
 * batch's own report of that year when the batch has one (just read, newest first), else the record kept from an
 * earlier check. Pure: the batch page keeps the base checks and runs this again as reports arrive, because a
 * column lists the newer year first and its previous year is read after it.
 */
import { compareYears, type YearComparison } from './cross-year';
import { withCrossYear } from './cross-year-check';
import type { Analysis } from './index';
import { previousYear, type YearRecord } from './year-record';

export type ReportAnalysis = Extract<Analysis, { isReport: true }>;

export interface YearInput {
  /** The check without cross-year rules. */
  analysis: ReportAnalysis;
  record?: YearRecord;
  /** The previous year's record kept from earlier checks (storage), if any. */
  stored?: YearRecord;
}

export interface YearResult {
  analysis: ReportAnalysis;
  previous?: YearRecord;
  /** 「与上年对比」 lines, when the previous year is known. */
  comparison: YearComparison[];
}

export function batchCrossYear(inputs: readonly YearInput[]): YearResult[] {
  // In batch order: of a year listed twice, previousYear() takes the first reading.
  const records = inputs.flatMap((i) => (i.record ? [i.record] : []));
  return inputs.map((input) => {
    const previous = input.record ? (previousYear(input.record, records) ?? input.stored) : undefined;
    if (!previous) return { analysis: input.analysis, comparison: [] };
    return {
      analysis: withCrossYear(input.analysis, previous),
      previous,
      comparison: compareYears(input.analysis.report, previous),
    };
  });
}
