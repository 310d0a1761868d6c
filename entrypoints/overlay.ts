// The overlay's script: the badges and the summary (plain DOM, no framework). The background injects it when the
// engine has a report to draw; it hands its controller to the engine waiting in the same isolated world
// (extension/page/overlay-loader.ts) and does nothing else.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OVERLAY_RECEIVER, type Scope } from '@/extension/page/lifecycle';
import type { OverlayFactory } from '@/extension/page/overlay';
import { OverlayController } from '@/components/overlay/controller';

const createOverlay: OverlayFactory = (ctx, doc) => new OverlayController(ctx, doc);

export default defineUnlistedScript(() => {
  (globalThis as Scope)[OVERLAY_RECEIVER]?.(createOverlay);
});
