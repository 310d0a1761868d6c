// Finding the report's own file on a page that publishes it as an attachment, the ways CMSs link it.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import { attachmentName, findAttachments } from '../../core/attachments';

const page = (links: string) =>
  parseHtml(
    `<html><head><title>示例局2023年政府信息公开工作年度报告</title></head><body><div class="nav"><a href="/">首页</a>
  <a href="/zfxxgk/nb/">政府信息公开年报</a></div><div class="article"><h1>示例局2023年政府信息公开工作年度报告</h1>
  <p>现将本机关2023年政府信息公开工作年度报告予以公布。</p>${links}</div></body></html>`,
    'https://www.example.gov.cn/zfxxgk/nb/202401/t20240120_1.html',
  );

describe('findAttachments', () => {
  it('finds a TRS attachment by its extension, resolved against the page', () => {
    const found = findAttachments(
      page('<p>附件：<a href="./P020240120123456.pdf">示例局2023年政府信息公开工作年度报告.pdf</a></p>'),
    );
    expect(found).toEqual([
      {
        url: 'https://www.example.gov.cn/zfxxgk/nb/202401/P020240120123456.pdf',
        text: '示例局2023年政府信息公开工作年度报告.pdf',
        kind: 'pdf',
        namesReport: true,
      },
    ]);
  });

  it('finds a download script link by its text naming the file type (Hanweb)', () => {
    const found = findAttachments(
      page('<a href="/module/download/downfile.jsp?classid=0&filename=abc123">下载（PDF版）</a>'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'pdf',
      url: 'https://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=abc123',
    });
  });

  it('puts the report before other files, PDF before Word, and knows old Word files apart', () => {
    const found = findAttachments(
      page(`<a href="/files/budget.pdf">2023年部门预算.pdf</a><a href="/files/nb2023.docx">2023年政府信息公开工作年度报告.docx</a>
        <a href="/files/nb2023.pdf">2023年政府信息公开工作年度报告.pdf</a><a href="/files/old.doc">申请表.doc</a>`),
    );
    expect(found.map((f) => [f.url.split('/').pop(), f.kind])).toEqual([
      ['nb2023.pdf', 'pdf'],
      ['nb2023.docx', 'docx'],
      ['budget.pdf', 'pdf'],
      ['old.doc', 'doc'],
    ]);
  });

  it('leaves out navigation, scripts, mail links and repeats', () => {
    const found = findAttachments(
      page(`<a href="javascript:void(0)">下载PDF</a><a href="mailto:a@b.cn">联系我们</a><a href="/zfxxgk/nb/202301/t1.html">2022年度报告</a>
        <a href="/f/nb.pdf">附件</a><a href="/f/nb.pdf">附件</a><a href="/f/%E5%B9%B4%E6%8A%A5%ZZ.pdf">年报</a>`),
    );
    expect(found.map((f) => f.url.split('/').pop())).toEqual(['%E5%B9%B4%E6%8A%A5%ZZ.pdf', 'nb.pdf']);
  });
});

describe('attachmentName', () => {
  it('is the link text without its "附件：" lead, else the file name', () => {
    expect(attachmentName({ url: 'http://x/a.pdf', text: '附件：2023年年度报告.pdf' })).toBe('2023年年度报告.pdf');
    expect(attachmentName({ url: 'http://x/a.pdf', text: '附件1： 年报.pdf' })).toBe('年报.pdf');
    expect(attachmentName({ url: 'http://x/%E5%B9%B4%E6%8A%A5.pdf?v=1', text: '' })).toBe('年报.pdf');
    expect(attachmentName({ url: 'http://x/files/', text: '附件：' })).toBe('http://x/files/');
  });
});
