/**
 * Fetched HTML as text: Response.text() always decodes UTF-8, but many portals still send GBK/GB2312 (said in
 * the Content-Type header, or only in a <meta>). The charset is read from the header first, then from a <meta> in
 * the first bytes (read as latin1, so any encoding's ASCII survives); GB2312 and GBK are decoded as GB18030, their
 * superset.
 */

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The charset the answer names, lower case, or undefined. */
export function charsetOf(contentType: string | null, bytes: Uint8Array): string | undefined {
  const header = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (header) return header.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

function decoderFor(charset: string | undefined): TextDecoder {
  const name = charset && /^(gb2312|gbk|x-gbk|gb_2312-80|cp936)$/.test(charset) ? 'gb18030' : (charset ?? 'utf-8');
  try {
    return new TextDecoder(name);
  } catch {
    // A charset the browser does not know: UTF-8, as a browser would fall back.
    return new TextDecoder('utf-8');
  }
}

/** The page's text in its own encoding; a UTF-8 byte-order mark wins over what the page says. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  return decoderFor(charsetOf(contentType, bytes)).decode(bytes);
}
