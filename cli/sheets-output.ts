/**
 * --csv and --xlsx: the run's summary (a line per file) and every finding, the cross-year ones included, as
 * spreadsheets for Excel and WPS (core/sheets.ts lays them out; fflate zips the workbook here, at the edge).
 */
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { countFindings } from '../core/counts';
import { batchSheets, toCsv, type BatchEntry } from '../core/sheets';
import { xlsxParts } from '../core/xlsx';
import type { CrossYearResult, Digest } from './digest';

/** Each file's line with its cross-year findings added to its own (and to its counts). */
export function entriesWithCrossYear(digests: readonly Digest[], xy: readonly CrossYearResult[]): BatchEntry[] {
  return digests.map(({ entry }) => {
    const more = xy.find((x) => x.source === entry.source)?.findings ?? [];
    if (!entry.report || !more.length) return entry;
    const findings = [...entry.report.findings, ...more];
    return { ...entry, report: { ...entry.report, findings, counts: countFindings(findings) } };
  });
}

/** out.csv gets the summary and out-问题.csv beside it the findings; out.xlsx gets both as sheets. */
export function writeSheets(entries: readonly BatchEntry[], paths: { csv?: string; xlsx?: string }): string[] {
  const [summary, findings] = batchSheets(entries);
  const written: string[] = [];
  if (paths.csv) {
    const findingsPath = paths.csv.replace(/(\.csv)?$/i, '-问题.csv');
    writeFileSync(paths.csv, toCsv(summary!.rows));
    writeFileSync(findingsPath, toCsv(findings!.rows));
    written.push(paths.csv, findingsPath);
  }
  if (paths.xlsx) {
    const parts = xlsxParts([summary!, findings!]);
    writeFileSync(paths.xlsx, zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));
    written.push(paths.xlsx);
  }
  return written;
}
