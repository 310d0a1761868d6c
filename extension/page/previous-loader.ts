/**
 * 「获取上年度报告并比对」's code (extension/page/fetch-previous.ts and what it reads with: the links of a 年报
 * column, charsets), loaded when the user clicks, not with the engine: engine.js is compiled eagerly on every report
 * page, and this was a sixth of it. The background injects entrypoints/previous.ts into the same isolated world,
 * which hands the finder to the receiver left here; by the time the background answers, it has.
 */
import type { FetchPreviousYear } from './fetch-previous';
import { PREVIOUS_RECEIVER, type Scope } from './lifecycle';

export type FinderLoader = () => Promise<FetchPreviousYear>;

/** `request` asks the background for the script; a failed request, or a script that did not hand in, may be retried. */
export function previousFinder(scope: Scope, request: () => Promise<unknown>): FinderLoader {
  let loading: Promise<FetchPreviousYear> | undefined;
  return () => {
    loading ??= new Promise<FetchPreviousYear>((resolve, reject) => {
      let found: FetchPreviousYear | undefined;
      scope[PREVIOUS_RECEIVER] = (find) => {
        found = find;
      };
      request().then(
        () => {
          delete scope[PREVIOUS_RECEIVER];
          if (found) resolve(found);
          else reject(new Error('上年度报告的查找程序未能载入，请重试'));
        },
        (error: unknown) => {
          delete scope[PREVIOUS_RECEIVER];
          reject(error);
        },
      );
    }).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
