/** Saved pages' bytes → text: by BOM, then the page's own <meta charset> (GBK of older portals included), else UTF-8. */
import { decodeHtml as decodeFetched } from '../core/charset';

/** A saved file has no Content-Type: the page's own declaration decides, as in the extension's batch page. */
export function decodeHtml(bytes: Uint8Array): string {
  return decodeFetched(bytes, null);
}
