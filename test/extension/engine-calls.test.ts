// The functions the extension runs in the engine's world (sent as source, so they name the engine's key themselves).
import { afterEach, describe, expect, it } from 'vitest';
import { deliverFirstAnswer, deliverSettings, wakeEngine } from '../../extension/engine-calls';
import { ENGINE_API, type EngineApi } from '../../extension/page/lifecycle';

const scope = globalThis as Record<symbol, EngineApi | undefined>;
afterEach(() => {
  delete scope[ENGINE_API];
});

describe('the calls into the engine', () => {
  it('reach the engine by the key it leaves, and do nothing where there is none', () => {
    expect([deliverFirstAnswer('{"ok":true,"value":1}', 't'), deliverSettings({}), wakeEngine()]).toEqual([
      false,
      false,
      false,
    ]);
    const got: unknown[] = [];
    scope[ENGINE_API] = {
      answer: (e, token) => {
        got.push(['answer', e, token]);
        return token === 't1';
      },
      settings: (s) => void got.push(['settings', s]),
      status: () => undefined,
      listen: () => {
        got.push(['listen']);
        return true;
      },
    };
    // The answer travels as JSON: a null field (crossYear: null) arrives as null, not missing.
    expect(deliverFirstAnswer(JSON.stringify({ ok: true, value: { crossYear: null } }), 't1')).toBe(true);
    // The engine's own say: an answer for another engine's check is not taken.
    expect(deliverFirstAnswer('{"ok":true,"value":1}', 't2')).toBe(false);
    expect(deliverSettings({ lang: 'en' })).toBe(true);
    expect(wakeEngine()).toBe(true);
    expect(got).toEqual([
      ['answer', { ok: true, value: { crossYear: null } }, 't1'],
      ['answer', { ok: true, value: 1 }, 't2'],
      ['settings', { lang: 'en' }],
      ['listen'],
    ]);
  });

  it('import nothing: each is whole in its own source', () => {
    for (const fn of [deliverFirstAnswer, deliverSettings, wakeEngine]) {
      const run = new Function(`return (${fn.toString()})`)() as (...a: unknown[]) => unknown;
      expect(run('{"ok":true,"value":1}', 't')).toBe(false);
    }
  });
});
