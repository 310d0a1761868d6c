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

/** The batch page's pause between two reports, remembered apart from the settings every page reads. */
const DELAY_KEY = 'batchDelayMs';
export const DEFAULT_BATCH_DELAY_MS = 1000;

export async function loadBatchDelay(): Promise<number> {
  try {
    const v = (await browser.storage.local.get(DELAY_KEY))[DELAY_KEY];
    return typeof v === 'number' && v >= 0 && v <= 60_000 ? v : DEFAULT_BATCH_DELAY_MS;
  } catch {
    return DEFAULT_BATCH_DELAY_MS;
  }
}

export async function saveBatchDelay(ms: number): Promise<void> {
  await browser.storage.local.set({ [DELAY_KEY]: Math.min(60_000, Math.max(0, ms)) });
}
