/**
 * User settings, kept in storage.local and checked on every read (storage is shared with older versions): each
 * field that is missing or not what it should be takes its default. Two fields, checked by hand: the engine reads
 * them in every report page, which should not build a zod schema for it.
 */
import { nativeBrowser } from './api';

export interface Settings {
  lang: 'zh' | 'en';
  showInfo: boolean;
}

export const DEFAULT_SETTINGS: Settings = { lang: 'zh', showInfo: false };
const KEY = 'settings';

export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    lang: r.lang === 'zh' || r.lang === 'en' ? r.lang : DEFAULT_SETTINGS.lang,
    showInfo: typeof r.showInfo === 'boolean' ? r.showInfo : DEFAULT_SETTINGS.showInfo,
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await nativeBrowser().storage.local.get(KEY);
    return parseSettings(got[KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await nativeBrowser().storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(parseSettings(changes[KEY]!.newValue));
  };
  const { storage } = nativeBrowser();
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

/** The batch page's pause between two reports, remembered apart from the settings every page reads. */
const DELAY_KEY = 'batchDelayMs';
export const DEFAULT_BATCH_DELAY_MS = 1000;

export async function loadBatchDelay(): Promise<number> {
  try {
    const v = (await nativeBrowser().storage.local.get(DELAY_KEY))[DELAY_KEY];
    return typeof v === 'number' && v >= 0 && v <= 60_000 ? v : DEFAULT_BATCH_DELAY_MS;
  } catch {
    return DEFAULT_BATCH_DELAY_MS;
  }
}

export async function saveBatchDelay(ms: number): Promise<void> {
  await nativeBrowser().storage.local.set({ [DELAY_KEY]: Math.min(60_000, Math.max(0, ms)) });
}
