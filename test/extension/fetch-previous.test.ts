// 「获取上年度报告并比对」: finding the agency's previous report from this year's page — on the page, else in its
// 年报 column — on the fixture portal, with its pages served to a parsed document instead of the network.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../core/charset';
import { analyze } from '../../core/index';
import { fetchPreviousYear, type LoadPage } from '../../extension/page/fetch-previous';
import { recordIfWanted } from '../../extension/page/read-record';
import { parseHtml } from '../../cli/load';
import { portalRoute } from '../../tools/portal';

const SITE = 'http://www.example.gov.cn';

/** The portal's pages as the content script's fetch would get them; the addresses asked for, in order. */
function portal() {
  const asked: string[] = [];
  const load: LoadPage = async (url) => {
    asked.push(url.replace(SITE, ''));
    const answer = portalRoute(new URL(url).pathname);
    if (answer?.status !== 200) throw new Error(`HTTP ${answer?.status ?? 404}`);
    return parseHtml(decodeHtml(answer.body, answer.type), url);
  };
  return { load, asked };
}

/** The engine's part (entrypoints/engine.ts): the fetched page checked, its record kept (here: collected). */
function background() {
  const kept: unknown[] = [];
  const read = async (page: Document, url: string, want: { year: number; agency: string }) => {
    const record = await recordIfWanted(page, url, want, async () => undefined);
    if (record) kept.push(record);
    return record;
  };
  return { read, kept };
}

function reportAt(path: string) {
  const { load } = portal();
  return load(`${SITE}/portal/${path}`).then((doc) => {
    const a = analyze(doc, `${SITE}/portal/${path}`);
    if (!a.isReport) throw new Error('not a report');
    return { doc, report: a.report };
  });
}

describe('last year’s report, found from this year’s page', () => {
  it('through the breadcrumb’s column: 湘潭县卫生健康局 2023, a GBK page, read as its record', async () => {
    const { doc, report } = await reportAt('art/2025/1/20/xiangtan-2024.html');
    const { load, asked } = portal();
    const { read, kept } = background();
    const record = await fetchPreviousYear(doc, report, read, load);
    expect(record).toMatchObject({ agency: '湘潭县卫生健康局', year: 2023, host: 'www.example.gov.cn' });
    expect(record.fwd).toMatchObject({ np: 1, total: 1 });
    // Kept like a report the user checked.
    expect(kept).toEqual([record]);
    // The column's first page held it: no further page, no other report fetched.
    expect(asked).toEqual(['/portal/ndbg/index.html', '/portal/art/2024/1/22/xiangtan-2023.html']);
  });

  it('goes on past a linked page that is not there, to the report', async () => {
    const { doc, report } = await reportAt('art/2025/1/20/xiangtan-2024.html');
    for (const href of ['/portal/gone.html', '/portal/art/2024/1/22/xiangtan-2023.html']) {
      const link = doc.createElement('a');
      link.setAttribute('href', href);
      link.textContent = '湘潭县卫生健康局2023年政府信息公开工作年度报告';
      doc.body.append(link);
    }
    const { load, asked } = portal();
    const record = await fetchPreviousYear(doc, report, background().read, load);
    expect(record).toMatchObject({ agency: '湘潭县卫生健康局', year: 2023 });
    expect(asked).toEqual(['/portal/gone.html', '/portal/art/2024/1/22/xiangtan-2023.html']);
  });

  it('says so when neither the page nor its column links it (here the breadcrumb’s column is a 404)', async () => {
    const { doc, report } = await reportAt('art/2024/1/22/xiangtan-2023.html');
    const { load, asked } = portal();
    await expect(fetchPreviousYear(doc, report, background().read, load)).rejects.toThrow(
      '本页和所在年报栏目中没有找到湘潭县卫生健康局2022年度报告的链接',
    );
    expect(asked).toEqual(['/zfxxgk/nb/']);
  });

  it('says so when what the links lead to is not that report (a challenge page)', async () => {
    const { doc, report } = await reportAt('art/2024/1/22/xiangtan-2023.html');
    const link = doc.createElement('a');
    link.setAttribute('href', '/portal/art/2023/1/16/xiangtan-2022.html');
    link.textContent = '湘潭县卫生健康局2022年政府信息公开工作年度报告';
    doc.body.append(link);
    const { load } = portal();
    const { read, kept } = background();
    await expect(fetchPreviousYear(doc, report, read, load)).rejects.toThrow('不是湘潭县卫生健康局2022年度报告的网页');
    // What the links led to was not that report: nothing of it is kept as a record.
    expect(kept).toEqual([]);
  });

  it('keeps the record of a fetched report only where it is the one wanted (agency and year)', async () => {
    const { load } = portal();
    const url = `${SITE}/portal/art/2024/1/22/xiangtan-2023.html`;
    const page = await load(url);
    const { read, kept } = background();
    expect(await read(page, url, { year: 2022, agency: '湘潭县卫生健康局' })).toBeNull();
    expect(await read(page, url, { year: 2023, agency: '湘潭县教育局' })).toBeNull();
    // A page that is no report at all, as a column lists beside the reports.
    const notice = parseHtml('<html><head><title>首页</title></head><body><p>通知</p></body></html>', url);
    expect(await read(notice, url, { year: 2023, agency: '湘潭县卫生健康局' })).toBeNull();
    expect(kept).toEqual([]);
    expect(await read(page, url, { year: 2023, agency: '湘潭县卫生健康局' })).toMatchObject({ year: 2023 });
    expect(kept).toHaveLength(1);
  });
});
