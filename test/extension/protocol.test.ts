import { expect, it } from 'vitest';
import { PageStateSchema, parseRequest } from '../../extension/protocol';

it('parses the requests of the protocol and drops anything else', () => {
  expect(parseRequest({ type: 'get-state' })).toEqual({ type: 'get-state' });
  expect(parseRequest({ type: 'focus-finding', index: 3 })).toEqual({ type: 'focus-finding', index: 3 });
  expect(parseRequest({ type: 'status', isReport: true, counts: { error: 1, warning: 0, info: 2 } })).toBeDefined();
  expect(parseRequest({ type: 'focus-finding', index: '3' })).toBeUndefined();
  expect(parseRequest({ type: 'set-overlay' })).toBeUndefined();
  expect(parseRequest({ type: 'eval', code: 'x' })).toBeUndefined();
  expect(parseRequest('get-state')).toBeUndefined();
  expect(parseRequest(null)).toBeUndefined();
});

it('tells a report state from a non-report state', () => {
  expect(PageStateSchema.safeParse({ isReport: false, url: 'u', reason: 'no-title', watching: false }).success).toBe(true);
  expect(PageStateSchema.safeParse({ isReport: true, url: 'u', reason: 'no-title', watching: false }).success).toBe(false);
});
