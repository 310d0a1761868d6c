import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../../extension/protocol';

// Message passing as Chromium does it: each listener in turn gets (message, sender, sendResponse); the first that
// returns true answers through sendResponse; with none, the send rejects.
type Listener = (message: unknown, sender: object, sendResponse: (answer: unknown) => void) => unknown;
const bus = vi.hoisted(() => ({ listeners: [] as Listener[], sender: { tab: { id: 7 }, frameId: 0 } }));

async function deliver(message: unknown): Promise<unknown> {
  const copy = JSON.parse(JSON.stringify(message)) as unknown;
  for (const listener of bus.listeners) {
    let answer: (value: unknown) => void = () => undefined;
    const answered = new Promise((resolve) => (answer = resolve));
    if (listener(copy, bus.sender, answer) === true) return answered;
  }
  throw new Error('Could not establish connection. Receiving end does not exist.');
}

vi.mock('../../extension/api', () => ({
  nativeBrowser: () => ({
    tabs: { sendMessage: (_tabId: number, message: unknown) => deliver(message) },
    runtime: { sendMessage: (message: unknown) => deliver(message) },
  }),
}));

const protocol = await import('../../extension/protocol');
const { BACKGROUND_ANSWERS, BACKGROUND_REQUESTS, ENGINE_REQUESTS, PageStateSchema } = protocol;
const { parseAnswer } = protocol;
const { parseRequest, unwrapAnswer } = await import('../../extension/wire');
const { messageListener, sendToRuntime } = await import('../../extension/messaging');
const { sendToTab } = await import('../../extension/send-to-tab');

const NOT_A_REPORT: PageState = { isReport: false, url: 'u', reason: 'no-title', watching: false };

beforeEach(() => {
  bus.listeners = [];
});

describe('a record sent to the background', () => {
  it('parses as a cross-year record; anything else is refused', () => {
    const record = {
      host: 'a.gov.cn',
      agency: '湘潭县卫生健康局',
      year: 2023,
      url: 'https://a.gov.cn/',
      formatVersion: '2021',
      fwd: { np: 1 },
      valid: {},
      s5: '',
    };
    const parse = (raw: object) => BACKGROUND_REQUESTS['year-record']({ type: 'year-record', ...raw });
    expect(parse({ record })).toEqual({ type: 'year-record', record });
    expect(parse({ record: { ...record, year: '2023' } })).toBeUndefined();
    expect(parse({})).toBeUndefined();
  });
});

describe('requests', () => {
  it('are parsed against the schemas of the context that answers them; anything else is dropped', () => {
    expect(parseRequest(ENGINE_REQUESTS, { type: 'get-state' })).toEqual({ type: 'get-state' });
    const focus = { type: 'focus-finding', index: 3 };
    expect(parseRequest(ENGINE_REQUESTS, focus)).toEqual(focus);
    const status = { type: 'status', isReport: true, counts: { error: 1, warning: 0, info: 2 } };
    expect(parseRequest(BACKGROUND_REQUESTS, status)).toEqual(status);
    expect(parseRequest(ENGINE_REQUESTS, status)).toBeUndefined();
    expect(parseRequest(BACKGROUND_REQUESTS, { type: 'get-state' })).toBeUndefined();
    for (const bad of [
      { type: 'focus-finding', index: '3' },
      { type: 'set-overlay' },
      { type: 'eval', code: 'x' },
      { type: 'toString' },
      'get-state',
      null,
      undefined,
    ]) {
      expect(parseRequest(ENGINE_REQUESTS, bad)).toBeUndefined();
    }
  });

  it("the engine's requests, checked by hand, keep only what their type carries", () => {
    expect(parseRequest(ENGINE_REQUESTS, { type: 'focus-finding', index: 2, extra: 'x' })).toEqual({
      type: 'focus-finding',
      index: 2,
    });
    expect(parseRequest(ENGINE_REQUESTS, { type: 'focus-finding', index: 1.5 })).toBeUndefined();
    expect(parseRequest(ENGINE_REQUESTS, { type: 'set-overlay', visible: 'no' })).toBeUndefined();
    expect(parseRequest(ENGINE_REQUESTS, { type: 'export', toTab: 4 })).toEqual({ type: 'export' });
    expect(parseRequest(ENGINE_REQUESTS, { type: 'hasOwnProperty' })).toBeUndefined();
  });

  it('a page state is either a report or a reason', () => {
    expect(PageStateSchema.safeParse(NOT_A_REPORT).success).toBe(true);
    expect(PageStateSchema.safeParse({ ...NOT_A_REPORT, isReport: true }).success).toBe(false);
  });
});

