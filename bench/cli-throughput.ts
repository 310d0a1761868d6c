/**
 * The command line's pages per second on a generated batch (bench/batch.ts), next to pandas.read_html(flavor='lxml')
 * reading the same files in the same run: what someone who would not use the checker runs to merely pull the tables.
 * Both sides are timed as a user meets them, start-up included, alternately and three times each (medians), so
 * that a machine busy with other work slows both alike and the ratio stays meaningful.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBatch } from './batch';

const ROOT = join(import.meta.dirname, '..');
const PYTHON = '/usr/bin/python3';
const PAGES = 320;
const ROUNDS = 3;

const PANDAS = `
import glob, sys
import pandas as pd
for f in sorted(glob.glob(sys.argv[1] + '/*.html')):
    try:
        pd.read_html(f, flavor='lxml')
    except ValueError:  # a page without tables
        pass
`;

function seconds(command: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const s = (performance.now() - t) / 1000;
  // The checker exits 1 when a page has an error finding (the batch has some by design); anything else failed.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`);
  return s;
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
    const times = { all: [] as number[], one: [] as number[], pandas: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      times.all.push(seconds(process.execPath, cli(availableParallelism())));
      times.one.push(seconds(process.execPath, cli(1)));
      if (pandas) times.pandas.push(seconds(PYTHON, ['-c', PANDAS, dir]));
    }
    const rate = (xs: number[]) => PAGES / median(xs);
    const rows = [
      [
        `CLI pages/s, ${availableParallelism()} threads (read, parse, extract, check, JSON)`,
        rate(times.all).toFixed(0),
        `${PAGES} pages, median of ${ROUNDS}, start-up included`,
      ],
      ['CLI pages/s, one thread', rate(times.one).toFixed(0), ''],
    ];
    if (pandas) {
      rows.push([
        "pandas.read_html(flavor='lxml') pages/s (tables only)",
        rate(times.pandas).toFixed(0),
        'same files, same run',
      ]);
      rows.push(['CLI ÷ pandas', `${(rate(times.all) / rate(times.pandas)).toFixed(2)}×`, 'aim ≥ 2× on 2 cores']);
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
