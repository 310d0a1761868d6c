/**
 * The record one year's report leaves for the next year's check (spec §2.5): 表三's 结转下年度继续办理 by column,
 * 表二's 现行有效件数 by row, section 五's text, per agency, site and year — and how to tell that two records are the
 * same agency. Kept apart from the rules so the background can store and match records without the engine; its schema,
 * which the background parses records with, is core/year-record-schema.ts (the engine in a page carries no zod).
 */
import type * as z from 'zod/mini';
import type { YearRecordSchema } from './year-record-schema';

/** Section 五 is compared for copying (XY-03); this much of it is enough to tell. */
export const S5_MAX_CHARS = 2000;

export type YearRecord = z.infer<typeof YearRecordSchema>;

/** The host of a report's address, or '' (a file, a bad URL). */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

/** The name without spaces and brackets, so that 洪泽区人民政府 and "淮安市洪泽区 人民政府" compare. */
function agencyKey(name: string): string {
  return name.replace(/[\s（）()【】[\]]/g, '');
}

/** A name that starts with a place: 洪泽区人民政府 does, 人民政府 and 卫生健康局 do not. */
const PLACE = /[省市区县州旗盟镇乡]/;

/**
 * Same agency: the same site (when both have one) and the same name, or one name being the other with the larger
 * place in front — agencies are titled with and without their city across years (洪泽区人民政府 in 2023,
 * 淮安市洪泽区人民政府 in 2024). The shorter name must itself name a place, so 人民政府 matches no government.
 */
export function sameAgency(a: Pick<YearRecord, 'host' | 'agency'>, b: Pick<YearRecord, 'host' | 'agency'>): boolean {
  if (a.host && b.host && a.host !== b.host) return false;
  const x = agencyKey(a.agency);
  const y = agencyKey(b.agency);
  if (x === y) return x.length > 0;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const prefix = long.slice(0, long.length - short.length);
  return long.endsWith(short) && PLACE.test(short.slice(0, -2)) && PLACE.test(prefix.slice(-1));
}

/** How much a record holds: its figures present (blank ones included) and section 五's text. */
export function filled(r: YearRecord): number {
  return Object.keys(r.fwd).length + Object.keys(r.valid).length + (r.s5 ? 1 : 0);
}

/** The same agency's record of the year before, among those given (the first match: keep the newest first). */
export function previousYear(
  of: Pick<YearRecord, 'host' | 'agency' | 'year'>,
  records: readonly YearRecord[],
): YearRecord | undefined {
  return records.find((r) => r.year === of.year - 1 && sameAgency(of, r));
}
