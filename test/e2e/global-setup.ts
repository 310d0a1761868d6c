// Builds the test build (content script also on 127.0.0.1) once before the end-to-end tests load it.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'test'], { cwd: root, stdio: 'pipe' });
}
