/**
 * 「获取上年度报告并比对」, on the user's click only: find the same agency's report of the year before — linked from
 * this page, or in its 年报 column (the breadcrumb's link; its pages followed a little) — fetch it from the same
 * site, parse it (nothing in it runs), check it (`readRecord`) and return its cross-year record. Nothing is fetched
 * from another site: a content script's fetch is the page's own.
 */
import { decodeHtml } from '@/core/charset';
import type { Report } from '@/core/model';
import { columnLinks, lastYearAmong, previousReportLinks } from '@/core/report-links';
import { sameAgency, type YearRecord } from '@/core/year-record';

/** The report a fetched page should be: the same agency's, of the year before. */
export interface Wanted {
  year: number;
  agency: string;
}

/** A fetched page as a document to read, or why not. */
export type LoadPage = (url: string) => Promise<Document>;

const MAX_COLUMNS = 2;
const MAX_COLUMN_PAGES = 3;
const MAX_CANDIDATES = 3;

/** The page at `url` on this site, parsed (scripts never run in a DOMParser document). */
export const loadPage: LoadPage = async (url) => {
  if (new URL(url).origin !== location.origin) throw new Error(`not this site: ${url}`);
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const html = decodeHtml(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'));
  return new DOMParser().parseFromString(html, 'text/html');
};

/** The candidates on this page, else in its column's first pages (same site only). */
async function candidates(doc: Document, base: string, report: Whose, load: LoadPage): Promise<string[]> {
  const origin = new URL(base).origin;
  const sameSite = (u: string) => new URL(u).origin === origin;
  const { reports, columns } = previousReportLinks(doc, base, report.agency, report.year!);
  const found = reports.filter(sameSite);
  for (const column of columns.filter(sameSite).slice(0, MAX_COLUMNS)) {
    if (found.length) break;
    const queue = [column];
    const seen = new Set<string>();
    while (queue.length && seen.size < MAX_COLUMN_PAGES && !found.length) {
      const page = queue.shift()!;
      if (seen.has(page)) continue;
      seen.add(page);
      const list = await load(page).catch(() => undefined);
      if (!list) continue;
      const links = columnLinks(list, page);
      found.push(...lastYearAmong(links.reports, report.agency, report.year!).filter(sameSite));
      queue.push(...links.pages.filter(sameSite));
    }
  }
  return found.slice(0, MAX_CANDIDATES);
}

/** Whose report it is: its agency and year. */
type Whose = Pick<Report, 'agency' | 'year'>;

/** What entrypoints/previous.ts hands the engine (extension/page/previous-loader.ts). */
export type FetchPreviousYear = typeof fetchPreviousYear;

/**
 * The previous year's record of `report`'s agency, found from `doc`; throws with a message for the user when there
 * is none to be found, or none of what was found is that report.
 */
export async function fetchPreviousYear(
  doc: Document,
  report: Whose,
  /** A fetched page's record if it is the report wanted (and kept like a report the user checked), else null. */
  readRecord: (page: Document, url: string, want: Wanted) => Promise<YearRecord | null>,
  load: LoadPage = loadPage,
): Promise<YearRecord> {
  if (report.year === null || !report.agency) throw new Error('本报告的年度或机关未识别，无法查找上年度报告');
  const base = doc.location?.href || doc.baseURI;
  const urls = await candidates(doc, base, report, load);
  if (!urls.length) {
    throw new Error(`本页和所在年报栏目中没有找到${report.agency}${report.year - 1}年度报告的链接`);
  }
  const me = { host: '', agency: report.agency };
  for (const url of urls) {
    const page = await load(url).catch(() => undefined);
    if (!page) continue;
    // The background's own failure (restarting, updated) is said as such, not as "no such report".
    const record = await readRecord(page, url, { year: report.year - 1, agency: report.agency });
    if (record?.year === report.year - 1 && sameAgency(me, { host: '', agency: record.agency })) return record;
  }
  throw new Error(
    `找到的链接（${urls.length}个）不是${report.agency}${report.year - 1}年度报告的网页（可能以附件发布或需要验证）：请先打开上年度报告检查，记录会自动用于比对`,
  );
}
