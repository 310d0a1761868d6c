// The overlay's script: the badges and the summary (plain DOM, no framework). The background injects it with a
// report's first answer, or when the engine asks; it hands its controller to the engine waiting in the same
// isolated world, or leaves it there for the engine to take (extension/page/overlay-loader.ts), and does nothing
// else.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OVERLAY_FACTORY, OVERLAY_RECEIVER, type Scope } from '@/extension/page/lifecycle';
import type { OverlayFactory } from '@/extension/page/overlay';
import { OverlayController } from '@/components/overlay/controller';

const createOverlay: OverlayFactory = (ctx, doc) => new OverlayController(ctx, doc);

export default defineUnlistedScript(() => {
  const scope = globalThis as Scope;
  const receive = scope[OVERLAY_RECEIVER];
  if (receive) receive(createOverlay);
  else scope[OVERLAY_FACTORY] = createOverlay;
});
