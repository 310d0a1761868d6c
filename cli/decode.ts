/** Saved pages' bytes → text: UTF-8, or the GBK of older portals. */

const UTF8 = new TextDecoder('utf-8');
const LATIN1 = new TextDecoder('latin1');
const GB18030 = new TextDecoder('gb18030');

/** Decodes by BOM, then by the page's own <meta charset>, else UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF8.decode(bytes.subarray(3));
  const head = LATIN1.decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label && /^(gb2312|gbk|gb18030|x-gbk)$/.test(label)) return GB18030.decode(bytes);
  return UTF8.decode(bytes);
}
