// 「获取上年度报告并比对」's script: the finder of the same agency's report of the year before (fetched from the same
// site, scanned, read by the background). The background injects it when the user asks; it hands the finder to the
// engine waiting in the same isolated world (extension/page/previous-loader.ts) and does nothing else.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fetchPreviousYear } from '@/extension/page/fetch-previous';
import { PREVIOUS_RECEIVER, type Scope } from '@/extension/page/lifecycle';

export default defineUnlistedScript(() => {
  (globalThis as Scope)[PREVIOUS_RECEIVER]?.(fetchPreviousYear);
});
