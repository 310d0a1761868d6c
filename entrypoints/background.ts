// Background: injects the engine where the gate saw a likely report, keeps the toolbar badge per tab from the
// engine's status, and registers the gate on the extra sites the user granted on the options page.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseRequest } from '@/extension/protocol';
import { injectEngine } from '@/extension/inject';
import { loadSettings } from '@/extension/settings';
import { syncContentScripts } from '@/extension/sites';
import { toolbarBadge } from '@/extension/toolbar';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const req = parseRequest(raw);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    if (req?.type === 'load-engine') {
      injectEngine(tabId, sender.frameId ?? 0).then(
        () => sendResponse({ ok: true }),
        (err: unknown) => sendResponse({ ok: false, error: String(err) }),
      );
      return true;
    }
    if (req?.type !== 'status') return false;
    void loadSettings()
      .then(({ lang }) => {
        const badge = toolbarBadge(req.isReport, req.counts, lang);
        return Promise.all([
          action.setBadgeText({ tabId, text: badge.text }),
          badge.color ? action.setBadgeBackgroundColor({ tabId, color: badge.color }) : undefined,
          badge.title ? action.setTitle({ tabId, title: badge.title }) : undefined,
        ]);
      })
      .catch(() => undefined);
    sendResponse({ ok: true });
    return true;
  });

  // A new page in the tab starts with no badge until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void action.setBadgeText({ tabId, text: '' });
  });

  const sync = () => void syncContentScripts().catch((err) => console.warn('govreport: cannot register extra sites', err));
  browser.runtime.onStartup?.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
});
