/**
 * Fetching one page of a batch (a column's list page, a report page), the way a browser reads it: the bytes in the
 * encoding the page names (core/charset.ts), the address it ended at (after redirects), and an honest account of
 * what came back instead — an HTTP error, an anti-bot challenge, a file where a page was expected.
 */
import { decodeHtml } from '@/core/charset';
import { fileNameOf, kindOfBytes, MAX_BYTES, type DocumentKind } from '../fetch-document';

export type PageFetched =
  | { ok: true; kind: 'html'; url: string; html: string }
  /** The link led straight to a PDF or Word file (some columns link the files themselves). */
  | { ok: true; kind: 'file'; url: string; bytes: Uint8Array; file: DocumentKind; name: string }
  | { ok: false; reason: 'http' | 'challenge' | 'network' | 'too-large'; status?: number; detail?: string };

/**
 * An anti-bot answer: 412 or 202 with a script (the usual WAF challenges), or a tiny page that only runs a script
 * and shows nothing. A real report page is many kilobytes of text.
 */
export function looksLikeChallenge(status: number, html: string): boolean {
  if (!/<script/i.test(html)) return false;
  if (status === 412 || status === 202) return true;
  if (html.length > 4096) return false;
  const text = html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/gi, '')
    .replace(/\s+/g, '')
    .trim();
  return text.length < 20;
}

export async function fetchPage(
  url: string,
  opts: { signal?: AbortSignal; fetcher?: typeof fetch } = {},
): Promise<PageFetched> {
  let response: Response;
  try {
    // The user's own cookies, as the page itself would be read in a tab.
    response = await (opts.fetcher ?? fetch)(url, { signal: opts.signal, credentials: 'include' });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { ok: false, reason: 'network', detail: String((err as Error).message ?? err) };
  }
  const length = Number(response.headers.get('content-length')) || 0;
  if (length > MAX_BYTES) return { ok: false, reason: 'too-large', detail: String(length) };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) return { ok: false, reason: 'too-large', detail: String(bytes.length) };
  const at = response.url || url;
  const name = fileNameOf(at, response.headers.get('content-disposition'));
  const file = kindOfBytes(bytes, name);
  if (file && response.ok) return { ok: true, kind: 'file', url: at, bytes, file, name };
  const html = decodeHtml(bytes, response.headers.get('content-type'));
  if (looksLikeChallenge(response.status, html)) return { ok: false, reason: 'challenge', status: response.status };
  if (!response.ok) return { ok: false, reason: 'http', status: response.status };
  return { ok: true, kind: 'html', url: at, html };
}
