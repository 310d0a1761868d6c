// Builds the test builds (content script also on 127.0.0.1) once before the end-to-end tests load them: Chromium's,
// and Firefox's when there is a Firefox to run it in.
import { buildTestExtension } from '../../tools/browser';
import { buildFirefoxTestExtension, firefoxPath } from '../../tools/firefox';

export default function setup(): void {
  buildTestExtension();
  if (firefoxPath()) buildFirefoxTestExtension();
}
