// The document page's plumbing apart from the page: reading a file into the engine's HTML (with the readers' plain
// messages), carrying the engine's anchors over to what the page shows, its address, and popup messages addressed
// to the tab that shows it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../cli/load';
import { analyze } from '../../core/index';
import type { PdfJsLib } from '../../core/readers/pdf-pages';
import { FIXTURES } from '../helpers';
import { report as docxReport } from '../support/docx';
import { pictureOnlyPdf, textPdf } from '../support/pdf';

// Message passing as Chromium does it: tabs.sendMessage reaches content scripts only (none here), a runtime
// message every listener of the extension's pages.
type Listener = (message: unknown, sender: object, sendResponse: (answer: unknown) => void) => unknown;
const bus = vi.hoisted(() => ({ listeners: [] as Listener[], sent: [] as unknown[] }));
vi.mock('../../extension/api', () => ({
  nativeBrowser: () => ({
    tabs: {
      sendMessage: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
    runtime: {
      sendMessage: async (message: unknown) => {
        bus.sent.push(message);
        for (const listener of bus.listeners) {
          let answer: (value: unknown) => void = () => undefined;
          const answered = new Promise((resolve) => (answer = resolve));
          if (listener(message, {}, answer) === true) return answered;
        }
        throw new Error('runtime: nobody answered');
      },
    },
  }),
}));

const { readDocumentBytes } = await import('../../extension/document/read');
const { counterparts, mapAnchors, pagesWithFindings, sourceBoxes } = await import('../../extension/document/anchors');
const { isWebUrl, requestedFile } = await import('../../extension/document/address');
const { tabPageListener } = await import('../../extension/messaging');
const { sendToTab } = await import('../../extension/send-to-tab');
const { ENGINE_REQUESTS } = await import('../../extension/protocol');

const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLib>;
const corpus = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'pdf', `${name}.pdf`)));

describe('reading a file in the document page', () => {
  it('reads a PDF into the HTML the engine checks, with every page’s size and the progress per page', async () => {
    const progress: number[] = [];
    const reading = await readDocumentBytes(corpus('hongze-qu-renmin-zhengfu_2023'), 'pdf', {
      pdfjs,
      unzip: unzipSync,
      onPage: (page) => progress.push(page),
    });
    if (!reading.ok) throw new Error(reading.message.zh);
    expect(reading.pages.length).toBeGreaterThan(3);
    expect(progress).toEqual(reading.pages.map((p) => p.n));
    expect(reading.pages[0]).toMatchObject({ n: 1, width: expect.closeTo(595, 0), height: expect.closeTo(842, 0) });
    const a = analyze(parseHtml(reading.html));
    expect(a.isReport && a.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['SUM-05', 'SUM-07']));
  });

  it('says what it cannot read: a scan, an old Word file, a broken .docx; reads a .docx', async () => {
    const opts = { pdfjs, unzip: unzipSync };
    expect(await readDocumentBytes(pictureOnlyPdf(), 'pdf', opts)).toEqual({
      ok: false,
      message: {
        zh: 'PDF没有文字层（可能是扫描件或图片），无法检查',
        en: 'the PDF has no text layer (a scan or an image?): nothing to check',
      },
    });
    const old = await readDocumentBytes(new Uint8Array(8), 'doc', opts);
    expect(!old.ok && old.message.zh).toContain('请另存为 .docx 或 PDF');
    const broken = await readDocumentBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'docx', opts);
    expect(!broken.ok && broken.message.zh).toBe('不是有效的 .docx 文件');
    const docx = await readDocumentBytes(docxReport(), 'docx', opts);
    expect(docx.ok && docx.html).toContain('<p>三、收到和处理政府信息公开申请情况</p>');
    const notPdf = await readDocumentBytes(new TextEncoder().encode('%PDF-1.4 broken'), 'pdf', opts);
    expect(!notPdf.ok && notPdf.message.zh).toMatch(/^无法读取PDF：/);
  });

  it('reads a PDF that is no report, which the engine then says is none', async () => {
    const reading = await readDocumentBytes(textPdf(['Meeting notice', 'Nothing to report here.']), 'pdf', {
      pdfjs,
      unzip: unzipSync,
    });
    if (!reading.ok) throw new Error(reading.message.zh);
    expect(reading.html).toContain('Nothing to report here.');
    expect(analyze(parseHtml(reading.html))).toMatchObject({ isReport: false, reason: 'no-title' });
  });

  it('stops between pages when cancelled', async () => {
    const cancel = new AbortController();
    const reading = readDocumentBytes(corpus('hongze-qu-renmin-zhengfu_2024'), 'pdf', {
      pdfjs,
      unzip: unzipSync,
      signal: cancel.signal,
      onPage: (page) => page === 1 && cancel.abort(),
    });
    await expect(reading).rejects.toThrow('cancelled');
  });
});

