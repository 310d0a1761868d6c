/**
 * A whole 年报 column: the reports linked from its list page and from its other pages (下一页, 2, 3…), followed in
 * order, on the list's own site only and at most MAX_COLUMN_PAGES pages, each report once. The popup counts them
 * for its offer; the batch page checks them.
 */
import { columnLinks, type ReportLink } from '@/core/report-links';
import type { PageFetched } from './fetch-page';

export const MAX_COLUMN_PAGES = 10;

export interface Column {
  reports: ReportLink[];
  /** The list pages read, in order. */
  pages: string[];
  /** List pages that could not be read, with why (the reports of the others are still listed). */
  failed: { url: string; reason: Extract<PageFetched, { ok: false }>['reason'] | 'file' }[];
}

export interface ColumnDeps {
  fetchPage: (url: string) => Promise<PageFetched>;
  parse: (html: string, url: string) => Document;
  /** The list page as already shown in a tab, so it is not fetched again. */
  first?: Document;
  maxPages?: number;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export async function readColumn(listUrl: string, deps: ColumnDeps): Promise<Column> {
  const max = deps.maxPages ?? MAX_COLUMN_PAGES;
  const queue = [listUrl];
  const visited = new Set<string>();
  const seen = new Set<string>();
  const column: Column = { reports: [], pages: [], failed: [] };
  while (queue.length && column.pages.length + column.failed.length < max) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    let doc: Document;
    let base = url;
    if (url === listUrl && deps.first) doc = deps.first;
    else {
      const page = await deps.fetchPage(url);
      if (!page.ok || page.kind !== 'html') {
        column.failed.push({ url, reason: page.ok ? 'file' : page.reason });
        continue;
      }
      base = page.url;
      doc = deps.parse(page.html, page.url);
    }
    column.pages.push(url);
    const links = columnLinks(doc, base);
    for (const r of links.reports) {
      if (seen.has(r.url)) continue;
      seen.add(r.url);
      column.reports.push(r);
    }
    for (const p of links.pages) if (!visited.has(p) && sameOrigin(p, listUrl)) queue.push(p);
  }
  return column;
}
