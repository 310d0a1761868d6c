/**
 * One report of a batch, read as the single-page check would read it: the page fetched and checked on a
 * DOMParser document (nothing in it runs or loads); a page that only links its report as a PDF or .docx
 * attachment, or a link straight to such a file, read with the document reader. Whatever cannot be read is an
 * outcome with its reason — a challenge, an HTTP error, not a report — never a clean report.
 */
import { findAttachments } from '@/core/attachments';
import type { ReportAnalysis } from '@/core/batch-years';
import { analyze } from '@/core/index';
import type { Label } from '@/core/parts';
import type { ReportLink } from '@/core/report-links';
import type { DocumentReading } from '../document/read';
import type { DocumentKind, Fetched } from '../fetch-document';
import type { PageFetched } from './fetch-page';

/** 网页, PDF or Word: what the report was read from, as the 类型 column and the exports name it. */
export type SourceType = '网页' | 'PDF' | 'Word';

export type Problem =
  | 'challenge'
  | 'http'
  | 'network'
  | 'too-large'
  | 'not-report'
  | 'unreadable'
  | 'old-word'
  | 'no-permission'
  | 'cancelled';

export type Outcome =
  | { ok: true; source: string; type: SourceType; analysis: ReportAnalysis }
  | { ok: false; source: string; type: SourceType; problem: Problem; status?: number; detail?: Label | string };

export interface CheckDeps {
  fetchPage: (url: string, signal: AbortSignal) => Promise<PageFetched>;
  fetchFile: (url: string, signal: AbortSignal) => Promise<Fetched>;
  readFile: (bytes: Uint8Array, kind: DocumentKind, signal: AbortSignal) => Promise<DocumentReading>;
  parse: (html: string, url: string) => Document;
  /** Whether the extension may read this address (its site's permission). */
  mayFetch: (url: string) => Promise<boolean>;
}

const typeOf = (kind: DocumentKind): SourceType => (kind === 'pdf' ? 'PDF' : 'Word');

async function readFile(
  bytes: Uint8Array,
  kind: DocumentKind,
  source: string,
  deps: CheckDeps,
  signal: AbortSignal,
): Promise<Outcome> {
  const type = typeOf(kind);
  if (kind === 'doc') return { ok: false, source, type, problem: 'old-word' };
  const reading = await deps.readFile(bytes, kind, signal);
  if (!reading.ok) return { ok: false, source, type, problem: 'unreadable', detail: reading.message };
  const analysis = analyze(deps.parse(reading.html, source), source);
  return analysis.isReport
    ? { ok: true, source, type, analysis }
    : { ok: false, source, type, problem: 'not-report', detail: analysis.reason };
}

function fileProblem(f: Extract<Fetched, { ok: false }>, source: string, type: SourceType): Outcome {
  const problem: Problem = f.reason === 'not-a-document' ? 'unreadable' : f.reason;
  return { ok: false, source, type, problem, status: f.status, detail: f.detail };
}

/** Checks one linked report; throws only when cancelled (AbortError). */
export async function checkReport(link: ReportLink, deps: CheckDeps, signal: AbortSignal): Promise<Outcome> {
  if (!(await deps.mayFetch(link.url))) return { ok: false, source: link.url, type: '网页', problem: 'no-permission' };
  const page = await deps.fetchPage(link.url, signal);
  if (!page.ok) {
    return {
      ok: false,
      source: link.url,
      type: '网页',
      problem: page.reason,
      status: page.status,
      detail: page.detail,
    };
  }
  if (page.kind === 'file') return readFile(page.bytes, page.file, page.url, deps, signal);
  const doc = deps.parse(page.html, page.url);
  const analysis = analyze(doc, page.url);
  if (analysis.isReport) return { ok: true, source: page.url, type: '网页', analysis };
  // A report title and no tables: the report is the page's attachment (a PDF first, then .docx).
  const file = analysis.reason !== 'no-title' ? findAttachments(doc, page.url)[0] : undefined;
  if (!file) return { ok: false, source: page.url, type: '网页', problem: 'not-report', detail: analysis.reason };
  const type = typeOf(file.kind);
  if (!(await deps.mayFetch(file.url))) return { ok: false, source: file.url, type, problem: 'no-permission' };
  const fetched = await deps.fetchFile(file.url, signal);
  if (!fetched.ok) return fileProblem(fetched, file.url, type);
  return readFile(fetched.bytes, fetched.kind, file.url, deps, signal);
}
