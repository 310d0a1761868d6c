// Settings as storage holds them: written by this version or an older one, or by hand in the devtools.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../extension/settings';

describe('settings read from storage', () => {
  it('keep each field that is what it should be', () => {
    expect(parseSettings({ lang: 'en', showInfo: true })).toEqual({ lang: 'en', showInfo: true });
    expect(parseSettings({ lang: 'zh', showInfo: false, old: 1 })).toEqual({ lang: 'zh', showInfo: false });
  });

  it('give every missing or wrong field its default, and nothing else', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('en')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ lang: 'fr', showInfo: true })).toEqual({ lang: 'zh', showInfo: true });
    expect(parseSettings({ lang: 'en', showInfo: 'yes' })).toEqual({ lang: 'en', showInfo: false });
  });
});
