/**
 * Tables drawn without ruling lines (Word/WPS tables with hidden borders, typeset PDFs), read from where their text
 * stands. A report's tables have a shape the reading can lean on: labels on the left, numbers standing apart on
 * their right, each number a cell of its own, a row's label wrapped over lines around its numbers (cells are
 * centred), a block of labels opened by its own numbering (一、 （一） 1.). So:
 * - a row is a line of numbers; the label blocks beside it (by their vertical extent) are its label cells; a
 *   numbered label beside no numbers is a row whose cells are all blank;
 * - other blocks beside no numbers are header rows (the column heads, 表二's block captions and sub-heads); a
 *   group's label over its numbered items becomes a cell spanning their rows, as a ruled table has it;
 * - the columns are the lowest heads over the numbers, or the fullest rows', or atop a page the columns of the table
 *   at the foot of the page before; a row with fewer numbers is placed by their alignment, and where that fails it
 *   is marked doubtful (`doubtful`), so that the check says the table was not read whole (core/reading.ts)
 *   instead of checking a guess.
 * Which row and column each cell is, the engine's mapping says, as for any other table.
 */
import { matchHeading } from '../sections';
import { leastSure, type PdfText } from './pdf-layout';
import type { PdfCell, PdfTable } from './pdf-tables';
import { joinRuns, linesOf, OPENS, type Line } from './pdf-text';
import { T2_COLS, T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../vocabulary';

/** A table number: 12, 0, 3.5, -2, 5949.088667, 251000元 (full-width digits as the page shows them). */
export const NUMBER = /^[-+]?\d+(\.\d+)?(万?元|%)?$/;
const isNumber = (s: string) => NUMBER.test(s.normalize('NFKC').trim());

/** Points within which two positions are the same edge. */
const EDGE_TOL = 3;

interface ValueLine {
  line: Line;
  values: PdfText[];
  /** Where its numbers begin: label text stands left of it. */
  firstX: number;
  mid: number;
}

/** Label text of one cell: fragments at one left edge, one under the other, the first opening the block. */
interface Block {
  items: PdfText[];
  x: number;
  top: number;
  bottom: number;
}

/** Where a block's text ends on the right. */
const rightOf = (b: Block) => Math.max(...b.items.map((t) => t.x + t.w));
/** An item's horizontal centre. */
const centreX = (t: PdfText) => t.x + t.w / 2;

/** Of `list`, the one whose `midOf` is nearest `mid` (the first of equals). */
function nearest<T>(list: readonly T[], mid: number, midOf: (x: T) => number): T {
  return list.reduce((a, b) => (Math.abs(midOf(b) - mid) < Math.abs(midOf(a) - mid) ? b : a));
}

/**
 * Each number at the slot whose position is nearest its own (`at`: the edge or centre it is measured by), one number
 * a slot and none farther than `tol`; with the total distance, or undefined where that fails.
 */
function slotsByNearest(
  values: PdfText[],
  positions: number[],
  at: (t: PdfText) => number,
  tol: number,
): { slots: (PdfText | undefined)[]; cost: number } | undefined {
  if (!positions.length) return undefined;
  const slots: (PdfText | undefined)[] = positions.map(() => undefined);
  let cost = 0;
  for (const v of values) {
    const k = positions.indexOf(nearest(positions, at(v), (p) => p));
    const d = Math.abs(positions[k]! - at(v));
    if (d > tol || slots[k]) return undefined;
    slots[k] = v;
    cost += d;
  }
  return { slots, cost };
}

/** The national tables' column heads, as printed. */
const FORM_HEADS = new Set(
  [T3_COLUMNS, T4_GROUPS, T4_COLUMNS, T2_COLS]
    .flatMap((set) => Object.values(set).map((h) => h.zh))
    .filter((zh) => !/[（(]/.test(zh)),
);

const isHead = (t: PdfText) => FORM_HEADS.has(t.str.trim());

/** A glyph's width in ems, near enough: Chinese characters and full-width forms take a whole one, others half. */
const ems = (s: string) =>
  [...s].reduce((n, ch) => n + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 1 : 0.5), 0);

/**
 * A run of text that a PDF writer made of several cells' texts ("本年废止件数 现行有效件数", "行政规范性文件 0",
 * "0 0 0"), back into one item a cell. Words stand apart by more than a space where they are two cells: where the
 * run is wider than its glyphs by less than about half an em a space, its spaces are a cell's own ("结果 维持").
 * `always`: a ruled table, whose rules say which cell each part is in.
 */
export function cellsOfRun(t: PdfText, always = false): PdfText[] {
  const parts = [...t.str.matchAll(/\S+/g)];
  if (parts.length < 2) return [t];
  const em = t.h;
  const glyphs = parts.reduce((n, m) => n + ems(m[0]), 0) * em;
  const gap = (t.w - ems(t.str.slice(t.str.trimEnd().length)) * em - glyphs) / (parts.length - 1);
  // Numbers after a label, or nothing but numbers, are cells of their own however close they stand.
  const numbers = parts.map((m) => isNumber(m[0]));
  const first = numbers.indexOf(true);
  const trailing = first >= 0 && numbers.slice(first).every(Boolean);
  // The form's own column heads run together by a writer whose cells are as narrow as their words.
  const heads = parts.every((m) => FORM_HEADS.has(m[0]));
  if (!always && !trailing && !heads && gap < em * 0.6) return [t];
  const out: PdfText[] = [];
  let x = t.x;
  for (const [k, m] of parts.entries()) {
    // The first number run into the label before it ("行政事业性收费0 0"): two cells.
    const glued = trailing && k === first - 1 ? /^(.*\p{Script=Han})(\d+(?:\.\d+)?)$/u.exec(m[0]) : null;
    for (const str of glued ? [glued[1]!, glued[2]!] : [m[0]]) {
      const w = ems(str) * em;
      out.push({ ...t, str, x, w });
      x += w;
    }
    x += Math.max(gap, 0);
  }
  return out;
}

/**
 * A number its narrow column wrapped ("２" over "０" for 20: full-width digits break like Chinese text), joined again:
 * digits at one left edge, one line right under the other, with the row's other numbers on a line between them.
 */
function joinStackedNumbers(items: PdfText[], source: Map<PdfText, Line[]>): PdfText[] {
  const numbers = items.filter((t) => isNumber(t.str));
  const mid = (t: PdfText) => t.y + t.h / 2;
  const rowBetween = (a: PdfText, b: PdfText) =>
    numbers.some((m) => Math.abs(m.x - a.x) > 1 && mid(m) > mid(a) && mid(m) < mid(b));
  const stack = [...numbers].sort((a, b) => a.y - b.y);
  const gone = new Set<PdfText>();
  const joined: PdfText[] = [];
  for (const first of stack) {
    if (gone.has(first)) continue;
    let cur = first;
    for (const next of stack) {
      if (gone.has(next) || next === cur || next.y <= cur.y) continue;
      if (Math.abs(next.x - cur.x) > 1 || next.y - (cur.y + cur.h) > cur.h * 0.45 || !rowBetween(cur, next)) continue;
      const both: PdfText = {
        str: cur.str.trim() + next.str.trim(),
        x: cur.x,
        y: cur.y,
        w: Math.max(cur.w, next.w),
        h: next.y + next.h - cur.y,
        ...sureOf([cur, next]),
      };
      source.set(both, [...source.get(cur)!, ...source.get(next)!]);
      gone.add(cur).add(next);
      cur = both;
    }
    if (cur !== first) joined.push(cur);
  }
  return [...items.filter((t) => !gone.has(t)), ...joined];
}

/** The numbers of a line that stand right of its text, or none when the line reads as a sentence. */
function standingNumbers(line: Line): PdfText[] {
  // A number item of its own (a writer's run breaks at a change of font, so "申请" "20" "件" may be three): a label
  // may reach right up to it, but a sentence goes on after it, which the check below turns away.
  const values = line.items.filter((t) => isNumber(t.str));
  if (!values.length) return [];
  // In a table the numbers stand right of every label; text after them is a sentence ("共12件").
  const first = values[0]!;
  if (line.items.some((t) => !isNumber(t.str) && t.x > first.x)) return [];
  return values;
}

/**
 * A line of running text: long, its parts touching (a table's header cells stand apart by their padding, however
 * narrow the columns, and where a PDF writer joined them into one run, by spaces between Chinese words).
 */
function isProse(line: Line): boolean {
  if (line.text.replace(/\s+/g, '').length < 20 || /\p{Script=Han}\s+\p{Script=Han}/u.test(line.text)) return false;
  if (line.items.length > 1 && line.items.every(isHead)) return false;
  for (let i = 1; i < line.items.length; i++) {
    const [a, b] = [line.items[i - 1]!, line.items[i]!];
    if (b.x - (a.x + a.w) > Math.min(a.h, b.h) * 0.25) return false;
  }
  return true;
}

/**
 * A line that ends a table: a section heading ("四、政府信息公开行政复议、行政诉讼情况"), or running text that
 * reaches over the numbers' columns (a long label wraps within its own column, left of them).
 */
const endsTable = (line: Line, numbersFrom: number) =>
  !!matchHeading(line.text) || (isProse(line) && line.x + line.w > numbersFrom - EDGE_TOL);

/**
 * Lines further apart than this many line heights are not one table's: text in a padded cell stands up to about 2.5
 * line heights from the next row's (more with a rule between), a paragraph after a table further.
 */
const APART = 3;

/** A table's single row of numbers (表四) stands under header lines; one such line alone is no table. */
const MIN_SINGLE_ROW = 5;

/** The lines of each table on a page: runs of lines around lines of numbers, with the header lines above them. */
function runs(lines: Line[]): { lines: Line[]; values: Map<Line, PdfText[]> }[] {
  const values = new Map<Line, PdfText[]>();
  for (const l of lines) {
    const v = standingNumbers(l);
    if (v.length) values.set(l, v);
  }
  const numbersFrom = (l: Line) => values.get(l)![0]!.x;
  const out: { lines: Line[]; values: Map<Line, PdfText[]> }[] = [];
  const close = (at: number, to: number) => {
    // Header lines above the first line of numbers: up to a heading, a sentence or a gap.
    let first = at;
    while (first > 0) {
      const [above, below] = [lines[first - 1]!, lines[first]!];
      if (
        values.has(above) ||
        endsTable(above, numbersFrom(lines[at]!)) ||
        below.y - (above.y + above.h) > above.h * APART
      )
        break;
      first--;
    }
    // The last row's label wrapped under its numbers ("四、结转下年度继续办" | "理"): closely below, left of them.
    const lastRow = [...lines.slice(at, to + 1)].reverse().find((l) => values.has(l));
    while (lastRow && to + 1 < lines.length) {
      const [above, below] = [lines[to]!, lines[to + 1]!];
      const numbersAt = numbersFrom(lastRow);
      if (values.has(below) || endsTable(below, numbersAt) || below.x + below.w > numbersAt) break;
      if (below.y - (above.y + above.h) > below.h * 0.6) break;
      to++;
    }
    const own = lines.slice(first, to + 1);
    const counted = own.filter((l) => values.has(l));
    // A single row: under a head line of cells standing apart (表二's 信息内容｜本年处理决定数量 over 行政许可), or
    // of many numbers under header lines or atop a page (表四's, its heads at the foot of the page before).
    const many = values.get(counted[0]!)?.length ?? 0;
    const headed = lines.slice(first, at).some((l) => cellsIn(l) >= 2);
    const single = counted.length === 1 && (headed || ((first < at || at === 0) && many >= MIN_SINGLE_ROW));
    if (counted.length >= 2 || single) out.push({ lines: own, values });
  };
  let start = -1;
  let last = -1;
  // Where the numbers of the last row began: a label wrapping below it stays left of there.
  let numbersAt = Infinity;
  // The widest gap between lines of the table so far: rows spaced that far apart (tall cells, blank rows) are its own.
  let spacing = 0;
  const gapAbove = (i: number) => lines[i]!.y - (lines[i - 1]!.y + lines[i - 1]!.h);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (values.has(line)) {
      if (start < 0) [start, spacing] = [i, 0];
      else spacing = Math.max(spacing, gapAbove(i));
      last = i;
      numbersAt = numbersFrom(line);
      continue;
    }
    if (start < 0) continue;
    const far = gapAbove(i) > Math.max(line.h * APART, spacing * 1.25);
    spacing = Math.max(spacing, gapAbove(i));
    if (far || endsTable(line, numbersAt)) {
      // Labels alone at the foot of the page, left of the numbers, are rowspan cells' texts centred over rows that
      // go on on the next page ("（三）不予公开"): they stay with the table.
      const rest = lines.slice(i);
      const foot = rest.every((l) => !values.has(l) && !endsTable(l, numbersAt) && l.x + l.w < numbersAt);
      close(start, foot ? lines.length - 1 : last);
      start = -1;
      if (foot) break;
    }
  }
  // A table still open at the foot of the page keeps the header lines it ends with: the next block's caption and
  // heads, whose rows begin on the next page.
  if (start >= 0) close(start, lines.length - 1);
  else {
    // A table's heads alone at the foot of the page, its rows on the next: lines of cells standing apart, and among
    // them a head wrapped onto a line of its own ("结果 维持" under 未经复议直接起诉), not a sentence's end.
    const headLine = (l: Line) => cellsIn(l) >= 2 || (l.text.length <= 12 && !/[。；：！？]$/.test(l.text));
    let headsFrom = lines.length;
    while (headsFrom > 0) {
      const l = lines[headsFrom - 1]!;
      const next = lines[headsFrom];
      if (values.has(l) || endsTable(l, Infinity) || !headLine(l)) break;
      if (next && next.y - (l.y + l.h) > l.h * APART) break;
      headsFrom--;
    }
    const heads = lines.slice(headsFrom);
    if (heads.length >= 2 && heads.some((l) => cellsIn(l) >= 3)) out.push({ lines: heads, values });
  }
  return out;
}

