/**
 * The JSON a user exports: the canonical model, the raw grids and the findings, with a schema version. Its schema,
 * which whoever reads an export parses it with, is core/export-schema.ts: the engine in a page builds exports and
 * carries no zod.
 */
import type * as z from 'zod/mini';
import { countFindings } from './counts';
import type { ExportSchema } from './export-schema';
import type { Finding, Report, RuleFailure } from './model';

export const SCHEMA_VERSION = 1;

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
