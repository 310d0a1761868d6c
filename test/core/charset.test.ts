// Fetched pages in their own encoding (core/charset.ts): the header's charset first, then the page's <meta>, GBK
// and GB2312 through GB18030, a byte-order mark over both, and an unknown label read as UTF-8 rather than failing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml } from '../../core/charset';
import { FIXTURES } from '../helpers';

const GBK_PAGE = readFileSync(join(FIXTURES, 'portal/xiangtan-2023.gbk.html'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decoding a fetched page', () => {
  it('reads the GBK page by its <meta> alone and by its header alone', () => {
    expect(charsetOf(null, GBK_PAGE)).toBe('gb2312');
    expect(decodeHtml(GBK_PAGE, 'text/html')).toContain('湘潭县卫生健康局');
    const noMeta = Buffer.from(GBK_PAGE.toString('latin1').replace(/charset=gb2312/i, ''), 'latin1');
    expect(charsetOf('text/html', noMeta)).toBeUndefined();
    expect(decodeHtml(noMeta, 'text/html; charset=GBK')).toContain('湘潭县卫生健康局');
  });

  it('lets the header win over the page, and a byte-order mark over both', () => {
    const page = utf8('<meta charset="gbk"><title>年报</title>');
    expect(decodeHtml(page, 'text/html; charset=utf-8')).toContain('年报');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...page]), 'text/html; charset=gbk')).toContain('年报');
  });

  it('reads an unknown charset as UTF-8', () => {
    expect(decodeHtml(utf8('<p>年报</p>'), 'text/html; charset=x-no-such')).toBe('<p>年报</p>');
  });
});
