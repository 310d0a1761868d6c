// A 年报 column page: its report links and its other pages (core/report-links.ts), on the fixture portal's list
// pages as a CMS renders them, and the portal's GBK page reading as its UTF-8 original does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml } from '../../cli/load';
import { analyze } from '../../core/index';
import { columnLinks, isReportColumn } from '../../core/report-links';
import { PORTAL_REPORTS, portalRoute } from '../../tools/portal';
import { FIXTURES, summarize } from '../helpers';

const BASE = 'http://www.example.gov.cn/portal/';

function page(path: string) {
  const answer = portalRoute(`/portal/${path}`)!;
  return parseHtml(decodeHtml(answer.body), BASE + path);
}

describe('a column of reports', () => {
  it('lists the reports on each page, leaves out the notice and the navigation, and finds the next page', () => {
    const first = columnLinks(page('ndbg/index.html'), `${BASE}ndbg/index.html`);
    expect(first.reports.map((r) => [r.url.replace(BASE, ''), r.year])).toEqual([
      ['art/2025/1/20/xiangtan-2024.html', 2024],
      ['art/2025/1/18/hongze-2024.html', 2024],
      ['art/2024/1/22/xiangtan-2023.html', 2023],
    ]);
    expect(first.pages).toEqual([`${BASE}ndbg/index_2.html`]);
    expect(isReportColumn(first)).toBe(true);

    const second = columnLinks(page('ndbg/index_2.html'), `${BASE}ndbg/index_2.html`);
    expect(second.reports.map((r) => r.url.replace(BASE, ''))).toEqual([
      'art/2024/1/19/hongze-2023.html',
      'art/2023/1/16/xiangtan-2022.html',
    ]);
    // Its page 1 link (the pager's "1"), never 首页/上一页 twice.
    expect(second.pages).toEqual([`${BASE}ndbg/index.html`]);
    expect([...first.reports, ...second.reports].map((r) => r.url.replace(BASE, ''))).toEqual(PORTAL_REPORTS);
  });

  it('a report page that links a few other years is not a column', () => {
    const report = parseHtml(
      `<html><head><title>某局2024年政府信息公开工作年度报告</title></head><body><h1>某局2024年政府信息公开工作年度报告</h1>
      <div class="related"><a href="/a/2023.html">某局2023年政府信息公开工作年度报告</a><a href="/a/2022.html">某局2022年政府信息公开工作年度报告</a></div></body></html>`,
      BASE,
    );
    expect(isReportColumn(columnLinks(report, BASE))).toBe(false);
  });

  it('uses a cut-short link’s title, ignores javascript: links and resolves relative addresses', () => {
    const list = parseHtml(
      `<ul><li><a href="x/1.html" title="甲局2024年政府信息公开工作年度报告">甲局2024年政府信息公开…</a></li>
       <li><a href="javascript:void(0)">乙局2024年政府信息公开工作年度报告</a></li>
       <li><a href="/y/2.html#top">丙局2023年度信息公开年报</a></li></ul>`,
      `${BASE}ndbg/`,
    );
    expect(columnLinks(list, `${BASE}ndbg/`).reports).toEqual([
      { url: `${BASE}ndbg/x/1.html`, text: '甲局2024年政府信息公开工作年度报告', year: 2024 },
      { url: 'http://www.example.gov.cn/y/2.html', text: '丙局2023年度信息公开年报', year: 2023 },
    ]);
  });
});

describe('the portal’s GBK page', () => {
  it('reads as the UTF-8 fixture it was made from', () => {
    const gbk = readFileSync(join(FIXTURES, 'portal/xiangtan-2023.gbk.html'));
    expect(gbk.includes(Buffer.from('湘潭'))).toBe(false);
    const a = analyze(parseHtml(decodeHtml(gbk)), 'gbk.html', { debug: true });
    const b = analyze(parseHtml(readFileSync(join(FIXTURES, 'xy-xiangtan-2023.html'), 'utf8')), 'gbk.html', {
      debug: true,
    });
    if (!a.isReport || !b.isReport) throw new Error('not a report');
    expect(a.report.title).toBe(b.report.title);
    expect(summarize(a.findings)).toEqual(summarize(b.findings));
    expect(a.report.tables.T3).toEqual(b.report.tables.T3);
  });
});
