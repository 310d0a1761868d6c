/**
 * The command line's pages per second on a generated batch (bench/batch.ts), next to pandas.read_html(flavor='lxml')
 * reading the same files in the same run: what someone who would not use the checker runs to merely pull the tables.
 * Both sides are timed as a user meets them, start-up included, alternately and five times each (medians), so
 * that a machine busy with other work slows both alike and the ratio stays meaningful; CPU time per page (GNU time,
 * where installed) is printed beside, the figure other work on the machine changes least.
 *
 * Where the CLI's CPU goes (2026-11-23, 320 pages, one thread, ≈ 9 ms/page): a fixed ≈ 0.75 s — Node and the
 * bundle ≈ 0.12 s, then V8 running the engine and parse5 unoptimised and compiling them (≈ 0.6 s, paid again by
 * every thread: hence no more threads than cores, cli/pool.ts) — and ≈ 7 ms a page once warm: parse ≈ 2.6, extract
 * and check ≈ 2.8 (core/), JSON ≈ 0.8, UTF-8 ≈ 0.3, decoding ≈ 0.2, reading ≈ 0.1. Two threads spend ≈ 0.8 s more
 * CPU than one (the second warm-up): 3.7 s against 2.9 s, and 2.0 s against 2.4 s of wall-clock time at a load of
 * about 3 (pandas: 3.6 s CPU, 3.5 s), 1.73× pandas; README, 命令行吞吐, has the table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBatch } from './batch';

const ROOT = join(import.meta.dirname, '..');
const PYTHON = '/usr/bin/python3';
const PAGES = 320;
// Five: with three, the 2-thread run's median moved by a quarter between runs on this 2-core machine (2026-12-07).
const ROUNDS = 5;

const PANDAS = `
import glob, sys
import pandas as pd
for f in sorted(glob.glob(sys.argv[1] + '/*.html')):
    try:
        pd.read_html(f, flavor='lxml')
    except ValueError:  # a page without tables
        pass
`;

const GNU_TIME = '/usr/bin/time';

/** Wall-clock seconds, and CPU seconds (user + system, all threads) where GNU time can tell them. */
function timed(command: string, args: string[]): { wall: number; cpu: number | undefined } {
  const withCpu = existsSync(GNU_TIME);
  const [cmd, argv] = withCpu ? [GNU_TIME, ['-f', 'cpu %U %S', command, ...args]] : [command, args];
  const t = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  // The checker exits 1 when a page has an error finding (the batch has some by design); anything else failed.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`);
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : undefined };
}

interface Run {
  wall: number;
  cpu: number | undefined;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function hasPandas(): boolean {
  return spawnSync(PYTHON, ['-c', 'import pandas, lxml'], { stdio: 'ignore' }).status === 0;
}

/** Rows for the bench's table: [measure, value, note]. */
export function cliThroughput(): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-batch-'));
  try {
    writeBatch(dir, PAGES);
    // Built before timing, as `npm run check` would have built it on its first run.
    spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
    const cli = (jobs: number) => ['scripts/check.mjs', '--json', `--jobs=${jobs}`, dir];
    const pandas = hasPandas();
    const runs = { all: [] as Run[], one: [] as Run[], pandas: [] as Run[] };
    for (let i = 0; i < ROUNDS; i++) {
      runs.all.push(timed(process.execPath, cli(availableParallelism())));
      runs.one.push(timed(process.execPath, cli(1)));
      if (pandas) runs.pandas.push(timed(PYTHON, ['-c', PANDAS, dir]));
    }
    const rate = (xs: Run[]) => PAGES / median(xs.map((x) => x.wall));
    // CPU per page is what a busy machine changes least: the cost itself, start-up included.
    const cpuSeconds = (xs: Run[]) => {
      const c = xs.map((x) => x.cpu).filter((x) => x !== undefined);
      return c.length ? median(c) : undefined;
    };
    const cpu = (xs: Run[]) => {
      const c = cpuSeconds(xs);
      return c === undefined ? '' : `${((c / PAGES) * 1000).toFixed(1)} ms CPU/page`;
    };
    const rows = [
      [
        `CLI pages/s, ${availableParallelism()} threads (read, parse, extract, check, JSON)`,
        rate(runs.all).toFixed(0),
        `${cpu(runs.all)}; ${PAGES} pages, median of ${ROUNDS}, start-up included`,
      ],
      ['CLI pages/s, one thread', rate(runs.one).toFixed(0), cpu(runs.one)],
    ];
    if (pandas) {
      rows.push([
        "pandas.read_html(flavor='lxml') pages/s (tables only)",
        rate(runs.pandas).toFixed(0),
        `${cpu(runs.pandas)}; same files, same run`,
      ]);
      rows.push(['CLI ÷ pandas', `${(rate(runs.all) / rate(runs.pandas)).toFixed(2)}×`, 'aim ≥ 2× on 2 cores']);
      // Pages per CPU second: what other work on the machine changes least (it changes the wall-clock ratio a lot).
      const [one, all, py] = [cpuSeconds(runs.one), cpuSeconds(runs.all), cpuSeconds(runs.pandas)];
      if (one && all && py) {
        rows.push([
          'CLI ÷ pandas, pages per CPU second',
          `${(py / one).toFixed(2)}× / ${(py / all).toFixed(2)}×`,
          `one thread / ${availableParallelism()} threads (a second thread warms up V8 again)`,
        ]);
      }
    } else {
      rows.push([
        "pandas.read_html(flavor='lxml')",
        'skipped',
        'needs python3 with pandas and lxml: apt-get install -y python3-pandas python3-lxml (or pip install pandas lxml)',
      ]);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
