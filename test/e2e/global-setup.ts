// Builds the test build (content script also on 127.0.0.1) once before the end-to-end tests load it.
import { buildTestExtension } from '../../tools/browser';

export default function setup(): void {
  buildTestExtension();
}
