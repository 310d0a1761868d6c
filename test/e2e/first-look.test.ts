// The first look at a generic-titled page (extension/page/first-look.ts) in real Chromium: its XPath must pass a
// page exactly when one of the gate's title candidates mentions a report (the test the gate then starts from).
// Happy DOM has no XPath, so this runs where the look runs: a page's own world, as scripting.executeScript sends it.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decodeHtml } from '../../cli/decode';
import { parseHtml } from '../../cli/load';
import { mightNameReport, titleCandidates } from '../../core/meta';
import { firstLook, TITLE_XPATH } from '../../extension/page/first-look';
import type { FixtureServer } from '../../tools/server';
import { fixtureNames } from '../helpers';
import { withPlainChromium } from './page';

let browser: Browser;
let srv: FixtureServer;
let page: Page;
withPlainChromium((b, server) => {
  browser = b;
  srv = server;
});
// A page of its own for each test (closed after it): setContent keeps the document, and with it whatever a test's
// page replaced.
beforeEach(async () => {
  page = await browser.newPage();
});

/** The look as the background sends it: the function's source, run in the page, with a watch of `watchMs`. */
const look = (watchMs = 0, debounceMs = 0): Promise<boolean> =>
  page.evaluate(`(${firstLook.toString()})(${JSON.stringify(TITLE_XPATH)}, ${watchMs}, ${debounceMs})`);

describe('the first look at a generic-titled page', () => {
  for (const name of fixtureNames()) {
    it(`${name}: passes the page exactly when a title candidate mentions a report`, async () => {
      const url = srv.url(name, 'sitetitle');
      const html = decodeHtml(Buffer.from(await (await fetch(url)).arrayBuffer()));
      const expected = mightNameReport(titleCandidates(parseHtml(html, url)));
      await page.goto(url);
      expect(await look()).toBe(expected);
    });
  }

  const cases: [string, string, boolean][] = [
    ['a CMS title element, in capitals', '<div class="ArticleTITLE">示例局2024年政府信息公开工作年度报告</div>', true],
    ['an id naming a title', '<span id="docTitle">示例局2024年政务公开年报</span>', true],
    ['a title meta tag, any case', '<meta name="articletitle" content="2024年度 报告">', true],
    ['报告 spread out with &nbsp; and full-width spaces', '<h2>工作年度报&nbsp;\u3000告</h2>', true],
    ['报告 in the body text only', '<h1>通知</h1><p>年度报告</p>', false],
    ['a 26th title element', `${'<div class="title">新闻</div>'.repeat(25)}<h3>年度报告</h3>`, false],
  ];
  for (const [what, body, expected] of cases) {
    it(`${what}: ${expected}`, async () => {
      await page.setContent(`<!DOCTYPE html><html><head><title>门户网站</title></head><body>${body}</body></html>`);
      expect(await look()).toBe(expected);
    });
  }

  it('leaves the decision to the gate on a page that replaced document.evaluate', async () => {
    await page.setContent(
      '<h1>通知</h1><script>document.evaluate = () => { throw new Error("old polyfill"); };</script>',
    );
    expect(await look()).toBe(true);
  });

  it('passes a late article that brings a report heading, after the page has been quiet a moment', async () => {
    // The page's clock is the test's: the look's debounce and watch run when the test says.
    await page.clock.install();
    await page.setContent('<div id="portal">正在加载…</div>');
    const answer = look(5000, 300);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>新闻</p>'));
    // Quiet for longer than the debounce: the look reads the page, finds no report, and watches on (had it
    // answered then, it would have said false).
    await page.clock.runFor(500);
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<h1>示例局2024年政府信息公开工作年度报告</h1>'),
    );
    // One debounce later, well before the watch would have given up.
    await page.clock.runFor(300);
    expect(await answer).toBe(true);
  });

  it('takes text rewritten in place (a ticker, a clock) for no article, and gives up after the watch time', async () => {
    await page.setContent('<h1 id="clock">10:00</h1>');
    const answer = look(800, 100);
    await page.evaluate(() => {
      document.getElementById('clock')!.firstChild!.nodeValue = '示例局2024年政府信息公开工作年度报告';
    });
    expect(await answer).toBe(false);
  });
});
