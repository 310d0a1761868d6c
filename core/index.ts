/** The engine's entry points: the same calls serve the content script, the popup and Node. */
import type { Anchors } from './anchor';
import { check, type CheckOptions } from './check';
import { buildExport, type ReportExport } from './export';
import { extract, type Extraction } from './extract';
import type { Finding, Report, RuleFailure } from './model';

export type Analysis =
  | {
      isReport: true;
      report: Report;
      findings: Finding[];
      failures: RuleFailure[];
      relationsChecked: number;
      anchors: Anchors;
    }
  | {
      isReport: false;
      reason: 'no-title' | 'no-structure' | 'template' | 'unreadable';
      title?: string;
      error?: string;
    };

/**
 * detect + extract + check. Never throws: a page that breaks the extractor is reported as unreadable, a rule that
 * throws as a failure. With `debug` (tests, fuzzing) both rethrow instead.
 */
export function analyze(doc: Document, url = '', options: Pick<CheckOptions, 'debug' | 'previous'> = {}): Analysis {
  let extraction: Extraction;
  try {
    extraction = extract(doc, url);
  } catch (err) {
    if (options.debug) throw err;
    return { isReport: false, reason: 'unreadable', error: String(err) };
  }
  if (!extraction.isReport) return extraction;
  return { ...extraction, ...check(extraction.report, options) };
}

export function toExport(analysis: Extract<Analysis, { isReport: true }>): ReportExport {
  return buildExport(analysis.report, analysis.findings, analysis.failures, analysis.relationsChecked);
}

export type { Anchors } from './anchor';
export type { Finding, Report } from './model';
