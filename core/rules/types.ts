/**
 * Rules are kept as axe-core keeps them: metadata (id, severity, message templates) apart from a pure
 * evaluate(report) that returns what it found with the cells involved. Messages are filled in by the runner.
 */
import type { CellRef, Report, SectionId, Severity, TableId } from '../model';

export type Family = 'DET' | 'STR' | 'TBL' | 'SUM' | 'TXT';

export interface Message {
  zh: string;
  en: string;
}

export interface RuleMeta {
  /** Exactly as in the catalogue (spec §2). */
  id: string;
  family: Family;
  severity: Severity;
  /** One line on what the rule checks, for docs and the popup. */
  summary: string;
  /** Templates with {placeholders}; `default` is used unless a hit names another variant. */
  messages: { default: Message } & Record<string, Message>;
}

/** What evaluate() reports; the runner turns it into a Finding with the messages filled in. */
export interface Hit {
  params?: Record<string, string | number>;
  variant?: string;
  /** Overrides the rule's severity (STR-10 is info or warning by case). */
  severity?: Severity;
  section?: SectionId;
  table?: TableId;
  cells?: CellRef[];
  paragraph?: number;
  excerpt?: string;
}

export interface Rule {
  meta: RuleMeta;
  evaluate(report: Report): Hit[];
}

export function defineRule(meta: RuleMeta, evaluate: (report: Report) => Hit[]): Rule {
  return { meta, evaluate };
}
