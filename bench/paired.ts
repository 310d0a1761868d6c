/**
 * npm run bench:pair -- <git ref> [name…] — this checkout against an earlier commit, in paired runs: the test build
 * of each (the commit's built in a temporary worktree with this checkout's packages) loaded in a Chromium of its
 * own, the pages loaded in both alternately, and the median of the per-pair differences of main-thread CPU (trace
 * CPU, as `npm run bench:page`), and the medians of when each drew its first badges. On this 2-core machine a single `bench:page` figure moves by ±0.5 ms between
 * runs, which hides most single changes; a pair shares the machine's moment, and an A/A run differed by 0.03 ms.
 * PAIRS=21 for more pairs (11 by default); names filter the pages as in bench:page (default: seeds 001 and 004).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildTestExtension, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../tools/browser';
import { serveFixtures } from '../tools/server';
import { median, medianOrNull, pagesNamed, pageUrl, traced } from './browser';

const ROOT = resolve(import.meta.dirname, '..');
const [ref, ...names] = process.argv.slice(2);
if (!ref) {
  console.error('usage: npm run bench:pair -- <git ref> [page name…]');
  process.exit(2);
}
const PAIRS = Number(process.env.PAIRS ?? 11);
const pages = pagesNamed(names.length ? names : ['seed-001', 'seed-004']);

/** The test build of `ref`, copied out of a worktree that is removed again. */
function buildAt(commit: string, into: string): void {
  const tree = mkdtempSync(join(tmpdir(), 'govreport-pair-tree-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, stdio: 'pipe' });
  git('worktree', 'add', '--detach', tree, commit);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    buildTestExtension(tree);
    cpSync(join(tree, '.output/chrome-mv3-test'), into, { recursive: true });
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}

const dirs = mkdtempSync(join(tmpdir(), 'govreport-pair-'));
const [before, after] = [join(dirs, 'before'), join(dirs, 'after')];
buildAt(ref, before);
buildTestExtension();
cpSync(EXTENSION_DIR, after, { recursive: true });

const srv = await serveFixtures();
const browsers: ExtensionBrowser[] = [];
try {
  const a = await launchWithExtension(before);
  browsers.push(a);
  const b = await launchWithExtension(after);
  browsers.push(b);
  console.log(
    ['page', `${ref} ms`, 'this ms', 'this − ref, median of pairs', `first badges ${ref} ms`, 'this ms', 'pairs'].join(
      '\t',
    ),
  );
  for (const name of pages) {
    const { url, settleMs } = pageUrl(srv, name);
    const drawn: [(number | null)[], (number | null)[]] = [[], []];
    const cost = async (x: ExtensionBrowser) => {
      const c = await traced(x.ctx, url, 'ours', settleMs);
      drawn[x === a ? 0 : 1].push(c.firstDrawMs);
      return c.cpuMs;
    };
    const was: number[] = [];
    const now: number[] = [];
    // One load of each to warm up, then pairs in alternating order, so that neither side always goes first.
    await cost(a);
    await cost(b);
    for (let i = 0; i < PAIRS; i++) {
      if (i % 2) {
        now.push(await cost(b));
        was.push(await cost(a));
      } else {
        was.push(await cost(a));
        now.push(await cost(b));
      }
    }
    const diff = median(now.map((n, i) => n - was[i]!));
    const sign = diff > 0 ? '+' : '';
    const badges = drawn.map((d) => medianOrNull(d.slice(1))?.toFixed(0) ?? '—');
    console.log(
      [name, median(was).toFixed(2), median(now).toFixed(2), `${sign}${diff.toFixed(2)}`, ...badges, PAIRS].join('\t'),
    );
  }
} finally {
  for (const x of browsers) await x.close();
  await srv.close();
  rmSync(dirs, { recursive: true, force: true });
}
