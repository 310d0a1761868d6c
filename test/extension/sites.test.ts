import { beforeEach, describe, expect, it, vi } from 'vitest';

// The extension API as the options page sees it: granted origins, in memory.
const state = vi.hoisted(() => ({ origins: [] as string[] }));
vi.mock('wxt/browser', () => ({
  browser: {
    permissions: { getAll: async () => ({ origins: state.origins, permissions: [] }) },
  },
}));

const { extraSites, sitePattern } = await import('../../extension/sites');

beforeEach(() => {
  state.origins = [];
});

describe('extra sites', () => {
  it('are the granted origins beyond gov.cn and the test hosts', async () => {
    state.origins = ['*://*.gov.cn/*', '*://www.example.org.cn/*', 'http://127.0.0.1/*', '*://*.example.org/*'];
    expect(await extraSites()).toEqual(['*://www.example.org.cn/*', '*://*.example.org/*']);
  });
});

it('turns what a user types into a match pattern for one site', () => {
  expect(sitePattern('www.example.org.cn')).toBe('*://www.example.org.cn/*');
  expect(sitePattern(' https://WWW.Example.org.cn/a/b?c#d ')).toBe('*://www.example.org.cn/*');
  expect(sitePattern('*.example.org')).toBe('*://*.example.org/*');
  expect(sitePattern('example.org:8080')).toBe('*://example.org/*');
  for (const bad of ['', 'not a host', '*', 'http://', 'a/b', '<all_urls>']) expect(sitePattern(bad)).toBeNull();
});
