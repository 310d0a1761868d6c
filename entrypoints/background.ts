// Background: the gate's decision from each loaded tab's title (extension/tab-gate.ts), which starts the engine on a
// likely report and checks its page (extension/start-engine.ts); checks the markup the engine sends on later checks
// (extension/check-page.ts) and answers with the user's settings, which it also brings to the engines when they
// change (extension/engine-frames.ts); keeps the toolbar badge per tab.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { messageListener, type Sender } from '@/extension/messaging';
import { BACKGROUND_REQUESTS } from '@/extension/protocol';
import { injectScript, PART_FILES } from '@/extension/inject';
import { watchSettings } from '@/extension/settings';
import { forgetTab, tabUpdated } from '@/extension/tab-gate';
import { rememberRecord } from '@/extension/year-records';
import { exportMarkup, readRecord } from '@/extension/check-page';
import { forgetEngines, tellEngines } from '@/extension/engine-frames';
import { checkPageMarkup, showStatus, showUndecided, startEngine } from '@/extension/start-engine';
import { documentPageUrl, isWebUrl } from '@/extension/document/address';

export default defineBackground(() => {
  const tabOf = (sender: Sender): number => {
    if (sender.tab?.id === undefined) throw new Error('not sent from a tab');
    return sender.tab.id;
  };

  browser.runtime.onMessage.addListener(
    messageListener(BACKGROUND_REQUESTS, {
      'load-script': async ({ part }, sender) => {
        await injectScript(PART_FILES[part], tabOf(sender), sender.frameId ?? 0);
        return null;
      },
      // The check of a page runs here, off the page's main thread (extension/check-page.ts); the user's settings
      // go with it, so that the page reads no storage.
      'check-page': checkPageMarkup,
      'export-page': ({ html, url, previous }) => exportMarkup(html, url, previous),
      'read-record': ({ html, url, want }) => readRecord(html, url, want, rememberRecord),
      'year-record': async ({ record }) => (await rememberRecord(record)) ?? null,
      // Answered at once: the engine does not wait for the badge (and a closed tab is no error).
      status: (request, sender) => {
        void showStatus(tabOf(sender), request.isReport, request.counts).catch(() => undefined);
        return null;
      },
      // The popup's 「检查此页」 where no engine answered: answered once the page's check is shown.
      'start-engine': async ({ tabId }) => {
        await startEngine(tabId);
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
    if (change.status === 'loading' && change.url !== undefined) {
      void showUndecided(tabId).catch(() => undefined);
      void forgetEngines(tabId);
    }
    tabUpdated(tabId, change, tab);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void forgetEngines(tabId);
  });

  // The pages' engines learn of a change of settings from here (they read no storage).
  watchSettings((settings) => void tellEngines(settings));
});
