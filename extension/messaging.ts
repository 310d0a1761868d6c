/** Sending side of the protocol (core/protocol.ts): every answer is parsed before anyone uses it. */
import { browser } from 'wxt/browser';
import { AckSchema, ExportAnswerSchema, PageStateSchema, type Ack, type PageState, type Request } from './protocol';

export async function askTab(tabId: number, req: Extract<Request, { type: 'get-state' | 'recheck' | 'set-overlay' }>): Promise<PageState> {
  const raw = await browser.tabs.sendMessage(tabId, req);
  const parsed = PageStateSchema.safeParse(raw);
  if (!parsed.success) throw new Error('unexpected answer from the page');
  return parsed.data;
}

export async function tellTab(tabId: number, req: Extract<Request, { type: 'focus-finding' }>): Promise<Ack> {
  const parsed = AckSchema.safeParse(await browser.tabs.sendMessage(tabId, req));
  return parsed.success ? parsed.data : { ok: false, error: 'unexpected answer from the page' };
}

export async function exportFromTab(tabId: number): Promise<unknown> {
  const parsed = ExportAnswerSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'export' } satisfies Request));
  if (!parsed.success) throw new Error('unexpected answer from the page');
  if (!parsed.data.ok) throw new Error(parsed.data.error ?? 'no export');
  return parsed.data.data;
}

export async function reportStatus(status: Extract<Request, { type: 'status' }>): Promise<void> {
  try {
    await browser.runtime.sendMessage(status);
  } catch {
    // The background may be restarting; the toolbar badge is cosmetic and is refreshed on the next check.
  }
}
