import { describe, expect, it, vi } from 'vitest';
import { recordOf } from '../../core/cross-year';
import type { YearRecord } from '../../core/year-record';
import { report, withAgency, withYear } from '../support/report';

// storage.local as the background sees it, in memory.
const store = vi.hoisted(() => new Map<string, unknown>());
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
        },
        remove: async (key: string) => void store.delete(key),
      },
    },
  },
}));

const { clearRecords, loadRecords, MAX_RECORDS, rememberRecord, withRecord } = await import(
  '../../extension/year-records'
);

const rec = (year: number, agency = '示例县卫生健康局'): YearRecord =>
  recordOf(withAgency(withYear(report(), year), agency))!;

describe('cross-year records in storage.local', () => {
  it('answers with the previous year once it is kept, replaces a re-checked year, and clears', async () => {
    await clearRecords();
    expect(await rememberRecord(rec(2023))).toBeUndefined();
    expect(await rememberRecord(rec(2024))).toEqual(rec(2023));
    // Checking the 2024 report again replaces its record rather than adding one.
    await rememberRecord(rec(2024));
    expect((await loadRecords()).map((r) => r.year)).toEqual([2024, 2023]);
    await clearRecords();
    expect(await loadRecords()).toEqual([]);
  });

  it('drops what does not parse (an older version’s records) instead of failing', async () => {
    store.set('yearRecords', [{ agency: 1 }]);
    expect(await loadRecords()).toEqual([]);
  });

  it('never replaces a kept record with one that holds less (a reading short of a table)', () => {
    const whole = rec(2024);
    const less = { ...whole, fwd: {}, s5: '' };
    expect(withRecord([whole], less)).toEqual([whole]);
    // A record that holds as much or more replaces it.
    const again = { ...whole, url: 'https://example.gov.cn/again.html' };
    expect(withRecord([whole], again)).toEqual([again]);
  });

  it('keeps the newest when full', () => {
    let list: YearRecord[] = [];
    for (let i = 0; i < MAX_RECORDS + 5; i++) list = withRecord(list, rec(1000 + i));
    expect(list).toHaveLength(MAX_RECORDS);
    expect(list[0]!.year).toBe(1000 + MAX_RECORDS + 4);
  });
});
