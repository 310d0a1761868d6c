// The batch's plumbing without a browser (extension/batch/): the fixture portal answered through a fetch stand-in,
// its column read across both pages, each report checked as the batch page checks it (the GBK page, a PDF
// attachment read with the command line's reader, the challenge), the pace and cancel, and the table's sorting,
// filtering and export entries.
import { describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { recordOf } from '../../core/cross-year';
import { batchSheets } from '../../core/sheets';
import { checkReport, type CheckDeps, type Outcome } from '../../extension/batch/check-report';
import { readColumn } from '../../extension/batch/column';
import { fetchPage, looksLikeChallenge } from '../../extension/batch/fetch-page';
import {
  batchEntries,
  batchJson,
  batchRows,
  filterRows,
  sortRows,
  unreadPreviousYears,
  type BatchItem,
} from '../../extension/batch/results';
import { pause, runBatch } from '../../extension/batch/run';
import { fetchDocument } from '../../extension/fetch-document';
import { PORTAL_REPORTS, portalRoute } from '../../tools/portal';

const BASE = 'http://www.example.gov.cn/portal/';

/** fetch() as the portal would answer it. */
const portalFetch = (async (input: string | URL | Request) => {
  const answer = portalRoute(new URL(String(input)).pathname);
  return answer
    ? new Response(new Uint8Array(answer.body), { status: answer.status, headers: { 'content-type': answer.type } })
    : new Response('not found', { status: 404 });
}) as typeof fetch;

const deps: CheckDeps = {
  fetchPage: (url, signal) => fetchPage(url, { signal, fetcher: portalFetch }),
  fetchFile: (url, signal) => fetchDocument(url, { signal, fetcher: portalFetch }),
  readFile: async (bytes, kind) => {
    const r = await readDocument(kind === 'pdf' ? 'report.pdf' : 'report.docx', bytes);
    return 'error' in r
      ? { ok: false, message: { zh: r.error, en: r.error } }
      : { ok: true, html: r.html, warnings: [], notes: [], pages: [] };
  },
  parse: (html, url) => parseHtml(html, url),
  mayFetch: async (url) => url.startsWith('http://www.example.gov.cn/'),
};

const column = () =>
  readColumn(`${BASE}ndbg/index.html`, {
    fetchPage: (url) => fetchPage(url, { fetcher: portalFetch }),
    parse: (html, url) => parseHtml(html, url),
  });

describe('reading a column', () => {
  it('follows the pager to the second page and lists each report once, the notice left out', async () => {
    const c = await column();
    expect(c.pages).toEqual([`${BASE}ndbg/index.html`, `${BASE}ndbg/index_2.html`]);
    expect(c.reports.map((r) => r.url.replace(BASE, ''))).toEqual(PORTAL_REPORTS);
    expect(c.failed).toEqual([]);
  });

  it('stops at the page bound, and lists a page that fails without losing the others', async () => {
    const bounded = await readColumn(`${BASE}ndbg/index.html`, {
      fetchPage: (url) => fetchPage(url, { fetcher: portalFetch }),
      parse: (html, url) => parseHtml(html, url),
      maxPages: 1,
    });
    expect(bounded.reports).toHaveLength(3);
    const broken = await readColumn(`${BASE}ndbg/index.html`, {
      fetchPage: (url) =>
        url.endsWith('_2.html')
          ? Promise.resolve({ ok: false, reason: 'http', status: 500 })
          : fetchPage(url, { fetcher: portalFetch }),
      parse: (html, url) => parseHtml(html, url),
    });
    expect(broken.reports).toHaveLength(3);
    expect(broken.failed).toEqual([{ url: `${BASE}ndbg/index_2.html`, reason: 'http' }]);
  });
});

describe('checking one report of a column', () => {
  const run = async (i: number): Promise<Outcome> => {
    const links = (await column()).reports;
    return checkReport(links[i]!, deps, new AbortController().signal);
  };

  it('reads a page, and the GBK page in its own encoding', async () => {
    const page = await run(0);
    const gbk = await run(2);
    if (!page.ok || !gbk.ok) throw new Error('not read');
    expect([page.type, page.analysis.report.agency, page.analysis.report.year]).toEqual([
      '网页',
      '湘潭县卫生健康局',
      2024,
    ]);
    expect([gbk.type, gbk.analysis.report.agency, gbk.analysis.report.year]).toEqual([
      '网页',
      '湘潭县卫生健康局',
      2023,
    ]);
  });

  it('reads the PDF a report page links as its attachment', async () => {
    const pdf = await run(1);
    if (!pdf.ok) throw new Error(`not read: ${pdf.problem}`);
    expect(pdf.type).toBe('PDF');
    expect(pdf.source).toBe(`${BASE}files/hongze-2024.pdf`);
    expect(pdf.analysis.report.year).toBe(2024);
  }, 30_000);

  it('reads a link that leads straight to a PDF', async () => {
    const link = {
      url: `${BASE}files/hongze-2023.pdf`,
      text: '洪泽区人民政府2023年政府信息公开工作年度报告',
      year: 2023,
    };
    const pdf = await checkReport(link, deps, new AbortController().signal);
    if (!pdf.ok) throw new Error(`not read: ${pdf.problem}`);
    expect([pdf.type, pdf.source, pdf.analysis.report.year]).toEqual(['PDF', link.url, 2023]);
  }, 30_000);

  it('lists a challenge, an error page and a site without permission as such', async () => {
    expect(await run(4)).toMatchObject({ ok: false, problem: 'challenge', status: 412 });
    const missing = { url: `${BASE}art/none.html`, text: '某局2024年政府信息公开工作年度报告', year: 2024 };
    expect(await checkReport(missing, deps, new AbortController().signal)).toMatchObject({
      ok: false,
      problem: 'http',
      status: 404,
    });
    const elsewhere = { ...missing, url: 'http://example.org/a.html' };
    expect(await checkReport(elsewhere, deps, new AbortController().signal)).toMatchObject({
      ok: false,
      problem: 'no-permission',
    });
  });

  it('tells a challenge page from a small real page', () => {
    expect(looksLikeChallenge(200, '<html><head><script>location.reload()</script></head><body></body></html>')).toBe(
      true,
    );
    expect(looksLikeChallenge(412, `<script>x()</script>${'<p>正文</p>'.repeat(2000)}`)).toBe(true);
    expect(
      looksLikeChallenge(
        200,
        '<title>某局年报</title><script>stat()</script><p>本机关2024年政府信息公开工作情况如下。</p>',
      ),
    ).toBe(false);
    expect(looksLikeChallenge(404, '<p>页面不存在</p>')).toBe(false);
  });
});

describe('the pace of a batch', () => {
  const links = [1, 2, 3, 4].map((n) => ({ url: `${BASE}${n}.html`, text: `${n}`, year: null }));
  const ok = (url: string): Outcome => ({ ok: false, source: url, type: '网页', problem: 'not-report' });

  it('checks one at a time with the pause read before each, and stops between reports on cancel', async () => {
    const control = new AbortController();
    const events: string[] = [];
    let delay = 0;
    const checked = await runBatch(links, {
      check: async (link) => {
        events.push(`start ${link.text}`);
        return ok(link.url);
      },
      delayMs: () => delay,
      signal: control.signal,
      onDone: (i) => {
        events.push(`done ${i + 1}`);
        delay = 5;
        if (i === 1) control.abort();
      },
    });
    expect(checked).toBe(2);
    expect(events).toEqual(['start 1', 'done 1', 'start 2', 'done 2']);
  });

  it('pauses the time asked between two reports, not before the first, and no longer once cancelled', async () => {
    vi.useFakeTimers();
    try {
      const control = new AbortController();
      const started: number[] = [];
      const run = runBatch(links.slice(0, 3), {
        check: async (link) => {
          started.push(Date.now());
          return ok(link.url);
        },
        delayMs: () => 1000,
        signal: control.signal,
        onDone: () => undefined,
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(started).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(999);
      expect(started).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(started.map((t) => t - started[0]!)).toEqual([0, 1000]);
      // Cancelled in the next pause: it ends at once, and the third report never starts.
      control.abort();
      expect(await run).toBe(2);
      expect(started).toHaveLength(2);
      // An aborted pause resolves at once.
      const pausing = pause(60_000, control.signal);
      await vi.advanceTimersByTimeAsync(0);
      await expect(pausing).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops the report under way on cancel, and a reader that throws is that report’s problem only', async () => {
    const control = new AbortController();
    const done: Outcome[] = [];
    const checked = await runBatch(links, {
      check: async (link, signal) => {
        if (link.text === '1') throw new Error('reader broke');
        control.abort();
        if (signal.aborted) throw new DOMException('aborted', 'AbortError');
        return ok(link.url);
      },
      delayMs: () => 0,
      signal: control.signal,
      onDone: (_i, o) => void done.push(o),
    });
    expect(checked).toBe(1);
    expect(done).toMatchObject([{ ok: false, problem: 'unreadable', detail: 'Error: reader broke' }]);
  });
});

describe('the results table and its exports', () => {
  async function items(): Promise<BatchItem[]> {
    const links = (await column()).reports;
    const signal = new AbortController().signal;
    return Promise.all(
      links.map(async (link, i): Promise<BatchItem> => {
        if (i === 1 || i === 3) return { link, state: i === 1 ? 'cancelled' : 'waiting' };
        const outcome = await checkReport(link, deps, signal);
        return { link, state: 'done', outcome, record: outcome.ok ? recordOf(outcome.analysis.report) : undefined };
      }),
    );
  }

  it('sorts by a column with unread rows last, filters by severity and text, exports what was read', async () => {
    const rows = batchRows(await items());
    // XY-01 on 2024's carry-over against the batch's own 2023 (listed after it).
    expect(rows[0]!.firstWarning?.zh).toBe('表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致');
    expect(rows.map((r) => [r.agency, r.year, r.problem])).toEqual([
      ['湘潭县卫生健康局', 2024, null],
      ['淮安市洪泽区人民政府', 2024, 'cancelled'],
      ['湘潭县卫生健康局', 2023, null],
      ['洪泽区人民政府', 2023, null],
      ['湘潭县卫生健康局', 2022, 'challenge'],
    ]);
    expect(sortRows(rows, 'year', false).map((r) => r.index)).toEqual([4, 2, 3, 0, 1]);
    const byInfo = sortRows(rows, 'info', true).map((r) => r.index);
    expect(byInfo.slice(2)).toEqual([1, 3, 4]);
    expect(filterRows(rows, 'problem', '').map((r) => r.index)).toEqual([1, 4]);
    expect(filterRows(rows, 'all', '2022').map((r) => r.index)).toEqual([4]);
    // 2023's previous year is in the batch but could not be read: the batch says so.
    expect(unreadPreviousYears(rows).map(({ row, previous }) => [row.index, previous.index])).toEqual([[2, 4]]);
    // Figures are not looked for in the addresses (every test link's path holds digits).
    expect(rows.every((r) => /\d/.test(r.source))).toBe(true);
    expect(filterRows(rows, 'all', '2024').map((r) => r.index)).toEqual([0, 1]);
    // The JSON lists every report that was read or given up on, in order: the waiting one alone is left out.
    expect(batchJson(rows).map((e) => ('checked' in e ? `${e.problem}` : e.agency))).toEqual([
      '湘潭县卫生健康局',
      'cancelled',
      '湘潭县卫生健康局',
      'challenge',
    ]);
    expect(filterRows(rows, 'warning', '').map((r) => r.index)).toEqual([0]);

    const [summary] = batchSheets(batchEntries(rows));
    // The waiting report is not exported; the cancelled and the challenged ones are, with why and no counts.
    expect(summary!.rows.map((r) => r.slice(0, 6))).toEqual([
      ['机关', '年度', '类型', '错误', '警告', '提示'],
      ['湘潭县卫生健康局', 2024, '网页', 0, 2, 2],
      ['淮安市洪泽区人民政府', 2024, '网页', null, null, null],
      ['湘潭县卫生健康局', 2023, '网页', 0, 0, 1],
      ['湘潭县卫生健康局', 2022, '网页', null, null, null],
    ]);
    expect(summary!.rows[4]![8]).toBe('网站返回反爬虫验证页，未能读取 (HTTP 412)');
  }, 30_000);
});
