/**
 * A 年报 column of a small portal, served from the fixtures for the batch tests (issue 11): a list in two pages
 * (index.html, index_2.html) as a CMS renders it, linking 湘潭县卫生健康局's reports for 2024 (a page), 2023 (a GBK
 * page: the portal's older template) and 2022 (behind an anti-bot challenge), 洪泽区人民政府's for 2024 and 2023
 * (article pages whose report is a PDF attachment), a notice that is not a report, and the other page.
 * Against 2023, the 2024 page's 上年结转 0 disagrees with 结转下年度 1 (XY-01). The challenge stops programs only:
 * a browser's own navigation (Sec-Fetch-Mode: navigate) gets the 2022 report, as a real portal's visitor does once
 * the challenge's script has run — so the batch's background-tab fallback can read it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');

export interface PortalAnswer {
  status: number;
  type: string;
  body: Buffer;
}

interface Item {
  path: string;
  title: string;
  date: string;
}

const PAGE_1: Item[] = [
  {
    path: 'art/2025/1/20/xiangtan-2024.html',
    title: '湘潭县卫生健康局2024年政府信息公开工作年度报告',
    date: '2025-01-20',
  },
  {
    path: 'art/2025/1/18/hongze-2024.html',
    title: '淮安市洪泽区人民政府2024年政府信息公开工作年度报告',
    date: '2025-01-18',
  },
  {
    path: 'art/2024/3/1/notice.html',
    title: '关于做好2023年度政府信息公开工作年度报告编制发布工作的通知',
    date: '2024-03-01',
  },
  {
    path: 'art/2024/1/22/xiangtan-2023.html',
    title: '湘潭县卫生健康局2023年政府信息公开工作年度报告',
    date: '2024-01-22',
  },
];
const PAGE_2: Item[] = [
  { path: 'art/2024/1/19/hongze-2023.html', title: '洪泽区人民政府2023年政府信息公开工作年度报告', date: '2024-01-19' },
  {
    path: 'art/2023/1/16/xiangtan-2022.html',
    title: '湘潭县卫生健康局2022年政府信息公开工作年度报告',
    date: '2023-01-16',
  },
];

/** The reports a whole-column check should list, in list order. */
export const PORTAL_REPORTS = [...PAGE_1, ...PAGE_2].filter((i) => !i.path.includes('notice')).map((i) => i.path);

function listPage(items: Item[], page: number): string {
  const li = items
    .map(
      (i) => `<li><a href="../${i.path}" target="_blank" title="${i.title}">${i.title}</a><span>${i.date}</span></li>`,
    )
    .join('\n');
  const pager =
    page === 1
      ? '<div class="page"><span>首页</span> <span>1</span> <a href="index_2.html">2</a> <a href="index_2.html">下一页</a> <a href="index_2.html">尾页</a></div>'
      : '<div class="page"><a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index.html">1</a> <span>2</span></div>';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报_示例县人民政府</title></head>
<body><div class="nav"><a href="/portal/index.html">首页</a> &gt; <a href="/portal/zwgk/index.html">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="side"><a href="/portal/zwgk/zn.html">政府信息公开指南</a><a href="/portal/zwgk/zd.html">政府信息公开制度</a></div>
<h2>政府信息公开年报</h2><ul class="list">\n${li}\n</ul>${pager}</body></html>`;
}

function attachmentPage(title: string, pdf: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1><p>发布日期：2025-01-18</p><p>现将本机关${title.slice(-17, -13)}政府信息公开工作年度报告全文公布如下。</p>
<p>附件：<a href="../../../../files/${pdf}">${title}.pdf</a></p></body></html>`;
}

/** A portal's anti-bot answer: a tiny page that only runs a script (status 412, no title). */
const CHALLENGE =
  '<!DOCTYPE html><html><head><script>document.cookie="__jsl=1";location.reload()</script></head><body></body></html>';

const html = (body: string | Buffer, status = 200, charset = 'utf-8'): PortalAnswer => ({
  status,
  type: `text/html; charset=${charset}`,
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
});

/** The 2022 report behind the challenge: last year's page of the fixtures, a year earlier. */
function report2022(): string {
  return readFileSync(join(FIXTURES, 'xy-xiangtan-2023.html'), 'utf8').replace(/2023年/g, '2022年');
}

/** The answer for a path under /portal/, or undefined (not found); `navigation`: a browser tab's own request. */
export function portalRoute(path: string, opts: { navigation?: boolean } = {}): PortalAnswer | undefined {
  const p = path.replace(/^\/portal\//, '').replace(/[?#].*$/, '');
  switch (p) {
    case 'ndbg/index.html':
      return html(listPage(PAGE_1, 1));
    case 'ndbg/index_2.html':
      return html(listPage(PAGE_2, 2));
    case PAGE_1[0]!.path:
      // Its breadcrumb's 「政府信息公开年报」 leads to this column (where 「获取上年度报告并比对」 looks).
      return html(
        readFileSync(join(FIXTURES, 'seed-001-xiangtan-2024.html'), 'utf8').replace(
          'href="/zfxxgk/nb/"',
          'href="/portal/ndbg/index.html"',
        ),
      );
    case PAGE_1[3]!.path:
      // The older template of the portal: GBK, said so only in the HTTP header and a <meta>.
      return html(readFileSync(join(FIXTURES, 'portal/xiangtan-2023.gbk.html')), 200, 'GBK');
    case PAGE_1[1]!.path:
      return html(attachmentPage(PAGE_1[1]!.title, 'hongze-2024.pdf'));
    case PAGE_2[0]!.path:
      return html(attachmentPage(PAGE_2[0]!.title, 'hongze-2023.pdf'));
    case PAGE_2[1]!.path:
      return opts.navigation ? html(report2022()) : html(CHALLENGE, 412);
    case PAGE_1[2]!.path:
      return html(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${PAGE_1[2]!.title}</title></head><body><h1>${PAGE_1[2]!.title}</h1><p>各单位：请于1月31日前完成年度报告的编制和发布。</p></body></html>`,
      );
  }
  const pdf = /^files\/hongze-(2023|2024)\.pdf$/.exec(p);
  if (pdf) {
    const file = join(FIXTURES, `pdf/hongze-qu-renmin-zhengfu_${pdf[1]}.pdf`);
    if (existsSync(file)) return { status: 200, type: 'application/pdf', body: readFileSync(file) };
  }
  return undefined;
}
