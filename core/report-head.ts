/**
 * What a page keeps of its checked report. The background checks a copy of the page's markup
 * (extension/check-page.ts) and sends the page only what it shows and draws: the report's identity for the popup,
 * which national tables it has, and where its title line is. The tables, paragraphs and raw grids stay behind
 * (an export checks the page again): receiving them cost every report page about a millisecond (paired runs).
 */
import { titleParagraph } from './anchor';
import type { TableId } from './ids';
import type { Report } from './model';

export interface ReportHead extends Pick<Report, 'url' | 'title' | 'agency' | 'year' | 'formatVersion'> {
  /** The national tables found (表二, 表三, 表四): a page with none of them offers its report's files instead. */
  tableIds: TableId[];
  /** The title line's index among the report's paragraphs (core/anchor.ts titleParagraph), if it has one. */
  titleLine?: number;
}

export function reportHead(report: Report): ReportHead {
  const { url, title, agency, year, formatVersion } = report;
  const tableIds = (['T2', 'T3', 'T4'] as const).filter((id) => report.tables[id] !== undefined);
  const titleLine = titleParagraph(report);
  return { url, title, agency, year, formatVersion, tableIds, ...(titleLine === undefined ? {} : { titleLine }) };
}
