// The overlay's script: the badges, the summary and the attachment notice (plain DOM, no framework). The background injects it
// when the engine has found something to draw; it hands its controllers to the engine waiting in the same
// isolated world (extension/page/overlay-loader.ts) and does nothing else.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OVERLAY_RECEIVER, type Scope } from '@/extension/page/lifecycle';
import type { PageUiFactory } from '@/extension/page/overlay';
import { OverlayController } from '@/components/overlay/controller';
import { AttachmentNoticeController } from '@/components/overlay/attachment-notice';

const createUi: PageUiFactory = (ctx, doc, actions) => ({
  overlay: new OverlayController(ctx, doc),
  notice: new AttachmentNoticeController(ctx, doc, actions.openDocument),
});

export default defineUnlistedScript(() => {
  (globalThis as Scope)[OVERLAY_RECEIVER]?.(createUi);
});
