/**
 * 「获取上年度报告并比对」's check of a fetched page (extension/page/fetch-previous.ts): its cross-year record, when it
 * is the report wanted — that agency's (core/year-record.ts sameAgency), that year's. The other reports a column
 * lists give none.
 */
import { recordOf } from '@/core/cross-year';
import { analyzeSteps } from '@/core/index';
import { sameAgency, type YearRecord } from '@/core/year-record';
import { inSlices, type YieldToPage } from './slices';

export async function recordIfWanted(
  page: Document,
  url: string,
  want: { year: number; agency: string },
  pause: YieldToPage,
): Promise<YearRecord | null> {
  const analysis = await inSlices(analyzeSteps(page, url), pause, () => false);
  const record = analysis?.isReport ? recordOf(analysis.report) : undefined;
  if (!record || record.year !== want.year || !sameAgency({ host: '', agency: want.agency }, record)) return null;
  return record;
}
