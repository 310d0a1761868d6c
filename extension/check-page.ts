/**
 * The background's part of checking a page (entrypoints/background.ts): the engine in the page sends the page's
 * markup, and the whole check — parsing a copy of the page (core/html/light-dom.ts), scanning it (core/scan.ts),
 * extracting the report, mapping its tables, the rules, the cross-year record and check, what the popup will
 * show — runs here, off the page's main thread. The answer names the page's elements by place (core/places.ts);
 * the engine looks them up in its own tree.
 */
import { recordOf } from '@/core/cross-year';
import { withCrossYear } from '@/core/cross-year-check';
import { parseLightHtml } from '@/core/html/light-dom';
import type { ReportExport } from '@/core/export';
import { type Analysis, type AnchorRefs, analyzeScan, type PageScan, type ScanAnalysis, toExport } from '@/core/index';
import { type ReportHead, reportHead } from '@/core/report-head';
import { placedCells, placesOf, type Places } from '@/core/places';
import { scanAll } from '@/core/scan';
import { sameAgency, type YearRecord } from '@/core/year-record';
import { reportFacts, type ReportFacts } from './report-facts';

export interface CheckedPage {
  analysis: ScanAnalysis;
  /** What the popup shows of a report beyond its findings (null for a page that is none). */
  facts: ReportFacts | null;
  /** The previous year the report was checked against, if any. */
  previous: YearRecord | null;
}

/** The check as a page is sent it: its anchors as numbers, and of its report the head only (core/report-head.ts). */
export type PageAnalysis = Analysis<AnchorRefs, ReportHead>;

/** A page checked from its markup: the check, and where the elements its anchors name are. */
export interface CheckedMarkup extends Omit<CheckedPage, 'analysis'> {
  analysis: PageAnalysis;
  places: Places;
}

/**
 * A page's markup (extension/page/markup.ts) checked. Scanning the page's own tree cost its main thread about as
 * much as the rest of its check together; parsing a copy here costs the page only the serialising.
 */
export async function checkMarkup(
  html: string,
  url: string,
  previous: YearRecord | undefined,
  remember: RememberRecord,
): Promise<CheckedMarkup> {
  const scanned = scanMarkup(html, url);
  if ('isReport' in scanned) return { analysis: scanned, facts: null, previous: null, places: NO_PLACES };
  const checked = await checkPage(scanned.scan, previous, remember);
  const { analysis } = checked;
  if (!analysis.isReport) return { ...checked, analysis, places: NO_PLACES };
  const places = placesOf(analysis.anchors, scanned.elements, analysis.findings, analysis.report);
  const anchors = { ...analysis.anchors, cells: onlyPlaced(analysis.anchors.cells, placedCells(places)) };
  return { ...checked, analysis: { ...analysis, report: reportHead(analysis.report), anchors }, places };
}

/** Of the cells' numbers, those the page is told where to find (the rest it could not look up anyway). */
function onlyPlaced(cells: AnchorRefs['cells'], placed: Set<number>): AnchorRefs['cells'] {
  return Object.fromEntries(Object.entries(cells).filter(([, at]) => placed.has(at)));
}

/**
 * A page's markup checked as checkMarkup does, for the page's 「导出」: the report in full with its findings. The page
 * keeps only its report's head, so an export checks the page again, against exactly the previous year its check
 * used (`previous`, none if none): kept records are neither read nor written, or a record kept since (the user
 * checked last year's report in another tab) would add findings the page never showed.
 */
export async function exportMarkup(html: string, url: string, previous: YearRecord | undefined): Promise<ReportExport> {
  const scanned = scanMarkup(html, url);
  const noRecords: RememberRecord = async () => undefined;
  const analysis = 'isReport' in scanned ? scanned : (await checkPage(scanned.scan, previous, noRecords)).analysis;
  if (!analysis.isReport) {
    const why = analysis.error ? `：${analysis.error}` : '';
    throw new Error(`本页已不是可导出的年度报告${why} (not a report)`);
  }
  return toExport(analysis);
}

/** A page's markup parsed with the light document and scanned, as every request that carries markup has it. */
function scanMarkup(html: string, url: string): ReturnType<typeof scanAll> {
  return scanAll(parseLightHtml(html, url || undefined), url);
}

const NO_PLACES: Places = { root: null };

/** Keeps a report's cross-year record; answers with the same agency's previous year, if kept (year-records.ts). */
export type RememberRecord = (record: YearRecord) => Promise<YearRecord | undefined>;

/** `previous`: a previous year the page fetched itself (「获取上年度报告并比对」), else the one kept, if any. */
export async function checkPage(
  scan: PageScan,
  previous: YearRecord | undefined,
  remember: RememberRecord,
): Promise<CheckedPage> {
  const analysis = analyzeScan(scan);
  if (!analysis.isReport) return { analysis, facts: null, previous: null };
  const record = recordOf(analysis.report);
  // Records are a convenience: storage that fails leaves the check without the previous year, nothing more.
  const kept = record ? await remember(record).catch(() => undefined) : undefined;
  const against = previous ?? kept ?? null;
  const checked = against ? withCrossYear(analysis, against) : analysis;
  return { analysis: checked, facts: reportFacts(checked, against ?? undefined), previous: against };
}

/**
 * A fetched page's cross-year record (「获取上年度报告并比对」: its markup, extension/page/fetch-previous.ts) when it is
 * the report wanted — that agency's (core/year-record.ts sameAgency), that year's — kept like a report the user
 * checked; null otherwise (the other reports a column lists are not kept).
 */
export async function readRecord(
  html: string,
  url: string,
  want: { year: number; agency: string },
  remember: RememberRecord,
): Promise<YearRecord | null> {
  const scanned = scanMarkup(html, url);
  if ('isReport' in scanned) return null;
  const analysis = analyzeScan(scanned.scan);
  const record = analysis.isReport ? recordOf(analysis.report) : undefined;
  if (!record || record.year !== want.year || !sameAgency({ host: '', agency: want.agency }, record)) return null;
  await remember(record).catch(() => undefined);
  return record;
}
