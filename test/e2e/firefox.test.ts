// End to end in Firefox ESR: the Firefox test build (MV2) driven over WebDriver BiDi, on the fixtures the Chromium
// tests use. Reports are served under a gov.cn host name (the users' content-script match) or on 127.0.0.1 (the
// test build's local host permission).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ExportSchema } from '../../core/export-schema';
import { anchorKey } from '../../core/anchor';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import { firefoxPath, GOV_TEST_HOST, type FirefoxExtension } from '../../tools/firefox';
import { GENERIC_TITLES, type FixtureServer } from '../../tools/server';
import { analyzeFixture, summarize } from '../helpers';
import {
  ask,
  badges,
  changeAddress,
  decision,
  openPopup as openFirefoxPopup,
  overlayHosts,
  toolbarBadge,
  waitForBadges,
  waitForSummary,
  waitInExtensionPage,
  withFirefox,
} from './firefox-page';
import { expectPlantedArithmeticBadges, NO_REPORT, SHOTS } from './page';

/** Inside popup.evaluate() callbacks: Firefox's own `browser` namespace in an extension page. */
declare const browser: typeof import('@wxt-dev/browser').Browser;

const HAS_FIREFOX = !!firefoxPath();
// .ci/run sets REQUIRE_FIREFOX=1: there a missing Firefox fails the run instead of skipping these tests.
if (!HAS_FIREFOX && process.env.REQUIRE_FIREFOX === '1') {
  it('Firefox is installed (REQUIRE_FIREFOX=1)', () => {
    throw new Error('No Firefox found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  });
} else if (!HAS_FIREFOX) {
  console.warn('Firefox end-to-end tests skipped: no Firefox (apt-get install -y firefox-esr, or set FIREFOX_PATH)');
}

describe.skipIf(!HAS_FIREFOX)('Firefox ESR', () => {
  let ff: FirefoxExtension;
  let srv: FixtureServer;
  withFirefox((browser, server) => {
    ff = browser;
    srv = server;
  });

  /** The fixture under the gov.cn test host name, which Firefox resolves to the fixture server. */
  const govUrl = (name: string) => srv.url(name).replace('//127.0.0.1:', `//${GOV_TEST_HOST}:`);

  async function openReport(url: string): Promise<Page> {
    const page = await ff.browser.newPage();
    await page.goto(url);
    return page;
  }

  const openPopup = (page: Page) => openFirefoxPopup(ff, page);

  /** Page coordinates of the element a CSS selector (from the export's provenance) names. */
  const boxOf = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    }, selector);

  it('a report with planted errors on a gov.cn site: badges with the right rules on the right cells', async () => {
    const page = await openReport(govUrl('planted-arithmetic'));
    await waitForBadges(page);
    const { popup, tabId } = await openPopup(page);
    const state = await ask(popup, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    // The engine in Firefox finds what the engine in Node finds.
    const engine = analyzeFixture('planted-arithmetic');
    expect(summarize(state.findings)).toEqual(summarize(engine.isReport ? engine.findings : []));

    const list = await badges(page);
    expect(list).toHaveLength(state.findings.filter((f) => f.severity !== 'info').length);
    expectPlantedArithmeticBadges(list);

    // Each cell badge sits on the first cell of its relation, in that cell's own row, in Firefox's layout too.
    const exp = await ask(popup, tabId, { type: 'export' });
    for (const badge of list) {
      const f = state.findings[badge.index]!;
      expect([badge.rule, badge.severity]).toEqual([f.rule, f.severity]);
      const first = f.cells?.[0];
      if (!first) continue;
      expect(badge.cell).toBe(anchorKey(first.table, first.row, first.col));
      const row = exp.tables[first.table as 'T2' | 'T3' | 'T4']?.rows[first.row];
      const selector = first.col === 'label' ? row?.source?.selector : row?.cells[first.col]?.source.selector;
      const cell = await boxOf(page, selector!);
      const centre = { x: badge.box.x + badge.box.width / 2, y: badge.box.y + badge.box.height / 2 };
      // Beside its number; where the number fills its cell, in the neighbouring blank space (as in Chromium's test).
      expect(centre.x).toBeGreaterThan(cell.x - 2 * badge.box.width - 8);
      expect(centre.x).toBeLessThan(cell.x + cell.width + 2 * badge.box.width + 8);
      expect(centre.y).toBeGreaterThan(cell.y);
      expect(centre.y).toBeLessThan(cell.y + cell.height);
    }
    expect(await toolbarBadge(popup, tabId)).toMatchObject({
      text: String(state.counts.error),
      color: [207, 34, 46, 255],
    });

    // Hover: the message with its numbers, and a ring on every cell of the relation.
    await page.bringToFront();
    const sum01 = list.find((x) => x.cell === 'T3:new:total')!;
    await page.evaluate((y) => scrollTo(0, y - 400), sum01.box.y);
    const target = (await badges(page)).find((x) => x.index === sum01.index)!;
    await page.mouse.move(target.view.x, target.view.y);
    const overlay = (css: string) =>
      page.evaluate(
        (host, sel) =>
          Array.from(document.querySelector(host)!.shadowRoot!.querySelectorAll(sel), (e) => e.textContent),
        OVERLAY_HOST_SELECTOR,
        css,
      );
    await expect.poll(() => overlay('.tip')).toEqual([expect.stringMatching(/SUM-01.*≠/)]);
    // Rings on the relation's cells that are in view (新收 and 上年结转 here; （七）总计 and 结转下年度 lie below).
    const rings = (await overlay('.outline')).length;
    expect(rings).toBeGreaterThanOrEqual(2);
    expect(rings).toBeLessThanOrEqual(4);
    await page.screenshot({ path: join(SHOTS, 'firefox-overlay-hover.png') });
    await popup.close();
    await page.close();
  });

  it('a correct report on 127.0.0.1 (the test build) gets no badges and a green tick', async () => {
    const page = await openReport(srv.url('seed-001-xiangtan-2024'));
    await waitForSummary(page);
    expect(await badges(page)).toHaveLength(0);
    const { popup, tabId } = await openPopup(page);
    const state = await ask(popup, tabId, { type: 'get-state' });
    expect(state.isReport && state.counts).toEqual({ error: 0, warning: 0, info: expect.any(Number) });
    expect(await toolbarBadge(popup, tabId)).toMatchObject({ text: '✓', color: [26, 127, 55, 255] });
    await page.bringToFront();
    await page.screenshot({ path: join(SHOTS, 'firefox-overlay-correct-report.png') });
    await popup.close();
    await page.close();
  });

  it('keeps its toolbar badge when the address changes within the page (an anchor, pushState), and still follows the settings', async () => {
    const page = await openReport(srv.url('seed-001-xiangtan-2024'));
    await waitForSummary(page);
    const { popup, tabId } = await openPopup(page);
    const badgeText = async () => (await toolbarBadge(popup, tabId)).text;
    expect(await badgeText()).toBe('✓');
    await page.bringToFront();
    // Each change heard by the extension first, so that a badge it cleared would be seen (and one said again too).
    await changeAddress(popup, tabId, page, () => {
      location.hash = 'part-2';
    });
    await expect.poll(badgeText, { timeout: 5000 }).toBe('✓');
    await changeAddress(popup, tabId, page, () => history.pushState({}, '', '?page=2'));
    await expect.poll(badgeText, { timeout: 5000 }).toBe('✓');
    expect(await overlayHosts(page)).toBe(1);
    // The engine that drew the page still gets new settings: its info finding gets a badge.
    const setShowInfo = (on: boolean) =>
      popup.evaluate(async (value) => {
        const cur = ((await browser.storage.local.get('settings')).settings as object | undefined) ?? {};
        await browser.storage.local.set({ settings: { ...cur, showInfo: value } });
      }, on);
    await setShowInfo(true);
    try {
      await expect.poll(() => badges(page).then((x) => x.length), { timeout: 5000 }).toBe(1);
    } finally {
      await setShowInfo(false);
    }
    const state = await ask(popup, tabId, { type: 'get-state' });
    expect(state.isReport && state.counts).toEqual({ error: 0, warning: 0, info: expect.any(Number) });
    await popup.close();
    await page.close();
  });

  it('a report on a gov.cn site whose title is only the site name (its heading names it): checked, with badges', async () => {
    const page = await openReport(govUrl('planted-arithmetic').replace('/fixtures/', '/sitetitle/'));
    expect(await page.title()).toBe(GENERIC_TITLES.sitetitle);
    await waitForBadges(page);
    const { popup, tabId } = await openPopup(page);
    const engine = analyzeFixture('planted-arithmetic');
    if (!engine.isReport) throw new Error('planted-arithmetic should be a report');
    const state = await ask(popup, tabId, { type: 'get-state' });
    expect(state.isReport && summarize(state.findings)).toEqual(summarize(engine.findings));
    await page.bringToFront();
    await page.screenshot({ path: join(SHOTS, 'firefox-gate-generic-title.png') });
    await popup.close();
    await page.close();
  });

  it('a news page on a gov.cn site: no overlay, no toolbar badge, and the popup says it is no report', async () => {
    const page = await openReport(govUrl('not-report-news'));
    const { popup, tabId } = await openPopup(page);
    // Once the extension has decided (its engine said no here: the title names a report).
    expect(await decision(popup, tabId)).toBe(NO_REPORT);
    expect(await overlayHosts(page)).toBe(0);
    expect((await toolbarBadge(popup, tabId)).text).toBe('');
    await popup.close();
    // The popup asks the page once, as it opens: opened again now that the engine has answered, it gives the verdict.
    const again = (await openPopup(page)).popup;
    await again.waitForSelector('[data-state="not-report"]');
    expect(await again.$eval('[data-state="not-report"]', (e) => e.textContent)).toContain(
      '此页不是政府信息公开工作年度报告',
    );
    await again.close();
    await page.close();
  });

  it('popup: the counts and findings of its tab, a finding shown on the page, 「导出 JSON」', async () => {
    const url = govUrl('planted-arithmetic');
    const page = await openReport(url);
    await waitForBadges(page);
    const { popup, tabId } = await openPopup(page);
    const state = await ask(popup, tabId, { type: 'get-state' });
    if (!state.isReport) throw new Error('not detected');
    await popup.waitForSelector('.title');
    const text = (css: string) => popup.$eval(css, (e) => e.textContent);
    expect(await text('.title')).toBe(state.title);
    expect(await text('[data-field="agency"]')).toBe('湘潭县卫生健康局');
    expect(await text('[data-field="year"]')).toBe('2024');
    for (const sev of ['error', 'warning', 'info'] as const) {
      expect(await text(`.countline [data-severity="${sev}"]`)).toContain(String(state.counts[sev]));
    }
    expect(await popup.$$eval('.item', (els) => els.length)).toBe(state.findings.length);
    expect(await popup.$$eval('.fgroup', (els) => els.map((e) => e.getAttribute('data-group')))).toEqual([
      'S1',
      'T2',
      'T3',
      'T4',
      'S5',
    ]);
    await popup.bringToFront();
    // The popup's own box, as the toolbar shows it (the tab around it is the window's width).
    await (await popup.$('.popup'))!.screenshot({ path: join(SHOTS, 'firefox-popup-report.png') });

    // Click a finding: the page scrolls to its badge and flashes it.
    const i = state.findings.findIndex((f) => f.rule === 'SUM-05');
    await popup.click(`.item[data-index="${i}"]`);
    const flashing = () =>
      page.evaluate(
        (host, n) => !!document.querySelector(host)?.shadowRoot?.querySelector(`.badge[data-index="${n}"].flash`),
        OVERLAY_HOST_SELECTOR,
        i,
      );
    await expect.poll(flashing).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);

    // 「导出 JSON」: Firefox saves the engine's export, valid against the core's schema, with the page's tables.
    await popup.click('[data-action="export"]');
    const file = join(ff.downloads, '湘潭县卫生健康局-2024-年报体检.json');
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').length > 0).toBe(true);
    expect(readdirSync(ff.downloads)).toEqual(['湘潭县卫生健康局-2024-年报体检.json']);
    expect(await text('.notice')).toBe('已导出：湘潭县卫生健康局-2024-年报体检.json');
    const exported = ExportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(exported.counts).toEqual(state.counts);
    expect(summarize(exported.findings)).toEqual(summarize(state.findings));
    expect(Object.keys(exported.tables).sort()).toEqual(['T2', 'T3', 'T4']);
    expect(exported.tables.T3!.rows.new!.cells.np!.value).toBe(20);
    expect(exported.rawGrids.length).toBeGreaterThanOrEqual(3);
    expect(exported.url).toBe(url);
    await popup.close();
    await page.close();
  });
  it('a report published as a PDF attachment: 「检查附件」 is offered, and the document page checks the PDF', async () => {
    const name = 'hongze-qu-renmin-zhengfu_2023';
    const page = await openReport(`${govUrl('x').replace(/\/fixtures\/x\.html$/, '')}/attachment/${name}.html`);
    // The small notice on the page and the popup both offer the attachment.
    await page.waitForFunction(
      (host) =>
        Array.from(document.querySelectorAll(host)).some((h) =>
          h.shadowRoot?.querySelector('[data-govreport-notice] [data-action="check-attachment"]'),
        ),
      { timeout: 10_000 },
      OVERLAY_HOST_SELECTOR,
    );
    const { popup } = await openPopup(page);
    await popup.waitForSelector('[data-action="check-attachment"]', { timeout: 10_000 });
    // One message: the offer, not also a verdict that the page is no report.
    expect(await popup.$$('[data-state="not-report"]')).toHaveLength(0);
    await popup.close();

    // The PDF itself in a tab (Firefox shows it in its own viewer, where no content script runs): the popup offers
    // to check it, and says nothing else.
    const pdfTab = await openReport(`${govUrl('x').replace(/\/fixtures\/x\.html$/, '')}/pdf/${name}.pdf`);
    const pdfPopup = (await openPopup(pdfTab)).popup;
    await pdfPopup.waitForSelector('[data-action="check-pdf"]', { timeout: 10_000 });
    expect(await pdfPopup.$$('[data-state="not-report"]')).toHaveLength(0);
    await pdfPopup.screenshot({ path: join(SHOTS, 'firefox-popup-pdf-tab.png') });
    await pdfPopup.close();
    await pdfTab.close();

    // The document page, as 「检查附件」 opens it: fetched, read with pdf.js in Firefox, drawn, badged.
    const pdfUrl = `${govUrl('x').replace(/\/fixtures\/x\.html$/, '')}/pdf/${name}.pdf`;
    const doc = await ff.openExtensionPage(`document.html?url=${encodeURIComponent(pdfUrl)}`);
    await doc.waitForSelector('.sheet[data-drawn="true"]', { timeout: 30_000 });
    await waitInExtensionPage(
      doc,
      (host) =>
        Array.from(document.querySelectorAll(host)).reduce(
          (n, h) => n + (h.shadowRoot?.querySelectorAll('.badge').length ?? 0),
          0,
        ) >= 3,
      OVERLAY_HOST_SELECTOR,
    );
    const rules = await doc.evaluate(
      (host) =>
        Array.from(document.querySelectorAll(host)).flatMap((h) =>
          Array.from(h.shadowRoot?.querySelectorAll<HTMLElement>('.badge') ?? [], (b) => b.dataset.rule ?? ''),
        ),
      OVERLAY_HOST_SELECTOR,
    );
    // Hongze 2023, as a person finds it: the two 表四 group totals and the 19-row （六） (notes stay off the page).
    expect(rules.sort()).toEqual(['SUM-05', 'SUM-07', 'TBL-04']);
    await doc.screenshot({ path: join(SHOTS, 'firefox-document.png') });
    await doc.close();
    await page.close();
  }, 90_000);

  it('a scanned PDF: read by OCR in the document page’s workers, the planted errors badged on its page images', async () => {
    const scan = `${govUrl('x').replace(/\/fixtures\/x\.html$/, '')}/scanned/planted-arithmetic.sealed-150dpi.pdf`;
    const doc = await ff.openExtensionPage(`document.html?url=${encodeURIComponent(scan)}`);
    await doc.waitForSelector('.progress[data-state="reading"]', { timeout: 30_000 });
    await doc.waitForSelector('.sheet[data-drawn="true"]', { timeout: 200_000 });
    const rules = async () =>
      doc.evaluate(
        (host) =>
          Array.from(document.querySelectorAll(host)).flatMap((h) =>
            Array.from(
              h.shadowRoot?.querySelectorAll<HTMLElement>('.badge[data-severity="error"]') ?? [],
              (b) => b.dataset.rule ?? '',
            ),
          ),
        OVERLAY_HOST_SELECTOR,
      );
    await waitInExtensionPage(
      doc,
      (host) =>
        Array.from(document.querySelectorAll(host)).some((h) =>
          h.shadowRoot?.querySelector('.badge[data-rule="SUM-05"]'),
        ),
      OVERLAY_HOST_SELECTOR,
    );
    expect(new Set(await rules())).toEqual(
      new Set(['SUM-01', 'SUM-02', 'SUM-03', 'SUM-04', 'SUM-05', 'SUM-06', 'SUM-07', 'TBL-07']),
    );
    expect(await doc.evaluate(() => document.querySelector('.notes')?.textContent ?? '')).toContain(
      '扫描件：5页图片经本机文字识别读取',
    );
    await doc.screenshot({ path: join(SHOTS, 'firefox-document-scan.png') });
    await doc.close();
  }, 240_000);

  it('a 年报 column on a gov.cn site: the popup offers its five reports, the batch page checks them all', async () => {
    const list = `${srv.base}/portal/ndbg/index.html`.replace('//127.0.0.1:', `//${GOV_TEST_HOST}:`);
    const page = await openReport(list);
    const { popup, tabId } = await openPopup(page);
    // The gate leaves the column alone, once it has decided: no engine, no overlay.
    expect(await decision(popup, tabId)).toBe(NO_REPORT);
    expect(await overlayHosts(page)).toBe(0);
    await popup.waitForSelector('[data-action="check-column"]');
    expect(await popup.$eval('[data-action="check-column"]', (e) => e.textContent)).toBe('检查本栏目全部年报（5份）');
    await popup.close();

    const batch = await ff.openExtensionPage(`batch.html?list=${encodeURIComponent(list)}`);
    await batch.waitForSelector('.progress[data-state="finished"]', { timeout: 60_000 });
    const rows = await batch.$$eval('[data-field="results"] tbody tr', (trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-state'),
        tr.getAttribute('data-problem'),
        tr.querySelector('[data-col="agency"]')!.textContent,
        tr.querySelector('[data-col="type"]')!.textContent,
        tr.querySelector('[data-col="error"]')!.textContent !== '',
      ]),
    );
    expect(rows).toEqual([
      ['done', null, '湘潭县卫生健康局', '网页', true],
      ['done', null, '淮安市洪泽区人民政府', 'PDF', true],
      ['done', null, '湘潭县卫生健康局', '网页', true],
      ['done', null, '洪泽区人民政府', 'PDF', true],
      ['done', 'challenge', '湘潭县卫生健康局', '网页', false],
    ]);
    expect(
      await batch.$$eval('[data-field="batch-cross-year"] article[data-index="0"] li[data-rule="XY-01"]', (els) =>
        els.map((e) => e.textContent),
      ),
    ).toEqual([
      '! XY-01 表三“自然人”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
      '! XY-01 表三“总计”列：上年结转0与2023年度报告“结转下年度继续办理”1不一致',
    ]);
    await batch.screenshot({ path: join(SHOTS, 'firefox-batch-table.png'), fullPage: true });

    // 「导出 Excel」: Firefox saves the workbook; read back, 汇总 has a line per report.
    await batch.click('[data-action="export-xlsx"]');
    const name = await batch.$eval('[data-field="export-notice"]', (e) => e.textContent!.replace(/^已导出：/, ''));
    const file = join(ff.downloads, name);
    await expect.poll(() => existsSync(file) && readFileSync(file).length > 0).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('汇总')!.getColumn(1).values.slice(1)).toEqual([
      '机关',
      '湘潭县卫生健康局',
      '淮安市洪泽区人民政府',
      '湘潭县卫生健康局',
      '洪泽区人民政府',
      '湘潭县卫生健康局',
    ]);
    await batch.close();
    await page.close();
  }, 120_000);
});