/** How many cells a line's text stands in: runs of items with a gap wider than a third of a character between. */
function cellsIn(line: Line): number {
  let n = 0;
  line.items.forEach((t, i) => {
    const prev = line.items[i - 1];
    if (!prev || t.x - (prev.x + prev.w) > t.h * 0.3 || (isHead(t) && isHead(prev))) n++;
  });
  return n;
}

/** What else stands on a fragment's line: numbers (a row), other text cells (a header line), or nothing. */
type LineKind = 'row' | 'header' | 'alone';

/**
 * Text that opens a cell of its own: its own numbering (一、 （一） 1.), and 表二's block captions and heads, which
 * carry none (第二十条第（五）项, 信息内容).
 */
const T2_HEAD = /^第[一二三四五六七八九十]+条|^信息内容$/;
const OPENS_CELL = (s: string) => OPENS.test(s) || T2_HEAD.test(s);

/**
 * Label fragments into blocks. A fragment continues the block above it at the same left edge when it follows
 * closely and opens no cell of its own, unless the two belong to different lines of a row or a header: a row's label
 * does not run into the next row's, nor a header into a row.
 */
function blocksOf(items: PdfText[], kindOf: (t: PdfText) => LineKind, lineOf: Map<PdfText, Line>): Block[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const mine = new Set(items);
  const labelRight = (t: PdfText) => lineOf.get(t)!.items.some((o) => mine.has(o) && o.x > t.x + t.w);
  const blocks: Block[] = [];
  for (const t of sorted) {
    const host = OPENS_CELL(t.str.trim())
      ? undefined
      : blocks.find((b) => {
          const last = b.items[b.items.length - 1]!;
          const [was, is] = [kindOf(last), kindOf(t)];
          // Two rows' labels are two cells, unless both stand left of the rows' own labels: a group's label
          // centred over them, wrapped ("（三）不" | "予公开").
          const group = labelRight(last) && labelRight(t);
          const apart =
            (was === 'row' && is !== 'alone' && lineOf.get(last) !== lineOf.get(t) && !group) ||
            (was === 'header' && is === 'row');
          // One left edge, or for a head centred in its cell ("本年新" over "制作数量") one centre, unless the head
          // above stands over several (复议后起诉 over its five columns).
          const under = (i: PdfText) =>
            lineOf.get(t)!.items.filter((o) => mine.has(o) && o.x < i.x + i.w && o.x + o.w > i.x).length;
          const aligned =
            Math.abs(b.x - t.x) <= EDGE_TOL ||
            (was !== 'row' && is !== 'row' && Math.abs(centreX(last) - centreX(t)) <= EDGE_TOL && under(last) === 1);
          return aligned && t.y - b.bottom >= -t.h / 2 && t.y - b.bottom <= t.h * 0.6 && !apart;
        });
    if (host) {
      host.items.push(t);
      host.bottom = Math.max(host.bottom, t.y + t.h);
    } else blocks.push({ items: [t], x: t.x, top: t.y, bottom: t.y + t.h });
  }
  return blocks;
}

