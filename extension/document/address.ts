/**
 * The document page's address: document.html, with ?url= for a file to fetch and check (an attachment, a PDF tab)
 * or without it for a file the user picks or drops.
 */
import { browser } from 'wxt/browser';

/** Only web addresses are fetched: never file:, data:, or the extension's own pages. */
export function isWebUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function documentPageUrl(fileUrl?: string): string {
  const page = browser.runtime.getURL('/document.html');
  return fileUrl ? `${page}?url=${encodeURIComponent(fileUrl)}` : page;
}

/** The file a document page was opened for, if its address names a web address. */
export function requestedFile(search: string): string | undefined {
  const url = new URLSearchParams(search).get('url');
  return url && isWebUrl(url) ? url : undefined;
}
