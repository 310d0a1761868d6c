/**
 * npm run bench:page [name…] — the in-page table of npm run bench alone (bench/browser.ts), for quick before/after;
 * names filter the pages (e.g. `seed-001 50x20`). Times are counted from when the page's parse began (a few ms after
 * its navigation, on the local server).
 */
import { browserBench } from './browser';

const rows = await browserBench(process.argv.slice(2));
console.log(
  [
    'page',
    'cells',
    'trace CPU ms',
    'longest task ms',
    'of the CPU compiling ms',
    'floor ms',
    'own-world floor ms',
    'first badges ms',
    'worker stopped ms',
    'load ms',
    'load without ms',
    'heap MB',
    'heap without MB',
  ].join('\t'),
);
for (const r of rows)
  console.log(
    [
      r.page,
      r.cells,
      r.ms,
      r.longestMs,
      r.compileMs,
      r.floorMs,
      r.ownWorldFloorMs,
      r.firstDrawMs,
      r.stoppedWorkerDrawMs,
      r.loadMs,
      r.plainLoadMs,
      r.heapMb,
      r.plainHeapMb,
    ]
      .map((v, i) => (v === undefined || v === null ? '—' : typeof v === 'number' && i > 1 ? v.toFixed(2) : v))
      .join('\t'),
  );
