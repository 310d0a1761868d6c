/**
 * The popup's picture of a checked page (PageState) from an analysis and its facts (extension/report-facts.ts):
 * shared by the engine on a web page and the document page, so that the popup's list, counts, legend and summary
 * are the same for both.
 */
import type { Attachment } from '@/core/attachments';
import type { Analysis } from '@/core/index';
import type { Report } from '@/core/model';
import type { PageState } from '../protocol';
import type { ReportFacts } from '../report-facts';

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
}

/** A report none of whose national tables (表二, 表三, 表四) is on the page: its files are offered instead. */
export function withoutTables(report: Pick<Report, 'tables'>): boolean {
  return !report.tables.T2 && !report.tables.T3 && !report.tables.T4;
}

export function pageStateOf(
  a: Analysis<unknown> | undefined,
  ctx: StateContext,
  facts: ReportFacts | null = null,
): PageState {
  const { url, watching = false } = ctx;
  const attachments = ctx.attachments?.length ? { attachments: ctx.attachments } : {};
  if (!a) return { isReport: false, url, reason: 'no-title', watching, ...attachments, ...pdfTab(ctx) };
  if (!a.isReport) {
    const { reason, title, error } = a;
    return { isReport: false, url, reason, title, error, watching, ...attachments, ...pdfTab(ctx) };
  }
  const { report, findings, failures } = a;
  if (!facts) throw new Error('a report without its facts');
  const noTables = withoutTables(report);
  return {
    isReport: true,
    url,
    title: report.title,
    agency: report.agency,
    year: report.year,
    formatVersion: report.formatVersion,
    findings,
    failures,
    ...facts,
    overlayVisible: ctx.overlayVisible,
    ...(noTables ? attachments : {}),
  };
}

function pdfTab(ctx: StateContext): { pdfTab?: boolean; documentPage?: boolean } {
  return { ...(ctx.pdfTab ? { pdfTab: true } : {}), ...(ctx.documentPage ? { documentPage: true } : {}) };
}