function blockText(b: Block): string {
  let text = '';
  let prev: PdfText | undefined;
  for (const t of [...b.items].sort((p, q) => p.y - q.y || p.x - q.x)) {
    text = joinRuns(text, t.str.trim(), prev && Math.abs(prev.y - t.y) < t.h / 2 ? t.x - (prev.x + prev.w) : 0, t.h);
    prev = t;
  }
  return text;
}

/** A scan's reading's certainty, where the text was read from one (pdf-layout's leastSure). */
const sureOf = (items: readonly PdfText[]) => {
  const confidence = leastSure(items);
  return confidence === undefined ? {} : { confidence };
};

function blockCell(b: Block): PdfCell {
  const box = { x: b.x, y: b.top, w: rightOf(b) - b.x, h: b.bottom - b.top };
  return { text: blockText(b), rowSpan: 1, colSpan: 1, ...box, ...sureOf(b.items) };
}

const valueCell = (t: PdfText): PdfCell => ({
  text: t.str.trim(),
  rowSpan: 1,
  colSpan: 1,
  x: t.x,
  y: t.y,
  w: t.w,
  h: t.h,
  ...sureOf([t]),
});

/**
 * The slots of a full row that a shorter row's numbers stand in, by the edge the column aligns its numbers on
 * (left, centre or right); undefined when no full row takes every number at one slot of its own.
 */
