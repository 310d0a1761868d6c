/**
 * Fetching a document the user asked to check (an attachment of a report page, a PDF tab), with progress and
 * cancel. What came back is judged before it is read: a portal's anti-bot challenge or an error page is HTML where
 * a PDF was expected, and is reported as such rather than as an unreadable PDF.
 */

export type DocumentKind = 'pdf' | 'docx' | 'doc';

export type Fetched =
  | { ok: true; bytes: Uint8Array; kind: DocumentKind; name: string }
  | {
      ok: false;
      reason: 'http' | 'challenge' | 'not-a-document' | 'too-large' | 'network';
      status?: number;
      detail?: string;
    };

/** Reports of a few pages are well under this; a larger file is not a report (or would freeze the tab). */
export const MAX_BYTES = 60 * 1024 * 1024;

/** What the bytes are, by their signature first (names and content types lie), then by the name. */
export function kindOfBytes(bytes: Uint8Array, name = ''): DocumentKind | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return /\.(doc|wps)$/i.test(name) ? undefined : 'docx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc';
  return undefined;
}

/** The file name a download would get: Content-Disposition, else the last part of the path. */
export function fileNameOf(url: string, disposition: string | null): string {
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition ?? '')?.[1];
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition ?? '')?.[1];
  const raw = star ?? plain ?? new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(raw.trim());
  } catch {
    return raw.trim();
  }
}

export async function fetchDocument(
  url: string,
  opts: {
    signal?: AbortSignal;
    onProgress?: (received: number, total: number | undefined) => void;
    fetcher?: typeof fetch;
  } = {},
): Promise<Fetched> {
  let response: Response;
  try {
    // Cookies of the user's own session, as the page itself would download it; no referrer games.
    response = await (opts.fetcher ?? fetch)(url, { signal: opts.signal, credentials: 'include' });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { ok: false, reason: 'network', detail: String(err) };
  }
  const length = Number(response.headers.get('content-length')) || undefined;
  if (length && length > MAX_BYTES) return { ok: false, reason: 'too-large', detail: String(length) };
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (received > MAX_BYTES) {
        await reader.cancel();
        return { ok: false, reason: 'too-large', detail: String(received) };
      }
      opts.onProgress?.(received, length);
    }
  } else {
    const all = new Uint8Array(await response.arrayBuffer());
    chunks.push(all);
    received = all.length;
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  const name = fileNameOf(response.url || url, response.headers.get('content-disposition'));
  const kind = kindOfBytes(bytes, name);
  if (kind)
    return response.ok ? { ok: true, bytes, kind, name } : { ok: false, reason: 'http', status: response.status };
  // HTML where a document was expected: an error page, a login page, or a challenge that wants a browser.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (!response.ok && response.status !== 202 && response.status !== 412)
    return { ok: false, reason: 'http', status: response.status };
  if (/<script/i.test(text) && (response.status === 202 || response.status === 412 || text.length < 4096)) {
    return { ok: false, reason: 'challenge', status: response.status };
  }
  return { ok: false, reason: 'not-a-document', status: response.status };
}
