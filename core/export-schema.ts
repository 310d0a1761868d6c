/** The schema of an export (core/export.ts), for whoever reads one: the popup, the command line's readers, tests. */
import * as z from 'zod/mini';
import type { Counts } from './counts';
import { SCHEMA_VERSION } from './export';
import { FindingSchema, ReportSchema, RuleFailureSchema } from './model';

export const CountsSchema: z.ZodMiniType<Counts> = z.object({
  error: z.number(),
  warning: z.number(),
  info: z.number(),
});

export const ExportSchema = z.extend(ReportSchema, {
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.string(),
  counts: CountsSchema,
  findings: z.array(FindingSchema),
  /** How many relations the arithmetic rules could assess (SUM findings are the ones that failed). */
  relationsChecked: z.optional(z.number()),
  /** Rules that could not check this report (absent in exports from before it existed). */
  failures: z.optional(z.array(RuleFailureSchema)),
});
