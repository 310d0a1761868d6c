import { describe, expect, it } from 'vitest';
import { fetchPreviousYear } from '../../extension/page/fetch-previous';
import { PREVIOUS_RECEIVER, type Scope } from '../../extension/page/lifecycle';
import { previousFinder } from '../../extension/page/previous-loader';

/** A background that injects the finder's script (it hands the finder in) or fails, as told. */
function background(scope: Scope, answers: ('inject' | 'fail' | 'nothing')[]) {
  let asked = 0;
  const request = async () => {
    const answer = answers[asked++];
    if (answer === 'fail') throw new Error('Receiving end does not exist');
    if (answer === 'inject') scope[PREVIOUS_RECEIVER]?.(fetchPreviousYear);
    return null;
  };
  return { request, asked: () => asked };
}

describe('previousFinder (「获取上年度报告并比对」 loaded on the click)', () => {
  it('asks for the script once, however many clicks wait for it, and leaves no receiver behind', async () => {
    const scope: Scope = {};
    const bg = background(scope, ['inject']);
    const load = previousFinder(scope, bg.request);
    expect(scope[PREVIOUS_RECEIVER]).toBeUndefined();
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(fetchPreviousYear);
    expect(b).toBe(fetchPreviousYear);
    expect(await load()).toBe(fetchPreviousYear);
    expect(bg.asked()).toBe(1);
    expect(scope[PREVIOUS_RECEIVER]).toBeUndefined();
  });

  it('says so when the background fails or the script does not hand the finder in, and asks again next time', async () => {
    const scope: Scope = {};
    const bg = background(scope, ['fail', 'nothing', 'inject']);
    const load = previousFinder(scope, bg.request);
    await expect(load()).rejects.toThrow('Receiving end does not exist');
    await expect(load()).rejects.toThrow('上年度报告的查找程序未能载入');
    expect(scope[PREVIOUS_RECEIVER]).toBeUndefined();
    expect(await load()).toBe(fetchPreviousYear);
    expect(bg.asked()).toBe(3);
  });
});
