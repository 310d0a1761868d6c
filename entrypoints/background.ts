// Background: the gate's decision from each loaded tab's title (extension/tab-gate.ts), which starts the engine on a
// likely report (extension/start-engine.ts); brings the page's code the engine asks for; keeps the cross-year records
// and the toolbar badge per tab. It neither reads nor checks pages: the engine does, in the page.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { messageListener, type Sender } from '@/extension/messaging';
import { BACKGROUND_REQUESTS } from '@/extension/protocol';
import { injectScript, PART_FILES } from '@/extension/inject';
import { forgetTab, tabUpdated } from '@/extension/tab-gate';
import { rememberRecord } from '@/extension/year-records';
import { showStatus, showUndecided, startEngine } from '@/extension/start-engine';
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
      'year-record': async ({ record }) => (await rememberRecord(record)) ?? null,
      // Answered at once: the engine does not wait for the badge (and a closed tab is no error).
      status: (request, sender) => {
        void showStatus(tabOf(sender), request.isReport, request.counts).catch(() => undefined);
        return null;
      },
      // The popup's 「检查此页」 where no engine answered (activeTab grants it on any site).
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
    if (change.status === 'loading' && change.url !== undefined) void showUndecided(tabId).catch(() => undefined);
    tabUpdated(tabId, change, tab);
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
});
