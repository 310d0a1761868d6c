/**
 * A checked report and its agency's previous year, for the engine on a page and the document page alike: leave
 * this report's record with the background, which answers with the previous year's if it keeps one, and add the
 * cross-year findings (only those rules run again: the rest of the check stands).
 */
import { check, mergeChecks } from '@/core/check';
import { recordOf } from '@/core/cross-year';
import type { Analysis } from '@/core/index';
import { xyRules } from '@/core/rules/xy';
import type { YearRecord } from '@/core/year-record';
import { sendToRuntime } from './messaging';

type Report = Extract<Analysis, { isReport: true }>;

/** The previous year's record, if the background keeps one; records are a convenience: no answer, none. */
export async function exchangeRecord(analysis: Report): Promise<YearRecord | undefined> {
  const record = recordOf(analysis.report);
  if (!record) return undefined;
  return (await sendToRuntime({ type: 'year-record', record }).catch(() => null)) ?? undefined;
}

/** The analysis with the cross-year findings (and the relations they checked) added. */
export function withCrossYear(analysis: Report, previous: YearRecord): Report {
  return mergeChecks(analysis, check(analysis.report, { rules: xyRules, previous }));
}
