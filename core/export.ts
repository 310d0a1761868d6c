/** The JSON a user exports: the canonical model, the raw grids and the findings, with a schema version. */
import * as z from 'zod/mini';
import { countFindings, type Counts } from './counts';
import { FindingSchema, ReportSchema, RuleFailureSchema, type Finding, type Report, type RuleFailure } from './model';

export const SCHEMA_VERSION = 1;

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
export type ReportExport = z.infer<typeof ExportSchema>;

export function buildExport(
  report: Report,
  findings: Finding[],
  failures: RuleFailure[] = [],
  relationsChecked?: number,
): ReportExport {
  const base: ReportExport = {
    schemaVersion: SCHEMA_VERSION,
    generator: 'govreport-checker',
    ...report,
    counts: countFindings(findings),
    findings,
    ...(relationsChecked !== undefined ? { relationsChecked } : {}),
  };
  // Only when something failed: the export of a fully checked report stays as it was.
  return failures.length ? { ...base, failures } : base;
}

/** File name for a download: agency and year, e.g. 上海市人民政府办公厅-2019-年报体检.json. */
export function exportFileName(report: Pick<Report, 'agency' | 'year'>): string {
  const agency = report.agency.replace(/[\\/:*?"<>|\s]+/g, '') || '年报';
  return `${agency}-${report.year ?? '未知年度'}-年报体检.json`;
}
