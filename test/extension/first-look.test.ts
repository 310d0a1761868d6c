// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mightNameReport, titleCandidates } from '../../core/meta';
import { decodeHtml } from '../../cli/decode';
import { firstLook, MAX_TITLE_ELEMENTS, TITLE_ELEMENTS } from '../../extension/page/first-look';
import { ARTICLE_DEBOUNCE_MS, WATCH_FOR_ARTICLE_MS } from '../../extension/page/watch';
import { FIXTURES, fixtureNames } from '../helpers';

const look = () => firstLook(TITLE_ELEMENTS, MAX_TITLE_ELEMENTS, WATCH_FOR_ARTICLE_MS, ARTICLE_DEBOUNCE_MS);
const REPORT_HEADING = '<h1>示例局2024年政府信息公开工作年度报告</h1>';

/** The page as a CMS with a generic title renders it: the site's name for a title, no title meta tag. */
function showWithSiteTitle(html: string): void {
  const inner = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1] ?? html;
  document.documentElement.innerHTML = inner
    .replace(/<title>[\s\S]*?<\/title>/i, '<title>示例市人民政府门户网站</title>')
    .replace(/<meta name="ArticleTitle"[^>]*>/i, '');
}

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('the first look at a generic-titled page', () => {
  // The gate reads these candidates: the first look must pass every page on which one mentions a report.
  for (const name of fixtureNames()) {
    it(`${name}: passes the page exactly when a title candidate mentions a report`, async () => {
      showWithSiteTitle(decodeHtml(readFileSync(join(FIXTURES, `${name}.html`))));
      const candidatesMention = mightNameReport(titleCandidates(document));
      vi.useFakeTimers();
      const answer = look();
      await vi.advanceTimersByTimeAsync(WATCH_FOR_ARTICLE_MS);
      expect(await answer).toBe(candidatesMention);
    });
  }

  it('passes a late article that brings a report heading, after the page has been quiet a moment', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="portal">正在加载…</div>';
    let answer: boolean | undefined;
    void look().then((a) => (answer = a));
    document.body.insertAdjacentHTML('beforeend', '<p>新闻</p>');
    await vi.advanceTimersByTimeAsync(1000);
    expect(answer).toBeUndefined();
    document.body.insertAdjacentHTML('beforeend', REPORT_HEADING);
    await vi.advanceTimersByTimeAsync(ARTICLE_DEBOUNCE_MS - 50);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    expect(answer).toBe(true);
  });

  it('takes text rewritten in place (a ticker, a clock) for no article, and gives up after the watch time', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<h1 id="clock">10:00</h1>';
    const answer = look();
    document.getElementById('clock')!.firstChild!.nodeValue = '示例局2024年政府信息公开工作年度报告';
    await vi.advanceTimersByTimeAsync(WATCH_FOR_ARTICLE_MS);
    expect(await answer).toBe(false);
  });
});