function place(values: PdfText[], full: PdfText[][]): (PdfText | undefined)[] | undefined {
  const edges = [(t: PdfText) => t.x, centreX, (t: PdfText) => t.x + t.w];
  let best: { slots: (PdfText | undefined)[]; cost: number } | undefined;
  for (const model of full) {
    for (const edge of edges) {
      const placed = slotsByNearest(values, model.map(edge), edge, EDGE_TOL);
      if (placed && (!best || placed.cost < best.cost)) best = placed;
    }
  }
  return best?.slots;
}

/** A row of the table: its label cells (then its numbers), or a header row (and the blocks it was made of). */
type Row = { top: number; cells: PdfCell[]; value?: ValueLine; heads?: Block[] };

const blankCell = (y: number): PdfCell => ({ text: '', rowSpan: 1, colSpan: 1, x: 0, y, w: 0, h: 0 });

/**
 * Rows with no number at all ("2.其他法律行政法规禁止公开" where every cell is blank): label blocks below the first
 * row of numbers, left of them, standing where the rows' own labels stand (or numbered as items), not on a header
 * line nor a caption of 表二. Each becomes a row of numbers with none.
 */
function blankRowsOf(blocks: Block[], valueLines: ValueLine[], labels: Map<ValueLine, Block[]>): Map<Block, ValueLine> {
  const out = new Map<Block, ValueLine>();
  if (!valueLines.length) return out;
  const top = Math.min(...valueLines.map((v) => v.mid));
  const own = [...labels.values()].map((bs) => bs.reduce((a, b) => (b.x > a.x ? b : a)).x);
  for (const b of blocks) {
    const mid = (b.top + b.bottom) / 2;
    const text = blockText(b);
    // Above the first numbers only a numbered item (atop a page, the rows going on from the page before).
    if (mid < top && !ITEM.test(text)) continue;
    const near = nearest(valueLines, mid, (v) => v.mid);
    if (rightOf(b) > near.firstX + EDGE_TOL) continue;
    // A label opened by （三） or 三、 may be a group's over its items: spanGroups decides.
    if (!ITEM.test(text) && (OPENS.test(text) || !own.some((x) => Math.abs(x - b.x) <= EDGE_TOL))) continue;
    const row: ValueLine = { line: near.line, values: [], firstX: near.firstX, mid };
    out.set(b, row);
    labels.set(row, [b]);
  }
  return out;
}

