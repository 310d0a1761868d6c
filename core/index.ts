/** The engine's entry points: the same calls serve the content script, the popup and Node. */
import type { Anchors } from './anchor';
import { check, type CheckOptions } from './check';
import { buildExport, type ReportExport } from './export';
import { extractSteps, type Extraction } from './extract';
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

type AnalyzeOptions = Pick<CheckOptions, 'debug' | 'previous'>;

/**
 * detect + extract + check. Never throws: a page that breaks the extractor is reported as unreadable, a rule that
 * throws as a failure. With `debug` (tests, fuzzing) both rethrow instead.
 */
export function analyze(doc: Document, url = '', options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeSteps(doc, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * analyze() in steps: each `yield` is a point where the work may pause (between chunks of a few thousand table
 * cells, between tables mapped, before the rules), so that the page can run it a few milliseconds per task and no
 * task is long on a page of 20,000 cells (extension/page/session.ts). The DOM must not be read again after a pause
 * by anyone expecting the same answer: a caller that sees the page change starts a new analysis instead.
 */
export function* analyzeSteps(doc: Document, url = '', options: AnalyzeOptions = {}): Generator<void, Analysis> {
  let extraction: Extraction;
  try {
    extraction = yield* extractSteps(doc, url);
  } catch (err) {
    if (options.debug) throw err;
    return { isReport: false, reason: 'unreadable', error: String(err) };
  }
  if (!extraction.isReport) return extraction;
  yield;
  return { ...extraction, ...check(extraction.report, options) };
}

export function toExport(analysis: Extract<Analysis, { isReport: true }>): ReportExport {
  return buildExport(analysis.report, analysis.findings, analysis.failures, analysis.relationsChecked);
}

export type { Anchors } from './anchor';
export type { Finding, Report } from './model';
