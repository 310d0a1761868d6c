import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { PAGE_CSS } from '@/components/popup/styles';

/** The tab to talk to: ?tabId= when opened as a page (tests, pinned), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);

void targetTab().then((tabId) => {
  const app = document.getElementById('app')!;
  if (tabId === undefined) app.textContent = '年报体检：没有可检查的标签页 / no tab to check';
  else render(<Popup tabId={tabId} />, app);
});
