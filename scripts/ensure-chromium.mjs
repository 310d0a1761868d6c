// Before `npm test`: the end-to-end tests need Debian's Chromium and a CJK font. Installs them with apt when
// missing and we may (root with apt-get), else says exactly what to run. Playwright's own browser download is
// never used: it cannot reach its servers here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const hasBrowser = browsers.some((p) => p && existsSync(p));
const hasFont = existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc');
if (hasBrowser && hasFont) process.exit(0);

const packages = 'chromium fonts-wqy-zenhei';
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  if (hasBrowser) process.exit(0); // Without the font only screenshots suffer.
  console.error(`The end-to-end tests need Chromium: sudo apt-get install -y ${packages} (or set CHROMIUM_PATH).`);
  process.exit(1);
}
console.log(`Installing ${packages} for the end-to-end tests…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
