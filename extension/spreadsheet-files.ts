/**
 * Spreadsheet files for download, from an export: the workbook zipped with fflate (the zip library stays at the
 * edge; core/xlsx.ts only writes the parts) and CSV as Excel and WPS open it.
 */
import { strToU8, zipSync } from 'fflate';
import { exportFileName, type ReportExport } from '@/core/export';
import { batchSheets, reportSheets, sourceKind, toCsv, type BatchEntry, type Sheet } from '@/core/sheets';
import { xlsxParts } from '@/core/xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function workbookBytes(sheets: readonly Sheet[]): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(xlsxParts(sheets)).map(([path, xml]) => [path, strToU8(xml)])));
}

/** 机关-年度-年报体检.xlsx: 表二, 表三, 表四 and 问题. */
export function reportWorkbook(r: ReportExport): { blob: Blob; name: string } {
  const bytes = workbookBytes(reportSheets(r));
  return {
    blob: new Blob([bytes as BlobPart], { type: XLSX_TYPE }),
    name: exportFileName(r).replace(/\.json$/, '.xlsx'),
  };
}

/** 机关-年度-年报体检.csv: the findings, one a line, with the report's agency and address. */
export function reportCsv(r: ReportExport): { blob: Blob; name: string } {
  const entry: BatchEntry = { source: r.url, kind: sourceKind(r.url), report: r };
  const findings = batchSheets([entry])[1]!;
  return {
    blob: new Blob([toCsv(findings.rows)], { type: 'text/csv;charset=utf-8' }),
    name: exportFileName(r).replace(/\.json$/, '.csv'),
  };
}

/** A batch: 汇总 and 问题 as one workbook. */
export function batchWorkbook(entries: readonly BatchEntry[]): Blob {
  return new Blob([workbookBytes(batchSheets(entries)) as BlobPart], { type: XLSX_TYPE });
}

/** A batch's 汇总 as CSV: one line per report, those not read with why. */
export function batchCsv(entries: readonly BatchEntry[]): Blob {
  return new Blob([toCsv(batchSheets(entries)[0]!.rows)], { type: 'text/csv;charset=utf-8' });
}
