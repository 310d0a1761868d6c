/**
 * The popup's question on a page where no engine answers: is this a 年报 column, and how many reports does it
 * list? The page is read as the tab shows it (no second fetch of it); its other pages are fetched only where the
 * extension may read the site — else the count is this page's.
 */
import { browser } from 'wxt/browser';
import { columnLinks, isReportColumn } from '@/core/report-links';
import { readColumn } from './column';
import { fetchPage } from './fetch-page';
import { snapshotTab } from './live-tab';
import { missingOrigins } from './permissions';

export interface TabColumn {
  url: string;
  count: number;
  /** The other pages could not be read (no permission): the count is this page's only. */
  partial: boolean;
  /** The batch page for this column. */
  batchPage: string;
}

export async function columnOfTab(tabId: number): Promise<TabColumn | undefined> {
  const page = await snapshotTab(tabId);
  if (!page || !/^https?:/.test(page.url)) return undefined;
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const doc = parse(page.html);
  const first = columnLinks(doc, page.url);
  if (!isReportColumn(first)) return undefined;
  const batchPage = batchPageUrl(page.url);
  if (!first.pages.length) return { url: page.url, count: first.reports.length, partial: false, batchPage };
  if ((await missingOrigins([page.url])).length) {
    return { url: page.url, count: first.reports.length, partial: true, batchPage };
  }
  const column = await readColumn(page.url, { fetchPage: (url) => fetchPage(url), parse, first: doc });
  return { url: page.url, count: column.reports.length, partial: column.failed.length > 0, batchPage };
}

/** The batch page for a column. */
function batchPageUrl(listUrl: string): string {
  return `${browser.runtime.getURL('/batch.html')}?list=${encodeURIComponent(listUrl)}`;
}