describe('answers', () => {
  it("arrive parsed with their type's schema; a failed handler's error becomes the sender's", async () => {
    const injected: string[] = [];
    const focus = vi.fn((index: number) => {
      if (index > 0) throw new Error(`no finding ${index}`);
      return NOT_A_REPORT;
    });
    bus.listeners.push(
      messageListener(BACKGROUND_REQUESTS, {
        'load-script': ({ part }, sender) => {
          injected.push(`${part} ${sender.tab?.id}`);
          return null;
        },
        status: () => null,
        'year-record': () => null,
        'open-document': () => null,
        'start-engine': () => null,
      }),
      messageListener(ENGINE_REQUESTS, {
        'get-state': () => NOT_A_REPORT,
        recheck: () => NOT_A_REPORT,
        'focus-finding': ({ index }) => focus(index),
        'set-overlay': async () => NOT_A_REPORT,
        export: () => {
          throw new Error('not a report');
        },
        'fetch-previous': () => NOT_A_REPORT,
      }) as Listener,
    );
    const state: PageState = await sendToTab(1, { type: 'get-state' });
    expect(state).toEqual(NOT_A_REPORT);
    expect(await sendToTab(1, { type: 'set-overlay', visible: false })).toEqual(NOT_A_REPORT);
    expect(await sendToTab(1, { type: 'focus-finding', index: 0 })).toEqual(NOT_A_REPORT);
    await expect(sendToTab(1, { type: 'focus-finding', index: 4 })).rejects.toThrow('no finding 4');
    await expect(sendToTab(1, { type: 'export' })).rejects.toThrow('not a report');
    expect(await sendToRuntime({ type: 'status', isReport: false, counts: null })).toBeNull();
    expect(await sendToRuntime({ type: 'load-script', part: 'notice' })).toBeNull();
    expect(injected).toEqual(['notice 7']);
    // A part the background has no script for is refused before any handler runs.
    await expect(sendToRuntime({ type: 'load-script', part: 'other' } as never)).rejects.toThrow();
    expect(injected).toEqual(['notice 7']);
  });

  it('reject when nobody answers, or the answer does not fit its schema', async () => {
    await expect(sendToTab(1, { type: 'get-state' })).rejects.toThrow(/Receiving end does not exist/);
    const wrongAnswer = { ok: true, value: { isReport: true } };
    bus.listeners.push((_message, _sender, sendResponse) => {
      sendResponse(wrongAnswer);
      return true;
    });
    await expect(sendToTab(1, { type: 'get-state' })).rejects.toThrow('unexpected answer to get-state');
    expect(() => parseAnswer('export', PageStateSchema, undefined)).toThrow('no valid answer to export');
    expect(() => unwrapAnswer('status', { ok: 'yes' })).toThrow('no valid answer to status');
    expect(() => unwrapAnswer('status', { ok: false })).toThrow('status failed');
    expect(unwrapAnswer('year-record', { ok: true, value: null })).toBeNull();
  });

  it('a malformed request gets no answer at all', async () => {
    const getState = vi.fn(() => NOT_A_REPORT);
    const listener = messageListener(ENGINE_REQUESTS, {
      'get-state': getState,
      recheck: getState,
      'focus-finding': getState,
      'set-overlay': getState,
      export: vi.fn(),
      'fetch-previous': getState,
    });
    expect(listener({ type: 'focus-finding', index: 'x' }, {}, vi.fn())).toBe(false);
    expect(getState).not.toHaveBeenCalled();
  });

  it("work in WXT's fake browser too, where the answer is the listener's returned promise", async () => {
    fakeBrowser.reset();
    const load = vi.fn(() => null);
    const listener = messageListener(BACKGROUND_REQUESTS, {
      'load-script': load,
      status: load,
      'year-record': load,
      'open-document': load,
      'start-engine': load,
    });
    fakeBrowser.runtime.onMessage.addListener(listener);
    const raw = await fakeBrowser.runtime.sendMessage({ type: 'load-script', part: 'overlay' });
    expect(parseAnswer('load-script', BACKGROUND_ANSWERS['load-script'], raw)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
