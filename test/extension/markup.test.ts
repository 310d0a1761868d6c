// @vitest-environment happy-dom
// The page's markup as the engine sends it (extension/page/markup.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { markupOf } from '../../extension/page/markup';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('markupOf', () => {
  it('is the page as outerHTML, with a doctype unless the page is in quirks mode', () => {
    document.body.innerHTML = '<p>示例</p><table><tr><td>1</td></tr></table>';
    const html = markupOf(document);
    expect(html.startsWith('<!DOCTYPE html><html')).toBe(document.compatMode !== 'BackCompat');
    expect(html).toContain('<tbody><tr><td>1</td></tr></tbody>');
    const quirks = {
      compatMode: 'BackCompat',
      documentElement: document.documentElement,
      querySelectorAll: () => [],
    } as unknown as Document;
    expect(markupOf(quirks).startsWith('<html')).toBe(true);
  });

  it('leaves data URLs out of a page with an image pasted inline, and the page as it was', () => {
    const image = (n: number) => `<img alt="x" src="data:image/png;base64,${'A'.repeat(n)}">`;
    document.body.innerHTML = `<p>短</p>${image(5000)}`;
    expect(markupOf(document)).toContain('A'.repeat(5000));
    document.body.innerHTML = `<p>长</p>${image(1_200_000)}<table><tr><td>${image(100)}</td></tr></table>`;
    const before = document.body.innerHTML;
    const html = markupOf(document);
    expect(html.length).toBeLessThan(2000);
    expect(html).toContain('<p>长</p><img alt="x" src=""><table><tbody><tr><td><img alt="x" src=""></td>');
    expect(document.body.innerHTML).toBe(before);
    // Each attribute that holds a data URL counts, and only those are emptied: a link beside it keeps its address.
    const half = `data:image/png;base64,${'B'.repeat(120_000)}`;
    document.body.innerHTML = `<a href="${half}"><img alt="y" src="/a.png" srcset="${half} 2x"></a><a href="/b">b</a>`;
    expect(markupOf(document)).toContain('<a href=""><img alt="y" src="/a.png" srcset=""></a><a href="/b">b</a>');
  });
});
