/**
 * A 年报 column (list) page: the links to annual reports on it, and the links to its other pages (下一页, 2, 3…,
 * 尾页), so that a whole column can be checked at once (issue 11). Pure DOM reading, on a live page or a fetched one
 * (DOMParser), resolved against the page's own address.
 */

export interface ReportLink {
  url: string;
  /** The link text (or title), whitespace collapsed. */
  text: string;
  /** The year the text names (2023年度…), when it names one. */
  year: number | null;
}

export interface ColumnLinks {
  reports: ReportLink[];
  /** Other pages of the same column, in page order, without this one. */
  pages: string[];
}

/** A link names an annual report: 政府信息公开工作年度报告, 信息公开年报, 年度报告 with 政府信息公开. */
const REPORT_TEXT = /政府信息公开.{0,8}(年度报告|年报)|(信息公开|政务公开)?年报|年度报告/;
/** Not a report itself: notices, templates, guides, rankings and the like that mention reports. */
const NOT_REPORT = /通知|格式|模板|指南|目录|评估|考核|排名|解读|答记者问|征求意见|工作要点/;
const YEAR = /(20\d\d)\s*年/;
/** Pager links: 下一页, 尾页, page numbers, and CMS pager addresses (index_2.html, ?page=2, pageIndex=2). */
const PAGER_TEXT = /^(下一?页|上一?页|尾页|末页|首页|\d{1,3}|»|›|>)$/;
const PAGER_URL = /(index|list|default)_\d+\.s?html?|[?&](page|pageindex|pageno|pagenum|p|curpage)=\d+/i;

/** A link text that names an annual report (not a notice or a guide about reports). */
export function namesReport(text: string): boolean {
  return REPORT_TEXT.test(text) && !NOT_REPORT.test(text);
}

function resolve(href: string, base: string): string | undefined {
  if (!href || /^(javascript|mailto|tel):/i.test(href) || href.startsWith('#')) return undefined;
  try {
    const u = new URL(href, base);
    u.hash = '';
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function linkText(a: Element): string {
  return ((a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.getAttribute('title')) ?? '';
}

/** The report links and pager links of a list page, each once, in page order. */
export function columnLinks(doc: Document, base: string = doc.baseURI): ColumnLinks {
  const reports: ReportLink[] = [];
  const pages: string[] = [];
  const seen = new Set<string>([resolve(base, base) ?? base]);
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 5000)) {
    const url = resolve(a.getAttribute('href') ?? '', base);
    if (!url || seen.has(url)) continue;
    const text = linkText(a);
    // A title attribute often holds the whole title where the text is cut short ("…年度报告…").
    const full = a.getAttribute('title') && text.endsWith('…') ? a.getAttribute('title')! : text;
    if (namesReport(full)) {
      seen.add(url);
      const y = YEAR.exec(full);
      reports.push({ url, text: full, year: y ? Number(y[1]) : null });
    } else if (PAGER_TEXT.test(text) && (PAGER_URL.test(url) || /^\d+$/.test(text) || /页/.test(text))) {
      if (/^(上一?页|首页)$/.test(text)) continue;
      seen.add(url);
      pages.push(url);
    }
  }
  return { reports, pages };
}

/** Enough report links to be a column of them rather than a page that links a few (a sidebar of other years). */
export const MIN_COLUMN_REPORTS = 3;

export function isReportColumn(links: ColumnLinks): boolean {
  return links.reports.length >= MIN_COLUMN_REPORTS;
}

/**
 * Where the same agency's report of the year before may be, seen from this year's report page (「获取上年度报告并
 * 比对」): links on the page naming a report of that year whose title names this agency (or no agency, as in an
 * agency's own column), and the report's column — a link naming 年报 without a year (the breadcrumb's
 * 「政府信息公开年报」) — to look in. What is fetched is checked again for agency and year before it is used.
 */
export function previousReportLinks(
  doc: Document,
  base: string,
  agency: string,
  year: number,
): { reports: string[]; columns: string[] } {
  const { reports } = columnLinks(doc, base);
  const columns = reports.filter((r) => r.year === null).map((r) => r.url);
  return { reports: lastYearAmong(reports, agency, year), columns };
}

/** The report links of `year − 1` whose text names `agency` (with or without its city) or no agency at all. */
export function lastYearAmong(reports: readonly ReportLink[], agency: string, year: number): string[] {
  const me = agency.replace(/[\s（）()]/g, '');
  return reports
    .filter((r) => r.year === year - 1)
    .filter((r) => {
      const named = r.text.slice(0, r.text.search(YEAR)).replace(/[\s（）()]/g, '');
      return !named || named.endsWith(me) || me.endsWith(named);
    })
    .map((r) => r.url);
}
