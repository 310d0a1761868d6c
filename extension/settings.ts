/** User settings, kept in storage.local and parsed on every read (storage is shared with older versions). */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';

export const SettingsSchema = z.object({
  lang: z._default(z.enum(['zh', 'en']), 'zh'),
  showInfo: z._default(z.boolean(), false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { lang: 'zh', showInfo: false };
const KEY = 'settings';

function parse(raw: unknown): Settings {
  const r = SettingsSchema.safeParse(raw ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(KEY);
    return parse(got[KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(parse(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
