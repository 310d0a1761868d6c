// The attachment notice's script: the offer to check a report published as a file (「检查附件」), on a page with a
// report title and no report tables. Apart from the overlay's, which every report page loads and compiles, since
// few pages need this one. The background injects it when the engine has a file to offer; it hands its controller
// to the engine waiting in the same isolated world (extension/page/overlay-loader.ts) and does nothing else.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { NOTICE_RECEIVER, type Scope } from '@/extension/page/lifecycle';
import type { NoticeFactory } from '@/extension/page/overlay';
import { AttachmentNoticeController } from '@/components/overlay/attachment-notice';

const createNotice: NoticeFactory = (ctx, doc, actions) =>
  new AttachmentNoticeController(ctx, doc, actions.openDocument);

export default defineUnlistedScript(() => {
  (globalThis as Scope)[NOTICE_RECEIVER]?.(createNotice);
});
