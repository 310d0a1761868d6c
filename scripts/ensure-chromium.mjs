// Before the end-to-end tests (pretest, pretest:e2e): checks for Debian's Chromium and a CJK font, installs
// nothing. Missing Chromium fails (the e2e tests cannot run) with the command to run; a missing font only warns
// (the tests pass, the screenshots show boxes for Chinese text). .ci/run installs both. Playwright's own browser
// download is never used: it cannot reach its servers here.
import { existsSync } from 'node:fs';

const PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const BROWSERS = [process.env.CHROMIUM_PATH, ...PATHS];
const hasBrowser = BROWSERS.some((p) => p && existsSync(p));
const hasFont = existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc');

const missing = [hasBrowser ? '' : 'chromium', hasFont ? '' : 'fonts-wqy-zenhei'].filter(Boolean);
if (missing.length === 0) process.exit(0);

const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
const install = `${sudo}apt-get update && ${sudo}apt-get install -y ${missing.join(' ')}`;
if (!hasBrowser) {
  console.error(`The end-to-end tests need Chromium (or set CHROMIUM_PATH to one). Install it with:\n  ${install}`);
  process.exit(1);
}
console.warn(`The CJK font is missing (screenshots will show boxes for Chinese text). Install it with:\n  ${install}`);
