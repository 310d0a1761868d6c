/**
 * The engine's entry points: the same calls serve the engine in a web page (in steps: analyzeSteps), the
 * extension's pages and Node.
 */
import type { AnchorRefs, Anchors } from './anchor';
import { checkSteps, type CheckOptions } from './check';
import { buildExport, type ReportExport } from './export';
import { extractSteps, type Extraction } from './extract';
import type { Finding, Report, RuleFailure } from './model';
import type { ReadOptions } from './linearize';
import { resolveAnchors, scanPage, type PageScan } from './scan';

/** A checked page; its anchors are elements (`Anchors`) where the page is at hand, numbers (`AnchorRefs`) elsewhere. */
export type Analysis<A = Anchors, R = Report> =
  | {
      isReport: true;
      report: R;
      findings: Finding[];
      failures: RuleFailure[];
      relationsChecked: number;
      anchors: A;
    }
  | {
      isReport: false;
      reason: 'no-title' | 'no-structure' | 'template' | 'several-reports' | 'unreadable';
      title?: string;
      error?: string;
    };

type AnalyzeOptions = Pick<CheckOptions, 'debug' | 'previous'> & ReadOptions;

/**
 * scan + extract + check. Never throws: a page that breaks the extractor is reported as unreadable, a rule that
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
 * analyze() in steps: the scan's pause points (core/scan.ts scanSteps), the extraction's (after each table read and
 * each table mapped) and one after each rule. The DOM must not be read again after a pause by anyone expecting the same answer: a caller that sees the page
 * change starts anew.
 */
export function* analyzeSteps(doc: Document, url = '', options: AnalyzeOptions = {}): Generator<void, Analysis> {
  const scanned = yield* scanPage(doc, url, options);
  if ('isReport' in scanned) return scanned;
  yield;
  const analysis = yield* analyzeScanSteps(scanned.scan, options);
  return analysis.isReport ? { ...analysis, anchors: resolveAnchors(analysis.anchors, scanned.elements) } : analysis;
}

/** The rest of the check, on a scan: extract + check; its anchors still numbers in the scan's side table. */
function* analyzeScanSteps(scan: PageScan, options: AnalyzeOptions): Generator<void, Analysis<AnchorRefs>> {
  let extraction: Extraction;
  try {
    extraction = yield* extractSteps(scan);
  } catch (err) {
    if (options.debug) throw err;
    return { isReport: false, reason: 'unreadable', error: String(err) };
  }
  if (!extraction.isReport) return extraction;
  yield;
  return { ...extraction, ...(yield* checkSteps(extraction.report, options)) };
}

export function toExport(analysis: Extract<Analysis<unknown>, { isReport: true }>): ReportExport {
  return buildExport(analysis.report, analysis.findings, analysis.failures, analysis.relationsChecked);
}

export type { Finding } from './model';
