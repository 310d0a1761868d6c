/**
 * The gate's column test (a 年报 list page gets no engine), on the live page only: it reads the page the quick
 * way (getElementsByTagName, which the engine itself never uses, so the command line's light document need not
 * have it). The words it looks for are the engine's (core/report-links.ts).
 */
import { MIN_COLUMN_REPORTS, namesReport } from '@/core/report-links';

/** A table that reads like 表三 (applications received, carried over): a report's own table, not a list's. */
const T3_WORDS = /本年新收|上年结转|结转下年度/;

/** A link to a PDF or Word file: a report page may publish its report so, with no tables on the page. */
const FILE_LINK = /\.(pdf|docx?|wps)(?:$|[?#])/i;

/**
 * The gate's cheap test for a column page, run only where the title already names a report: enough links name
 * reports and no table looks like 表三. A report page with a sidebar of other years keeps its tables, so it is
 * still checked; one titled as a single report (an agency and a year) that links a file is its report's
 * attachment page, and is checked too. Link texts only: well under a millisecond on a list of a few hundred links.
 */
export function looksLikeColumn(doc: Document, oneReport = false): boolean {
  let found = 0;
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 3000 && found < MIN_COLUMN_REPORTS; i++) {
    const a = links[i]!;
    const text = a.textContent || a.getAttribute('title') || '';
    if (text.indexOf('报') >= 0 && namesReport(text)) found++;
  }
  if (found < MIN_COLUMN_REPORTS) return false;
  const tables = doc.getElementsByTagName('table');
  for (let i = 0; i < tables.length; i++) if (T3_WORDS.test(tables[i]!.textContent ?? '')) return false;
  if (oneReport) {
    for (let i = 0; i < links.length && i < 3000; i++)
      if (FILE_LINK.test(links[i]!.getAttribute('href') ?? '')) return false;
  }
  return true;
}
