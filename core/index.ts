/** The engine's entry points: the same calls serve the content script, the popup and Node. */
import { check } from './check';
import { buildExport, type ReportExport } from './export';
import { extract, type Anchors, type Extraction } from './extract';
import type { Finding, Report } from './model';

export type Analysis =
  | { isReport: true; report: Report; findings: Finding[]; anchors: Anchors }
  | { isReport: false; reason: 'no-title' | 'no-structure' | 'unreadable'; title?: string; error?: string };

/** detect + extract + check. Never throws: a page that breaks the extractor is reported as unreadable. */
export function analyze(doc: Document, url = ''): Analysis {
  let extraction: Extraction;
  try {
    extraction = extract(doc, url);
  } catch (err) {
    return { isReport: false, reason: 'unreadable', error: String(err) };
  }
  if (!extraction.isReport) return extraction;
  return { ...extraction, findings: check(extraction.report) };
}

export function toExport(analysis: Extract<Analysis, { isReport: true }>): ReportExport {
  return buildExport(analysis.report, analysis.findings);
}

export { check } from './check';
export { extract } from './extract';
export { looksLikeReportTitle, reportTitle } from './meta';
export { RULES } from './rules/registry';
export type { Anchors } from './extract';
export type { Finding, Report } from './model';