/**
 * A head whose words stand over as many columns of numbers below it, one word a column ("本年制发件数 本年废止件数
 * 现行有效件数" run together by its writer), is that many heads.
 */
function splitHeads(heads: Block[], valueLines: ValueLine[]): void {
  for (let i = heads.length - 1; i >= 0; i--) {
    const b = heads[i]!;
    if (b.items.length !== 1) continue;
    const words = [...b.items[0]!.str.matchAll(/\S+/g)];
    if (words.length < 2) continue;
    const right = b.x + b.items[0]!.w;
    // The columns of its own block of rows: down to the next head.
    const end = Math.min(...heads.filter((h) => h.top >= b.bottom).map((h) => h.top));
    const centres: number[] = [];
    for (const v of valueLines) {
      if (v.mid < b.bottom || v.mid > end) continue;
      for (const t of v.values) {
        const c = centreX(t);
        if (c >= b.x - EDGE_TOL && c <= right + EDGE_TOL && !centres.some((o) => Math.abs(o - c) <= EDGE_TOL))
          centres.push(c);
      }
    }
    if (centres.length !== words.length) continue;
    centres.sort((p, q) => p - q);
    const parts = cellsOfRun(b.items[0]!, true).map((t, k) => ({ ...t, x: Math.max(b.x, centres[k]! - t.w / 2) }));
    heads.splice(i, 1, ...parts.map((t) => ({ items: [t], x: t.x, top: b.top, bottom: b.bottom })));
  }
}

