/**
 * Rules are kept as axe-core keeps them: metadata (id, severity, what it checks, message templates) apart from a
 * pure evaluate(report) that returns what it found with the cells involved. Messages are filled in by the runner.
 */
import type { YearRecord } from '../year-record';
import type { CellRef, Report, SectionId, Severity, TableId } from '../model';

/** In the catalogue's order (spec §2): detection, structure, tables, sums, cross-year, text. */
export const FAMILIES = ['DET', 'STR', 'TBL', 'SUM', 'XY', 'TXT'] as const;
export type Family = (typeof FAMILIES)[number];
/** Exactly as in the catalogue: family, dash, two digits ("SUM-01"). */
export type RuleId = `${Family}-${number}${number}`;

export interface Message {
  zh: string;
  en: string;
}

/** Message templates with {placeholders}; `default` is used unless a hit names another variant. */
export type Messages = { default: Message } & Record<string, Message>;

export interface RuleMeta<M extends Messages = Messages> {
  id: RuleId;
  severity: Severity;
  /** One line on what the rule checks, for the catalogue (docs/rules.md) and the popup. */
  summary: Message;
  messages: M;
}

/**
 * What evaluate() reports; the runner turns it into a Finding with the messages filled in. `Hit` alone names only
 * the default message; a rule with variants declares them (`Hit<'default' | 'old'>`).
 */
export interface Hit<V extends string = 'default'> {
  params?: Record<string, string | number>;
  /** Which of the rule's own messages to use (a key of its `messages`); `default` when absent. */
  variant?: V;
  /** Overrides the rule's severity (STR-10 is info or warning by case). */
  severity?: Severity;
  section?: SectionId;
  table?: TableId;
  cells?: CellRef[];
  paragraph?: number;
  excerpt?: string;
}

/**
 * Called by a rule once for each relation it could assess (held or not), so that a report where every relation
 * holds can be told so with a number ("44项勾稽关系全部成立"), not only by silence.
 */
export type Tally = () => void;

/** What a rule may know beyond the report: the same agency's previous year (the XY rules), when known. */
export interface RuleContext {
  previous?: YearRecord;
}

export interface Rule {
  meta: RuleMeta;
  /** Derived from the id, so the two cannot disagree. */
  family: Family;
  evaluate(report: Report, tally: Tally, context: RuleContext): Hit<string>[];
}

export function familyOf(id: RuleId): Family {
  return id.slice(0, id.indexOf('-')) as Family;
}

/** A rule whose hits may only name variants its own messages define (checked by the compiler). */
export function defineRule<M extends Messages>(
  meta: RuleMeta<M>,
  evaluate: (report: Report, tally: Tally, context: RuleContext) => Hit<keyof M & string>[],
): Rule {
  return { meta, family: familyOf(meta.id), evaluate };
}
