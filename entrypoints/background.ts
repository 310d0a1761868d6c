// Background: the toolbar badge per tab from the content script's status, and the content-script registration
// for the extra sites the user granted on the options page.
import { browser } from 'wxt/browser';
import { parseRequest } from '@/core/protocol';
import { syncContentScripts } from '@/components/sites';
import { toolbarBadge } from '@/components/toolbar';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const req = parseRequest(raw);
    const tabId = sender.tab?.id;
    if (req?.type !== 'status' || tabId === undefined) return false;
    const badge = toolbarBadge(req.isReport, req.counts);
    void Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      badge.color ? action.setBadgeBackgroundColor({ tabId, color: badge.color }) : undefined,
      badge.title ? action.setTitle({ tabId, title: badge.title }) : undefined,
    ]).catch(() => undefined);
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
