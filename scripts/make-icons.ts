// Renders the extension's icon (an SVG drawn here: a table sheet with a check mark) to the PNG sizes the stores
// and browsers need, with Debian's Chromium. Run when the design changes: npx tsx scripts/make-icons.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchPlain } from '../tools/browser';

export const SIZES = [16, 32, 48, 96, 128];

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="24" fill="#b3261e"/>
  <rect x="26" y="20" width="64" height="84" rx="6" fill="#fff"/>
  <g stroke="#b3261e" stroke-width="5" stroke-linecap="round">
    <line x1="36" y1="40" x2="80" y2="40"/><line x1="36" y1="56" x2="80" y2="56"/><line x1="36" y1="72" x2="62" y2="72"/>
  </g>
  <circle cx="88" cy="88" r="26" fill="#1a7f37" stroke="#fff" stroke-width="6"/>
  <path d="M76 88 l9 9 l16 -18" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const out = join(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
const browser = await launchPlain();
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
