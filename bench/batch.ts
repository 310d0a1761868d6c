/**
 * A batch of varied report pages for the throughput bench: the five seed reports in each CMS markup the fixture
 * renderer knows, with numbers changed (so some relations fail), tables split, pages padded with site chrome and
 * repeated prose (sizes from a few kB to a few hundred), some saved as GBK, plus the fixtures' non-report pages and
 * the real Shanghai 2019 page. Deterministic: the same files every run.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPage, type Style } from '../scripts/fixtures/render';
import { parseSeed, type Seed } from '../scripts/fixtures/seed';

const SEEDS = join(import.meta.dirname, '../scripts/fixtures/seeds');
const FIXTURES = join(import.meta.dirname, '../test/fixtures');
const STYLES: Style[] = ['word', 'trs', 'hanweb', 'flat', 'oneline'];

/** Park–Miller, as the fuzz tests use: the batch must not change between runs. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

/** A copy of the seed with about one number in `rate` changed and the narrative repeated `prose` times. */
function vary(seed: Seed, rnd: () => number, rate: number, prose: number): Seed {
  const blocks = seed.blocks.map((b) =>
    b.kind === 'table'
      ? {
          ...b,
          rows: b.rows.map((r) =>
            r.map((c) => (/^\d+$/.test(c.trim()) && rnd() < 1 / rate ? String(Math.floor(rnd() * 50)) : c)),
          ),
        }
      : b,
  );
  const extra = blocks.filter((b) => b.kind === 'p' && b.text.length > 40);
  for (let i = 1; i < prose; i++) blocks.push(...extra);
  return { ...seed, blocks };
}

/** Site chrome: a navigation list and a footer of links, as portals carry around every article. */
function chrome(links: number): string {
  const items = Array.from({ length: links }, (_, i) => `<li><a href="/col/${i}/">栏目${i}</a></li>`).join('');
  return `<div class="header"><ul class="menu">${items}</ul></div>`;
}

let gbkBytes: Map<string, number> | undefined;

/**
 * Text as GBK bytes, as an older portal saves its pages. Node decodes GBK but has no encoder, so the table is the
 * decoder's, read backwards (each character's first two-byte code). A character GBK lacks becomes a numeric
 * reference, as a CMS writes it.
 */
function encodeGbk(text: string): Uint8Array {
  if (!gbkBytes) {
    gbkBytes = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const c = decoder.decode(new Uint8Array([lead, trail]));
        if (trail !== 0x7f && c.length === 1 && c !== '\ufffd' && !gbkBytes.has(c))
          gbkBytes.set(c, (lead << 8) | trail);
      }
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const gbk = code < 0x80 ? code : gbkBytes.get(c);
    if (gbk === undefined) for (const ascii of `&#${code};`) bytes.push(ascii.charCodeAt(0));
    else if (gbk < 0x80) bytes.push(gbk);
    else bytes.push(gbk >> 8, gbk & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** Writes `count` pages (at least 300 for the bench) into `dir`; returns their paths. */
export function writeBatch(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(SEEDS)
    .sort()
    .map((f) => parseSeed(readFileSync(join(SEEDS, f), 'utf8')));
  const extras = readdirSync(FIXTURES).filter((f) => /^(not-report|corpus)-.*\.html$/.test(f));
  const files: string[] = [];
  const rnd = random(20261123);
  for (let i = 0; i < count; i++) {
    const name = join(dir, `page-${String(i).padStart(5, '0')}.html`);
    files.push(name);
    // One page in twelve is not a report or is a real one: list pages, news, a budget, Shanghai 2019.
    if (i % 12 === 11) {
      copyFileSync(join(FIXTURES, extras[((i / 12) % extras.length) | 0]!), name);
      continue;
    }
    const seed = seeds[i % seeds.length]!;
    const style = STYLES[Math.floor(i / seeds.length) % STYLES.length]!;
    const varied = vary(seed, rnd, 5 + Math.floor(rnd() * 60), 1 + Math.floor(rnd() * rnd() * 12));
    let html = renderPage(varied, {
      style,
      title: `${seed.titleLines.join('')}_政府信息公开年报`,
      pubDate: rnd() < 0.5 ? '2025-01-20' : undefined,
      splitT3After: rnd() < 0.3 ? 2 + Math.floor(rnd() * 4) : undefined,
      phantomT4Row: rnd() < 0.2,
    });
    html = html.replace('<body>', `<body>${chrome(Math.floor(rnd() * rnd() * 400))}`);
    // Older portals save GBK.
    writeFileSync(name, i % 10 === 3 ? encodeGbk(html.replace('charset="utf-8"', 'charset="gbk"')) : html);
  }
  return files;
}
