/**
 * A checked report's record left with the background, which answers with the same agency's previous year if it
 * keeps one: for the engine on a web page and the document page (core/cross-year-check.ts adds the findings).
 */
import { recordOf } from '@/core/cross-year';
import type { Analysis } from '@/core/index';
import type { YearRecord } from '@/core/year-record';
import { sendToRuntime } from './messaging';

type Report = Extract<Analysis, { isReport: true }>;

/** The previous year's record, if the background keeps one; records are a convenience: no answer, none. */
export async function exchangeRecord(analysis: Report): Promise<YearRecord | undefined> {
  const record = recordOf(analysis.report);
  if (!record) return undefined;
  return (await sendToRuntime({ type: 'year-record', record }).catch(() => null)) ?? undefined;
}
