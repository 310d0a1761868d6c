/** Options: language, info badges on the page, extra sites granted as optional host permissions, cross-year records. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../page-strings';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/extension/settings';
import { extraSites, sitePattern } from '@/extension/sites';
import { YearRecords } from './YearRecords';
import { documentPageUrl } from '@/extension/document/address';

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  const lang = settings.lang;

  const refreshSites = () => void extraSites().then(setSites);
  useEffect(() => {
    void loadSettings().then(setSettings);
    refreshSites();
  }, []);

  async function update(patch: Partial<Settings>) {
    setSettings(await saveSettings(patch));
    setMessage(t(patch.lang ?? lang, 'saved'));
  }

  async function addSite(e: Event) {
    e.preventDefault();
    const pattern = sitePattern(input);
    if (!pattern) return setMessage(t(lang, 'badSite'));
    // Must run straight from the click: browsers only ask for permissions on a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return setMessage(t(lang, 'permissionDenied'));
    setInput('');
    setMessage(t(lang, 'saved'));
    refreshSites();
  }

  async function removeSite(pattern: string) {
    await browser.permissions.remove({ origins: [pattern] });
    refreshSites();
  }

  return (
    <main class="options" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>
        {t(lang, 'appName')} · {t(lang, 'options')}
      </h1>
      <p>
        {/* Reports received by mail: the document page takes a picked or dropped file. */}
        <a href={documentPageUrl()} target="_blank" rel="noopener" data-action="open-document">
          {t(lang, 'checkFile')}
        </a>
      </p>
      <fieldset>
        <legend>{t(lang, 'language')}</legend>
        {(['zh', 'en'] as const).map((l) => (
          <label key={l} style={{ marginRight: '16px' }}>
            <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => void update({ lang: l })} />
            {l === 'zh' ? '中文' : 'English'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <label>
          <input
            type="checkbox"
            name="showInfo"
            checked={settings.showInfo}
            onChange={(e) => void update({ showInfo: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t(lang, 'showInfo')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'extraSites')}</legend>
        <p>{t(lang, 'extraSitesHelp')}</p>
        {sites.length === 0 ? (
          <p class="muted">{t(lang, 'noExtraSites')}</p>
        ) : (
          <ul>
            {sites.map((s) => (
              <li key={s}>
                <code>{s}</code>{' '}
                <button type="button" onClick={() => void removeSite(s)}>
                  {t(lang, 'removeSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={(e) => void addSite(e)}>
          <input
            name="site"
            value={input}
            placeholder="www.example.org.cn"
            onInput={(e) => {
              setInput((e.currentTarget as HTMLInputElement).value);
              // A new attempt: the message about the last one no longer applies.
              setMessage('');
            }}
          />{' '}
          <button type="submit">{t(lang, 'addSite')}</button>
        </form>
      </fieldset>
      <YearRecords lang={lang} />
      {message && <p role="status">{message}</p>}
    </main>
  );
}