/**
 * The lowest heads over the numbers, left to right: those with no head under them (自然人 … 总计, not 申请人情况 or
 * 法人或其他组织 over them).
 */
function leafHeads(heads: Block[], from: number): Block[] {
  const span = (b: Block) => [b.x, rightOf(b)] as const;
  const over = heads.filter((h) => {
    const [l, r] = span(h);
    return (l + r) / 2 >= from - EDGE_TOL;
  });
  return over
    .filter((h) => {
      const [l, r] = span(h);
      return !over.some((o) => o !== h && o.top >= h.bottom - EDGE_TOL && span(o)[0] < r && span(o)[1] > l);
    })
    .sort((a, b) => a.x - b.x);
}

/** A column's extent, left to right edge: a head's, or a number's in a full row. */
export type Column = readonly [left: number, right: number];
const spanOf = (b: Block): Column => [b.x, rightOf(b)];
const spanOfText = (t: PdfText): Column => [t.x, t.x + t.w];

/**
 * A shorter row's numbers under their columns, one a column, by whichever alignment places them all closest (numbers
 * stand centred under their heads, or at their left or right edge like the heads); undefined where none does.
 */
function underColumns(values: PdfText[], columns: Column[]): (PdfText | undefined)[] | undefined {
  const centres = columns.map(([l, r]) => (l + r) / 2);
  const gap = Math.min(...centres.slice(1).map((c, i) => c - centres[i]!));
  const aligned = [
    slotsByNearest(values, centres, centreX, gap / 2),
    slotsByNearest(
      values,
      columns.map(([l]) => l),
      (t) => t.x,
      gap / 2,
    ),
    slotsByNearest(
      values,
      columns.map(([, r]) => r),
      (t) => t.x + t.w,
      gap / 2,
    ),
  ];
  return aligned.reduce((best, a) => (a && (!best || a.cost < best.cost) ? a : best), undefined)?.slots;
}

/** A numbered item's number: 3 for "3.要求提供公开出版物". */
const ITEM = /^(\d{1,2})[.．、](?!\d)/;
const itemOf = (r: Row | undefined) =>
  r?.value && r.cells.length ? Number(ITEM.exec(r.cells[r.cells.length - 1]!.text)?.[1] ?? 0) : 0;

/**
 * A group's label over its numbered items (（五）不予处理 over 1.… to 5.…) is one cell spanning their rows, drawn
 * wherever its cell centres it: beside one of the items, or between two. It becomes what a ruled table has, a cell
 * on the first item's row spanning them all, so that each item is read within its group.
 */
function spanGroups(rows: Row[]): void {
  const groups: PdfCell[] = [];
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (r.value && r.cells.length >= 2 && itemOf(r) > 0) {
      groups.push(...r.cells.slice(0, -1));
      r.cells = r.cells.slice(-1);
    } else if (
      !r.value &&
      r.cells.length === 1 &&
      OPENS.test(r.cells[0]!.text) &&
      !ITEM.test(r.cells[0]!.text) &&
      rows.some((o) => o.value && r.cells[0]!.x + r.cells[0]!.w < o.value.firstX)
    ) {
      groups.push(r.cells[0]!);
      rows.splice(i, 1);
    }
  }
  // A label opened by （六） that stands within no numbered items' rows is a row of its own whose cells are all
  // blank (the 2019 form's single （六）其他处理 row): it keeps its place as one.
  const runsOfItems: [number, number][] = [];
  rows.forEach((r) => {
    const n = itemOf(r);
    if (!n || !r.value) return;
    const last = runsOfItems.at(-1);
    if (n > 1 && last) last[1] = r.value.mid;
    else runsOfItems.push([r.value.mid, r.value.mid]);
  });
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k]!;
    const mid = g.y + g.h / 2;
    // Between two rows of numbers that are not two items of one group (a label at a page's foot or head, where
    // its items go on across the break, is a group's).
    const above = rows.filter((r) => r.value && r.value.mid < mid).at(-1);
    const below = rows.find((r) => r.value && r.value.mid > mid);
    const within = runsOfItems.some(([a, b]) => mid >= a - g.h && mid <= b + g.h);
    if (within || !above || !below || (itemOf(above) > 0 && itemOf(below) === itemOf(above) + 1)) continue;
    const near = nearest(
      rows.filter((r) => r.value),
      mid,
      (r) => r.value!.mid,
    );
    const at = rows.findIndex((r) => r.top > g.y);
    rows.splice(at < 0 ? rows.length : at, 0, {
      top: g.y,
      cells: [g],
      value: { line: near.value!.line, values: [], firstX: near.value!.firstX, mid },
    });
    groups.splice(k, 1);
  }
  for (const g of groups) {
    const mid = g.y + g.h / 2;
    let at = -1;
    rows.forEach((r, i) => {
      if (itemOf(r) === 0) return;
      const d = Math.abs(r.value!.mid - mid);
      if (at < 0 || d < Math.abs(rows[at]!.value!.mid - mid)) at = i;
    });
    if (at < 0) continue;
    let [first, last] = [at, at];
    while (first > 0 && itemOf(rows[first]) > 1 && itemOf(rows[first - 1]) === itemOf(rows[first]) - 1) first--;
    while (last + 1 < rows.length && itemOf(rows[last + 1]) === itemOf(rows[last]) + 1) last++;
    rows[first]!.cells.unshift({ ...g, rowSpan: last - first + 1 });
  }
}

