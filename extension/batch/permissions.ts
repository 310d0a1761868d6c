/** Site permissions for a batch: gov.cn is in the manifest; any other site is asked for, that site alone. */
import { browser } from 'wxt/browser';

/** The origin pattern a fetch of `url` needs, or undefined for an address that is not http(s). */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `${u.protocol}//${u.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

export async function missingOrigins(urls: readonly string[]): Promise<string[]> {
  const patterns = [...new Set(urls.map(originPattern).filter((p): p is string => !!p))];
  const granted = await Promise.all(
    patterns.map((p) => browser.permissions.contains({ origins: [p] }).catch(() => false)),
  );
  return patterns.filter((_, i) => !granted[i]);
}

export async function mayFetch(url: string): Promise<boolean> {
  return (await missingOrigins([url])).length === 0 && originPattern(url) !== undefined;
}

export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}
