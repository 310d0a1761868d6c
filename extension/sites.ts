/**
 * Extra sites (beyond gov.cn) that the gate looks at (extension/tab-gate.ts): each is an optional host permission
 * the user granted on the options page. The granted permissions are the only record, so nothing can drift apart.
 */
import { browser } from 'wxt/browser';

export const BUILT_IN_MATCHES = ['*://*.gov.cn/*'];

/** "www.example.org.cn", "https://www.example.org.cn/a/b" or "*.example.org" → a match pattern, else null. */
export function sitePattern(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  host = host
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
  if (!/^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/.test(host) && host !== 'localhost') return null;
  return `*://${host}/*`;
}

/** The user's extra sites: granted origins minus those the manifest always has. */
export async function extraSites(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter(
    (o) => !BUILT_IN_MATCHES.includes(o) && !/127\.0\.0\.1|localhost/.test(o) && o !== '<all_urls>',
  );
}
