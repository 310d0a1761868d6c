// Background: the gate's decision from each loaded tab's title (extension/tab-gate.ts), which has the engine
// injected on a likely report; checks the markup the engine sends of its page (extension/check-page.ts) and answers
// with the user's settings, which it also tells the pages of when they change; keeps the toolbar badge per tab from
// the engine's status.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { messageListener, type Sender } from '@/extension/messaging';
import { BACKGROUND_REQUESTS, type RequestOf } from '@/extension/protocol';
import { injectScript, PART_FILES } from '@/extension/inject';
import { loadSettings, watchSettings, type Settings } from '@/extension/settings';
import { forgetTab, tabUpdated } from '@/extension/tab-gate';
import { toolbarBadge } from '@/extension/toolbar';
import { rememberRecord } from '@/extension/year-records';
import { checkMarkup, exportMarkup, readRecord } from '@/extension/check-page';
import { documentPageUrl, isWebUrl } from '@/extension/document/address';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;

  const tabOf = (sender: Sender): number => {
    if (sender.tab?.id === undefined) throw new Error('not sent from a tab');
    return sender.tab.id;
  };

  async function showStatus(tabId: number, { isReport, counts }: RequestOf<'status'>): Promise<void> {
    const badge = toolbarBadge(isReport, counts, (await loadSettings()).lang);
    await Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      badge.color ? action.setBadgeBackgroundColor({ tabId, color: badge.color }) : undefined,
      badge.title ? action.setTitle({ tabId, title: badge.title }) : undefined,
    ]);
  }

  browser.runtime.onMessage.addListener(
    messageListener(BACKGROUND_REQUESTS, {
      'load-script': async ({ part }, sender) => {
        await injectScript(PART_FILES[part], tabOf(sender), sender.frameId ?? 0);
        return null;
      },
      // The check of a page runs here, off the page's main thread (extension/check-page.ts); the user's settings
      // go with it, so that the page reads no storage.
      'check-page': async ({ html, url, previous }) => {
        const [checked, settings] = await Promise.all([
          checkMarkup(html, url, previous, rememberRecord),
          loadSettings(),
        ]);
        return { ...checked, settings };
      },
      'export-page': ({ html, url, previous }) => exportMarkup(html, url, previous),
      'read-record': ({ html, url, want }) => readRecord(html, url, want, rememberRecord),
      'year-record': async ({ record }) => (await rememberRecord(record)) ?? null,
      // Answered at once: the engine does not wait for the badge (and a closed tab is no error).
      status: (request, sender) => {
        void showStatus(tabOf(sender), request).catch(() => undefined);
        return null;
      },
      // Next to the page that asked, as a link opened in a new tab would be.
      'open-document': async ({ url }, sender) => {
        if (!isWebUrl(url)) throw new Error('not a web address');
        await browser.tabs.create({ url: documentPageUrl(url), openerTabId: sender.tab?.id });
        return null;
      },
    }),
  );

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new page in the tab starts with no badge until its engine reports, and gets a look of its own.
    if (change.status === 'loading' && change.url !== undefined) void action.setBadgeText({ tabId, text: '' });
    tabUpdated(tabId, change, tab);
  });
  browser.tabs.onRemoved.addListener(forgetTab);

  // The pages' engines learn of a change of settings from here (they read no storage): every tab is told, and a
  // tab without an engine has no listener for it.
  watchSettings((settings: Settings) => {
    void browser.tabs.query({}).then((tabs) => {
      for (const { id } of tabs) {
        if (id !== undefined) void browser.tabs.sendMessage(id, { type: 'settings', settings }).catch(() => undefined);
      }
    });
  });
});