export interface PositionedTable extends PdfTable {
  /** Rows whose numbers could not be placed in their columns (their cells are left as read, in order). */
  doubtful: Set<PdfCell[]>;
}

/** The tables of a page's lines that have no ruling lines, read from positions. */
export function positionedTables(lines: Line[], carried?: Column[]): { tables: PositionedTable[]; columns?: Column[] } {
  if (!lines.length) return { tables: [] };
  let lastColumns: Column[] | undefined;
  // The items as cells (runs split, stacked digits joined), each with the page's lines it came from.
  const source = new Map<PdfText, Line[]>();
  for (const l of lines) for (const t of l.items) for (const p of cellsOfRun(t)) source.set(p, [l]);
  const relined = linesOf(lines[0]!.page, joinStackedNumbers([...source.keys()], source));
  const found = runs(relined);
  const tables = found.map(({ lines: own, values }) => {
    const valueLines: ValueLine[] = own
      .filter((l) => values.has(l))
      .map((line) => {
        const v = values.get(line)!;
        return { line, values: v, firstX: v[0]!.x, mid: v[0]!.y + v[0]!.h / 2 };
      });
    const used = new Set(valueLines.flatMap((v) => v.values));
    const lineOf = new Map<PdfText, Line>();
    const kinds = new Map<Line, LineKind>();
    // Header cells stand over the numbers; labels, however many a line holds, stay left of them (of the nearest
    // row's: rows of one table may start their numbers in different columns).
    const numbersFrom = (l: Line) =>
      valueLines.length ? nearest(valueLines, l.y, (v) => v.mid).firstX : l.x + (cellsIn(l) > 1 ? 0 : l.w);
    for (const l of own) {
      for (const t of l.items) lineOf.set(t, l);
      const from = numbersFrom(l);
      const overNumbers = l.items.some((t) => !used.has(t) && t.x + t.w > from + EDGE_TOL);
      kinds.set(l, values.has(l) ? 'row' : overNumbers ? 'header' : 'alone');
    }
    const blocks = blocksOf(
      own.flatMap((l) => l.items.filter((t) => !used.has(t))),
      (t) => kinds.get(lineOf.get(t)!)!,
      lineOf,
    );

    // Each block beside a line of numbers labels it; the others are header rows, or rows whose cells are all blank.
    const labels = new Map<ValueLine, Block[]>();
    const headers: Block[] = [];
    for (const b of blocks) {
      const mid = (b.top + b.bottom) / 2;
      const right = rightOf(b);
      let host: ValueLine | undefined;
      for (const v of valueLines) {
        if (v.mid < b.top - EDGE_TOL || v.mid > b.bottom + EDGE_TOL || right > v.firstX + EDGE_TOL) continue;
        if (!host || Math.abs(v.mid - mid) < Math.abs(host.mid - mid)) host = v;
      }
      if (host) labels.set(host, [...(labels.get(host) ?? []), b]);
      else headers.push(b);
    }
    splitHeads(headers, valueLines);
    const blankRows = blankRowsOf(
      headers.filter(
        (b) => b.items.every((t) => kinds.get(lineOf.get(t)!) !== 'header') && !T2_HEAD.test(blockText(b)),
      ),
      valueLines,
      labels,
    );

    // Header blocks whose lines overlap make one header row.
    const headerRows: Block[][] = [];
    for (const b of headers.filter((h) => !blankRows.has(h)).sort((p, q) => p.top - q.top)) {
      const row = headerRows.find((r) => r.some((o) => b.top < o.bottom && o.top < b.bottom));
      if (row) row.push(b);
      else headerRows.push([b]);
    }

    const rows: Row[] = [
      ...headerRows.map((r) => ({
        top: Math.min(...r.map((b) => b.top)),
        cells: [...r].sort((p, q) => p.x - q.x).map(blockCell),
        heads: r,
      })),
      ...[...valueLines, ...blankRows.values()].map((v) => ({
        top: Math.min(v.mid, ...(labels.get(v) ?? []).map((b) => b.top)),
        value: v,
        cells: [...(labels.get(v) ?? [])].sort((p, q) => p.x - q.x).map(blockCell),
      })),
    ].sort((a, b) => a.top - b.top);

    spanGroups(rows);

    // Between two header rows, the rows hold a number a column, the columns being the lowest heads over the numbers
    // (or the fullest rows, where there are no heads). A row with fewer numbers is placed by their alignment.
    const doubtful = new Set<PdfCell[]>();
    let segment: Row[] = [];
    let heads: Block[] = [];
    const settle = () => {
      if (!segment.length) return;
      const from = Math.min(...segment.map((r) => r.value!.firstX));
      let columns = leafHeads(heads, from).map(spanOf);
      // Rows atop a page go on from the table at the foot of the page before: under no heads, its columns; under
      // heads that begin right of their numbers (表四's 行政诉讼 heads, 行政复议's left on the page before), its
      // columns left of those heads, then these.
      const headsFrom = Math.min(...leafHeads(heads, from).map((h) => h.x));
      if (segment[0] === rows.find((r) => r.value) && carried && from < headsFrom - EDGE_TOL) {
        // Heads over the labels (表三's 本列数据的勾稽关系…, carried from heads alone at the foot) are no column.
        const over = carried.filter(([l, r]) => (l + r) / 2 >= from - EDGE_TOL && r < headsFrom + EDGE_TOL);
        columns = [...over, ...columns];
      }
      const most = Math.max(...segment.map((r) => r.value!.values.length));
      const width = Math.max(most, columns.length);
      const full = segment.filter((r) => r.value!.values.length === width).map((r) => r.value!.values);
      lastColumns = columns.length === width ? columns : full[0]?.map(spanOfText);
      for (const r of segment) {
        const vals = r.value!.values;
        if (vals.length === width) {
          r.cells.push(...vals.map(valueCell));
          continue;
        }
        const slots = place(vals, full) ?? (columns.length === width ? underColumns(vals, columns) : undefined);
        if (slots) {
          r.cells.push(...slots.map((t) => (t ? valueCell(t) : blankCell(r.top))));
        } else {
          r.cells.push(...vals.map(valueCell));
          doubtful.add(r.cells);
        }
      }
      segment = [];
      heads = [];
    };
    // Only heads over the numbers start a new block of rows; a label alone between rows does not.
    const overNumbers = (r: Row) => {
      const from = Math.min(...segment.map((o) => o.value!.firstX), Infinity);
      return (r.heads ?? []).some((h) => rightOf(h) > from + EDGE_TOL);
    };
    for (const r of rows) {
      if (r.value) segment.push(r);
      else if (!segment.length || overNumbers(r)) {
        settle();
        heads.push(...(r.heads ?? []));
      }
    }
    settle();
    // Heads at the table's foot (a block whose rows begin on the next page) are the columns those rows go on under.
    const tableFrom = valueLines.length ? Math.min(...valueLines.map((v) => v.firstX)) : -Infinity;
    const footColumns = leafHeads(heads, tableFrom).map(spanOf);
    if (footColumns.length) lastColumns = footColumns;

    const lines = new Set(own.flatMap((l) => l.items.flatMap((t) => source.get(t) ?? [])));
    const items = new Set([...lines].flatMap((l) => l.items));
    return {
      top: own[0]!.y,
      rows: rows.map((r) => r.cells),
      doubtful,
      claims: (t: PdfText) => items.has(t),
      claimsLine: (l: Line) => lines.has(l),
    };
  });
  // The last table's columns, for rows that go on atop the next page.
  return { tables, ...(found.length && lastColumns ? { columns: lastColumns } : {}) };
}
