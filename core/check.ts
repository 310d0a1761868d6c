/** Runs the rule catalogue over a report and fills in the messages. */
import { fill } from './fill';
import type { CellRef, Finding, Report, RuleFailure, SectionId } from './model';
import { unreadTables } from './reading';
import { RULES } from './rules/registry';
import type { Hit, Message, Rule, RuleContext } from './rules/types';

export interface CheckOptions extends RuleContext {
  rules?: readonly Rule[];
  /** Rethrow a rule's exception instead of recording it (tests and fuzzing, so that a crash fails them). */
  debug?: boolean;
}

export interface CheckResult {
  /** Most severe first. */
  findings: Finding[];
  /** Rules that could not check this report: shown as "could not check", never as a finding of the rule. */
  failures: RuleFailure[];
  /** How many relations the arithmetic rules could assess, held or not. */
  relationsChecked: number;
}

function toFinding(report: Report, rule: Rule, hit: Hit<string>): Finding {
  const message: Message = rule.meta.messages[hit.variant ?? 'default'] ?? rule.meta.messages.default;
  const f: Finding = {
    rule: rule.meta.id,
    severity: hit.severity ?? rule.meta.severity,
    message: fill(message.zh, hit.params),
    messageEn: fill(message.en, hit.params),
  };
  const table = hit.table ?? hit.cells?.[0]?.table;
  const section = hit.section ?? (hit.paragraph !== undefined ? sectionOfParagraph(report, hit.paragraph) : undefined);
  if (section) f.section = section;
  if (table) f.table = table;
  if (hit.cells?.length) f.cells = hit.cells;
  if (hit.paragraph !== undefined) f.paragraph = hit.paragraph;
  if (hit.excerpt) f.excerpt = hit.excerpt;
  return f;
}

function sectionOfParagraph(report: Report, p: number): SectionId | undefined {
  return report.sections.find((s) => s.headingParagraph === p || s.paragraphs.includes(p))?.id;
}

/**
 * A table the reading took in short (core/reading.ts) is not checked: no finding is drawn from its cells, or from
 * its absence, only DET-05's notice that it was not read whole.
 */
function withinReading(report: Report, findings: Finding[]): Finding[] {
  const unread = unreadTables(report);
  if (!unread.length) return findings;
  const about = (f: Finding) =>
    (f.table !== undefined && unread.includes(f.table)) || !!f.cells?.some((c) => unread.includes(c.table));
  return findings.filter((f) => f.rule === 'DET-05' || !about(f));
}

/** A scan's reading less sure than this is doubtful (core/readers/scan: its least sure character's probability). */
export const UNSURE = 0.9;

/** The cells of a finding whose reading from a scan is doubtful. */
function unsureCells(report: Report, f: Finding): CellRef[] {
  return (f.cells ?? []).filter(
    (c) => (report.tables[c.table]?.rows[c.row]?.cells[c.col]?.source.confidence ?? 1) < UNSURE,
  );
}

/**
 * A finding in which a number read doubtfully from a scan takes part may be the reading's mistake, not the
 * report's: it asks to be checked against the page (请核对：可能为识别误差), as a warning, never as an error.
 */
function weighReadings(report: Report, findings: Finding[]): Finding[] {
  return findings.map((f) =>
    f.severity === 'info' || !unsureCells(report, f).length
      ? f
      : {
          ...f,
          severity: 'warning',
          message: `请核对：可能为识别误差。${f.message}`,
          messageEn: `Please check: possibly a misreading of the scan. ${f.messageEn}`,
        },
  );
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function bySeverity(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** Two checks of one report as one (the cross-year rules, run once the previous year is known), most severe first. */
export function mergeChecks<T extends CheckResult>(first: T, more: CheckResult): T {
  return {
    ...first,
    findings: bySeverity([...first.findings, ...more.findings]),
    failures: [...first.failures, ...more.failures],
    relationsChecked: first.relationsChecked + more.relationsChecked,
  };
}

/** All findings, most severe first. A rule that throws on odd input is a failure, never an exception. */
export function check(report: Report, options: CheckOptions = {}): CheckResult {
  const steps = checkSteps(report, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** check() with a pause point (a yield) after each rule, for a caller that runs it a few milliseconds a task. */
export function* checkSteps(report: Report, options: CheckOptions = {}): Generator<void, CheckResult> {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  let relationsChecked = 0;
  const context: RuleContext = options.previous ? { previous: options.previous } : {};
  for (const rule of options.rules ?? RULES) {
    let hits: Hit<string>[];
    let tallied = 0;
    try {
      hits = rule.evaluate(report, () => void tallied++, context);
      relationsChecked += tallied;
    } catch (err) {
      if (options.debug) throw err;
      failures.push({ rule: rule.meta.id, error: String(err) });
      continue;
    }
    for (const hit of hits) findings.push(toFinding(report, rule, hit));
    yield;
  }
  return { findings: bySeverity(weighReadings(report, withinReading(report, findings))), failures, relationsChecked };
}