describe('anchors carried over to what the page shows', () => {
  const html = `<html><body>
    <h1 data-source-page="1" data-source-box="100,50,300,20">某局2024年政府信息公开工作年度报告</h1>
    <p data-source-page="1" data-source-box="72,90,450,40">一、总体情况</p>
    <table data-source-page="2"><tr><td data-source-page="2" data-source-box="60,100,80,20">a</td>
      <td data-source-page="2" data-source-box="140,100,60,20">1</td></tr>
      <tr><td data-source-page="2" data-source-box="60,120,80,30">b</td><td data-source-page="x" data-source-box="1,2">2</td></tr></table>
  </body></html>`;

  it('every element read from a page has its page and box; a table spans its cells', () => {
    const doc = parseHtml(html);
    const boxes = sourceBoxes(doc.body);
    expect(boxes.map((b) => [b.el.tagName, b.page, b.box])).toEqual([
      ['H1', 1, [100, 50, 300, 20]],
      ['P', 1, [72, 90, 450, 40]],
      ['TABLE', 2, [60, 100, 140, 50]],
      ['TD', 2, [60, 100, 80, 20]],
      ['TD', 2, [140, 100, 60, 20]],
      ['TD', 2, [60, 120, 80, 30]],
    ]);
  });

  it('a copy of the tree maps element for element; anchors without a counterpart are left out', () => {
    const doc = parseHtml(html);
    const copy = doc.createElement('div');
    for (const n of Array.from(doc.body.childNodes)) copy.append(n.cloneNode(true));
    const to = counterparts(doc.body, copy);
    const tds = doc.body.querySelectorAll('td');
    expect(to(tds[1]!)).toBe(copy.querySelectorAll('td')[1]);
    expect(to(doc.createElement('td'))).toBeUndefined();

    const [h1, p] = [doc.querySelector('h1')!, doc.querySelector('p')!];
    const anchors = {
      cells: new Map([
        ['T3:new:np', tds[1]!],
        ['T3:new:total', tds[3]!],
      ]),
      paragraphs: [h1, p],
      headings: { S1: p },
      pageTables: [doc.querySelector('table')!],
      tables: { T3: doc.querySelector('table')! },
      root: doc.body,
    };
    const onlyPage2 = (el: Element) => (el.getAttribute('data-source-page') === '2' ? to(el) : undefined);
    const mapped = mapAnchors(anchors, onlyPage2, copy);
    expect([...mapped.cells.keys()]).toEqual(['T3:new:np']);
    expect(mapped.cells.get('T3:new:np')).toBe(copy.querySelectorAll('td')[1]);
    expect(mapped.paragraphs).toEqual([undefined, undefined]);
    expect(mapped.headings).toEqual({});
    expect(mapped.pageTables).toEqual([copy.querySelector('table')]);
    expect(mapped.root).toBe(copy);
  });

  it('the pages drawn are those that carry a finding (the first page when there is none)', async () => {
    const reading = await readDocumentBytes(corpus('hongze-qu-renmin-zhengfu_2023'), 'pdf', {
      pdfjs,
      unzip: unzipSync,
    });
    if (!reading.ok) throw new Error('unreadable');
    const a = analyze(parseHtml(reading.html));
    if (!a.isReport) throw new Error('not a report');
    const pages = pagesWithFindings(a.findings, a.report, a.anchors);
    // 表三 (TBL-04, TBL-06) and 表四 (SUM-05, SUM-07) and 五 (STR-07): on the pages that hold them, nothing else.
    const expected = new Set(
      a.findings.map((f) => {
        const el = f.cells?.[0] ? a.anchors.cells.get(`${f.cells[0].table}:${f.cells[0].row}:${f.cells[0].col}`) : null;
        return Number((el ?? a.anchors.headings[f.section!])!.getAttribute('data-source-page'));
      }),
    );
    expect(pages).toEqual([...expected].sort());
    expect(pages).toEqual([3, 4]);
    expect(pagesWithFindings([], a.report, a.anchors)).toEqual([1]);
  });
});

describe('the document page’s address', () => {
  it('fetches only web addresses', () => {
    expect(requestedFile(`?url=${encodeURIComponent('https://www.example.gov.cn/a/年报.pdf')}`)).toBe(
      'https://www.example.gov.cn/a/年报.pdf',
    );
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'chrome-extension://x/popup.html', 'nonsense'])
      expect(requestedFile(`?url=${encodeURIComponent(bad)}`)).toBeUndefined();
    expect(requestedFile('')).toBeUndefined();
    expect(isWebUrl('http://127.0.0.1:8000/x.pdf')).toBe(true);
  });
});

describe('popup messages for a document page', () => {
  beforeEach(() => {
    bus.listeners = [];
    bus.sent = [];
  });

  const state = (url: string) => ({ isReport: false as const, url, reason: 'no-title' as const, watching: false });
  const page = (tabId: number) =>
    tabPageListener(tabId, ENGINE_REQUESTS, {
      'get-state': () => state(`tab ${tabId}`),
      recheck: () => state(`tab ${tabId}`),
      'focus-finding': () => state(`tab ${tabId}`),
      'set-overlay': () => state(`tab ${tabId}`),
      export: () => {
        throw new Error('not a report');
      },
      'fetch-previous': () => state(`tab ${tabId}`),
    }) as Listener;

  it('reach the page in the addressed tab only, when no content script answers', async () => {
    bus.listeners.push(page(3), page(5));
    expect(await sendToTab(5, { type: 'get-state' })).toEqual(state('tab 5'));
    expect(await sendToTab(3, { type: 'get-state' })).toEqual(state('tab 3'));
    expect(bus.sent).toEqual([
      { type: 'get-state', toTab: 5 },
      { type: 'get-state', toTab: 3 },
    ]);
    await expect(sendToTab(3, { type: 'export' })).rejects.toThrow('not a report');
    // No page shows in tab 9: the tab's own error, as for a tab without the engine, whatever the runtime said.
    await expect(sendToTab(9, { type: 'get-state' })).rejects.toThrow('Receiving end does not exist');
  });
});
