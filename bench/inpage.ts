/**
 * npm run bench:page [name…] — the in-page table of npm run bench alone (bench/browser.ts), for quick before/after;
 * names filter the pages (e.g. `seed-001 50x20`).
 */
import { browserBench } from './browser';

const rows = await browserBench(process.argv.slice(2));
console.log(['page', 'cells', 'trace CPU ms', 'longest task ms', 'floor ms', 'own-world floor ms'].join('\t'));
for (const r of rows)
  console.log(
    [r.page, r.cells, r.ms, r.longestMs, r.floorMs, r.ownWorldFloorMs]
      .map((v, i) => (v === undefined ? '—' : typeof v === 'number' && i > 1 ? v.toFixed(2) : v))
      .join('\t'),
  );
