// Fetching a document to check: progress, the kind told by its bytes, challenges and error pages reported as such.
import { describe, expect, it } from 'vitest';
import { fetchDocument, fileNameOf, kindOfBytes, MAX_BYTES } from '../../extension/fetch-document';
import { pictureOnlyPdf } from '../support/pdf';

const respond = (body: Uint8Array | string, init: ResponseInit & { headers?: Record<string, string> } = {}) =>
  (async () =>
    new Response(
      typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
      init,
    )) as unknown as typeof fetch;

describe('fetchDocument', () => {
  it('returns a PDF with its name and reports progress', async () => {
    const pdf = pictureOnlyPdf();
    const seen: number[] = [];
    const got = await fetchDocument('https://www.example.gov.cn/a/P0201.pdf', {
      fetcher: respond(pdf, {
        headers: { 'content-disposition': "attachment; filename*=UTF-8''%E5%B9%B4%E6%8A%A5.pdf" },
      }),
      onProgress: (n) => seen.push(n),
    });
    expect(got).toMatchObject({ ok: true, kind: 'pdf', name: '年报.pdf' });
    expect(seen[seen.length - 1]).toBe(pdf.length);
  });

  it('calls an anti-bot challenge a challenge, an error page an HTTP error, other HTML not a document', async () => {
    const challenge = '<html><script>var _0x1=...;location.reload()</script></html>';
    expect(
      await fetchDocument('https://x.gov.cn/a.pdf', { fetcher: respond(challenge, { status: 412 }) }),
    ).toMatchObject({ ok: false, reason: 'challenge', status: 412 });
    expect(
      await fetchDocument('https://x.gov.cn/a.pdf', { fetcher: respond('<h1>404 Not Found</h1>', { status: 404 }) }),
    ).toMatchObject({ ok: false, reason: 'http', status: 404 });
    const page = `<html><body>${'<p>正文</p>'.repeat(500)}</body></html>`;
    expect(await fetchDocument('https://x.gov.cn/a.pdf', { fetcher: respond(page) })).toMatchObject({
      ok: false,
      reason: 'not-a-document',
    });
  });

  it('refuses a file larger than any report by its declared length', async () => {
    const got = await fetchDocument('https://x.gov.cn/a.pdf', {
      fetcher: respond('x', { headers: { 'content-length': String(MAX_BYTES + 1) } }),
    });
    expect(got).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('a network failure is a result, a cancel is an AbortError', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchDocument('https://x.gov.cn/a.pdf', { fetcher: failing })).toMatchObject({
      ok: false,
      reason: 'network',
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      fetchDocument('https://x.gov.cn/a.pdf', { signal: controller.signal, fetcher: fetch }),
    ).rejects.toThrow();
  });
});

describe('kindOfBytes / fileNameOf', () => {
  it('tells PDF, .docx and old Word by their signatures', () => {
    expect(kindOfBytes(new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(kindOfBytes(new Uint8Array([0x50, 0x4b, 3, 4]), 'r.docx')).toBe('docx');
    expect(kindOfBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('doc');
    expect(kindOfBytes(new TextEncoder().encode('<html>'))).toBeUndefined();
  });

  it('names the file from Content-Disposition, else the path', () => {
    expect(fileNameOf('https://x.gov.cn/f/a%20b.pdf', null)).toBe('a b.pdf');
    expect(fileNameOf('https://x.gov.cn/down.jsp?id=1', 'attachment; filename="nb2023.pdf"')).toBe('nb2023.pdf');
  });
});
