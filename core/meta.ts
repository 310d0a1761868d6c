/** Report metadata from the page: title, agency, year, publication date (spec §1.1). */
import { compact } from './normalize';

/** The title of a report names the disclosure report (政府信息公开…年度报告 / 年报 / 政务公开…年度报告). */
const TITLE_RE = /(政府信息公开|政务公开).{0,12}(年度报告|年报)/;

export function looksLikeReportTitle(text: string): boolean {
  const t = compact(text);
  // A breadcrumb ("首页 > 政府信息公开 > 政府信息公开年报") names the column, not the page.
  return t.length <= 120 && TITLE_RE.test(t) && !/[>›»]|首页|当前位置/.test(t);
}

/**
 * Where a report names itself, in order of trust: no walk over the body. Each source is a query over the whole
 * document (the class/id one costs milliseconds on a page of 20,000 cells), so reportTitle() asks them one at a
 * time and stops at the first that names a report.
 */
const TITLE_SOURCES: ((doc: Document) => string[])[] = [
  (doc) => {
    const meta = doc.querySelector('meta[name="ArticleTitle"], meta[name="articletitle"], meta[property="og:title"]');
    const content = meta?.getAttribute('content');
    return content ? [content] : [];
  },
  (doc) =>
    Array.from(doc.querySelectorAll('h1, h2, h3'))
      .slice(0, 12)
      .map((el) => el.textContent ?? ''),
  (doc) =>
    Array.from(doc.querySelectorAll('[class*="title" i], [id*="title" i]'))
      .slice(0, 12)
      .map((el) => el.textContent ?? ''),
  (doc) => {
    if (!doc.title) return [];
    // Portal titles append the site name: "…年度报告_XX区人民政府" / "… - 中国上海".
    return [doc.title, ...doc.title.split(/\s*[_|｜]\s*|\s+-\s+/).filter((part) => part)];
  },
];

/** Cheap title candidates, in order of trust: no walk over the body. */
export function titleCandidates(doc: Document): string[] {
  return TITLE_SOURCES.flatMap((source) => source(doc));
}

/**
 * The cheapest pre-check, run on every page before reportTitle(): does any title candidate even contain 报告 or
 * 年报? Plain substring tests, no normalisation or regular expressions to compile on a cold page.
 */
export function mightNameReport(candidates: string[]): boolean {
  for (let i = 0; i < candidates.length; i++) {
    const t = candidates[i]!.replace(/\s+/g, '');
    if (t.indexOf('报告') >= 0 || t.indexOf('年报') >= 0) return true;
  }
  return false;
}

/** The gate of DET-01: the page's own title or a main heading names a report. */
export function reportTitle(doc: Document, firstLines: string[] = []): string | undefined {
  for (const source of TITLE_SOURCES) {
    const title = firstReportTitle(source(doc));
    if (title) return title;
  }
  return firstReportTitle(firstLines);
}

export function firstReportTitle(candidates: string[]): string | undefined {
  for (const text of candidates) {
    if (looksLikeReportTitle(text)) return text.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

export function yearOf(title: string): number | null {
  const m = /(\d{4})\s*年/.exec(compact(title));
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 2000 && y <= 2100 ? y : null;
}

export function agencyOf(title: string): string {
  const t = compact(title);
  const year = /(\d{4})年度?/.exec(t);
  let agency = '';
  if (year && year.index > 0) agency = t.slice(0, year.index);
  else {
    const rest = year ? t.slice(year.index + year[0].length) : t;
    const end = rest.search(/政府信息公开|政务公开/);
    agency = end > 0 ? rest.slice(0, end) : '';
  }
  return agency.replace(/^[\s,.:;、"'()]+|[\s,.:;、"'()]+$/g, '');
}

const DATE_RE = /(20\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

function isoDate(text: string): string | null {
  const m = DATE_RE.exec(compact(text));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 发布日期 from the CMS meta tags, else from a "发布日期/发布时间" line near the top. */
export function publishDateOf(doc: Document, topLines: string[]): string | null {
  // One pass over the document for its <meta> tags, not one query per name (each a walk over the whole page).
  const metas: Element[] = Array.from(doc.querySelectorAll('meta'));
  for (const name of ['PubDate', 'pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time']) {
    const meta = metas.find((m) => m.getAttribute('name') === name || m.getAttribute('property') === name);
    const content = meta?.getAttribute('content');
    const date = content ? isoDate(content) : null;
    if (date) return date;
  }
  for (const line of topLines) {
    const t = compact(line);
    const at = t.search(/发布(日期|时间)|发文日期|成文日期/);
    if (at >= 0) {
      const date = isoDate(t.slice(at));
      if (date) return date;
    }
  }
  return null;
}
