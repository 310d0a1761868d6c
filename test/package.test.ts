// Store-ready packages: `npm run zip` makes the Chrome and Firefox zips, Mozilla's linter finds no errors in the
// Firefox build, the manifests ask only for what the features use, icons exist at every size, and the version
// is package.json's.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.output');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const manifest = (dir: string) => JSON.parse(readFileSync(join(OUT, dir, 'manifest.json'), 'utf8'));
const ICON_SIZES = ['16', '32', '48', '96', '128'];

beforeAll(() => {
  for (const zip of ['chrome', 'firefox', 'sources'])
    rmSync(join(OUT, `${pkg.name}-${pkg.version}-${zip}.zip`), { force: true });
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  execFileSync(process.execPath, [wxt, 'zip'], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(process.execPath, [wxt, 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

describe('packages', () => {
  it('npm run zip makes the Chrome and Firefox packages (and the sources for review)', () => {
    for (const zip of ['chrome', 'firefox', 'sources'])
      expect(existsSync(join(OUT, `${pkg.name}-${pkg.version}-${zip}.zip`)), zip).toBe(true);
  });

  it('the Firefox build passes web-ext lint with no errors', async () => {
    const webExt = (await import('web-ext')).default as {
      cmd: {
        lint(params: object, options: object): Promise<{ summary: { errors: number }; errors: { code: string }[] }>;
      };
    };
    const result = await webExt.cmd.lint(
      { sourceDir: join(OUT, 'firefox-mv2'), output: 'none', boring: true },
      { shouldExitProgram: false },
    );
    expect(result.errors.map((e) => e.code)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  }, 60_000);

  it('the manifests ask only for what the features use', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(chrome.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(chrome.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // No content script: the background looks only at pages whose title may be a report's (extension/tab-gate.ts).
    expect(chrome.content_scripts).toBeUndefined();
    expect(chrome.web_accessible_resources).toBeUndefined();
    const firefox = manifest('firefox-mv2');
    expect(firefox.permissions.sort()).toEqual(['*://*.gov.cn/*', 'activeTab', 'scripting', 'storage']);
    expect(firefox.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox shows the button on the toolbar, not hidden in the extensions menu; Chrome has no such key.
    expect(firefox.browser_action.default_area).toBe('navbar');
    expect(chrome.action.default_area).toBeUndefined();
  });

  it('has icons at every size and the version of package.json', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const m = manifest(dir);
      expect(m.version).toBe(pkg.version);
      expect(Object.keys(m.icons).sort((a, b) => Number(a) - Number(b))).toEqual(ICON_SIZES);
      for (const size of ICON_SIZES) {
        const png = readFileSync(join(OUT, dir, m.icons[size]));
        // PNG header: width and height as big-endian uint32 at bytes 16 and 20.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    }
  });
});
