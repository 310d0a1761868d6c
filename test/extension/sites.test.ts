import { beforeEach, describe, expect, it, vi } from 'vitest';

// The extension API as the background sees it: granted origins and registered scripts, in memory.
const state = vi.hoisted(() => ({
  origins: [] as string[],
  registered: [] as { id: string; matches: string[]; js: string[] }[],
}));
vi.mock('wxt/browser', () => ({
  browser: {
    permissions: { getAll: async () => ({ origins: state.origins, permissions: [] }) },
    scripting: {
      registerContentScripts: async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
        state.registered.push(...scripts);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.registered = state.registered.filter((s) => !ids.includes(s.id));
      },
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        state.registered.filter((s) => ids.includes(s.id)),
    },
  },
}));

const { extraSites, sitePattern, syncContentScripts } = await import('../../extension/sites');

beforeEach(() => {
  state.origins = [];
  state.registered = [];
});

describe('extra sites', () => {
  it('are the granted origins beyond gov.cn and the test hosts', async () => {
    state.origins = ['*://*.gov.cn/*', '*://www.example.org.cn/*', 'http://127.0.0.1/*', '*://*.example.org/*'];
    expect(await extraSites()).toEqual(['*://www.example.org.cn/*', '*://*.example.org/*']);
  });

  it('get the gate registered on them, and unregistered when the last one is removed', async () => {
    state.origins = ['*://*.gov.cn/*', '*://www.example.org.cn/*'];
    await syncContentScripts();
    expect(state.registered).toEqual([
      expect.objectContaining({ id: 'govreport-extra-sites', matches: ['*://www.example.org.cn/*'], js: ['gate.js'] }),
    ]);
    state.origins.push('*://data.example.org/*');
    await syncContentScripts();
    expect(state.registered).toHaveLength(1);
    expect(state.registered[0]!.matches).toEqual(['*://www.example.org.cn/*', '*://data.example.org/*']);
    state.origins = ['*://*.gov.cn/*'];
    await syncContentScripts();
    expect(state.registered).toEqual([]);
  });
});

it('turns what a user types into a match pattern for one site', () => {
  expect(sitePattern('www.example.org.cn')).toBe('*://www.example.org.cn/*');
  expect(sitePattern(' https://WWW.Example.org.cn/a/b?c#d ')).toBe('*://www.example.org.cn/*');
  expect(sitePattern('*.example.org')).toBe('*://*.example.org/*');
  expect(sitePattern('example.org:8080')).toBe('*://example.org/*');
  for (const bad of ['', 'not a host', '*', 'http://', 'a/b', '<all_urls>']) expect(sitePattern(bad)).toBeNull();
});
