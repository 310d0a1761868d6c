/**
 * The cross-year records (core/cross-year.ts) kept in storage.local: one per agency, site and year, the newest
 * kept when full. The background writes them as reports are checked; the options page lists and clears them.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { filled, previousYear, type YearRecord } from '@/core/year-record';
import { YearRecordSchema } from '@/core/year-record-schema';

const KEY = 'yearRecords';
/** About 600 bytes each: 3,000 records are under 2 MB of storage.local's 10 MB. */
export const MAX_RECORDS = 3000;

const RecordsSchema = z.array(YearRecordSchema);

export async function loadRecords(): Promise<YearRecord[]> {
  try {
    const raw = (await browser.storage.local.get(KEY))[KEY];
    const parsed = RecordsSchema.safeParse(raw ?? []);
    // Records are a convenience: unreadable ones (an older version's) are dropped, not an error.
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * The list with `record` in front, replacing the same site, agency and year unless what is kept holds more (a
 * document read short after the page read whole); bounded. Pure.
 */
export function withRecord(records: readonly YearRecord[], record: YearRecord): YearRecord[] {
  const same = (r: YearRecord) => r.year === record.year && r.host === record.host && r.agency === record.agency;
  const kept = records.find(same);
  if (kept && filled(kept) > filled(record)) return [...records];
  return [record, ...records.filter((r) => !same(r))].slice(0, MAX_RECORDS);
}

/** Keeps a checked report's record and answers with the previous year's, if known. */
export async function rememberRecord(record: YearRecord): Promise<YearRecord | undefined> {
  const records = await loadRecords();
  await browser.storage.local.set({ [KEY]: withRecord(records, record) });
  return previousYear(record, records);
}

export async function clearRecords(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
