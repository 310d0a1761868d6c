/**
 * The popup's picture of a checked page (PageState) from an analysis: shared by the engine on a web page and the
 * document page, so that the popup's list, counts, legend and summary are the same for both.
 */
import type { Attachment } from '@/core/attachments';
import { countFindings } from '@/core/export';
import type { Analysis } from '@/core/index';
import { locationOf } from '@/core/location';
import { RULES } from '@/core/rules/registry';
import { compareYears } from '@/core/cross-year';
import { checkSummary } from '@/core/summary';
import type { YearRecord } from '@/core/year-record';
import type { PageState } from '../protocol';

export interface StateContext {
  url: string;
  overlayVisible: boolean;
  /** The page is still watched for a late-loading article. */
  watching?: boolean;
  /** Report files the page links to: offered only where the page itself has no report tables. */
  attachments?: Attachment[];
  pdfTab?: boolean;
  /** The state of the document page rather than of a web page. */
  documentPage?: boolean;
  /** The same agency's previous year, when a record of it is kept: 「与上年对比」. */
  previous?: YearRecord;
}

export function pageStateOf(a: Analysis | undefined, ctx: StateContext): PageState {
  const { url, watching = false } = ctx;
  const attachments = ctx.attachments?.length ? { attachments: ctx.attachments } : {};
  if (!a) return { isReport: false, url, reason: 'no-title', watching, ...attachments, ...pdfTab(ctx) };
  if (!a.isReport) {
    const { reason, title, error } = a;
    return { isReport: false, url, reason, title, error, watching, ...attachments, ...pdfTab(ctx) };
  }
  const { report, findings, failures } = a;
  const noTables = !report.tables.T2 && !report.tables.T3 && !report.tables.T4;
  return {
    isReport: true,
    url,
    title: report.title,
    agency: report.agency,
    year: report.year,
    formatVersion: report.formatVersion,
    counts: countFindings(findings),
    findings,
    locations: findings.map(locationOf),
    legend: Object.fromEntries(
      RULES.filter((r) => findings.some((f) => f.rule === r.meta.id)).map((r) => [r.meta.id, r.meta.summary]),
    ),
    summary: checkSummary(report, findings, a.relationsChecked),
    failures,
    crossYear: ctx.previous
      ? { year: ctx.previous.year, url: ctx.previous.url, rows: compareYears(report, ctx.previous) }
      : null,
    overlayVisible: ctx.overlayVisible,
    ...(noTables ? attachments : {}),
  };
}

function pdfTab(ctx: StateContext): { pdfTab?: boolean; documentPage?: boolean } {
  return { ...(ctx.pdfTab ? { pdfTab: true } : {}), ...(ctx.documentPage ? { documentPage: true } : {}) };
}
