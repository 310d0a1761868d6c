/**
 * Text normalisation (spec §1.6). Everything that matches labels or parses numbers goes through here first,
 * so that full-width digits, U+3000, &nbsp; and labels broken over lines look alike.
 */

/**
 * The same few hundred strings (row labels, numbers) go through these functions several times a page — once per row
 * view, per rule, per mapping pass — and NFKC on Chinese text is the costly part; each result is kept for the next
 * time. Pure functions of the string, so a kept result is the result. Long text (paragraphs) is not kept, and the
 * store is emptied when full, so a page cannot grow it without bound.
 */
function remembered<R>(fn: (text: string) => R): (text: string) => R {
  const kept = new Map<string, R>();
  return (text) => {
    let r = kept.get(text);
    if (r === undefined) {
      r = fn(text);
      if (text.length <= 200) {
        if (kept.size >= 8192) kept.clear();
        kept.set(text, r);
      }
    }
    return r;
  };
}

/**
 * Text that NFKC and the folds of nfkc() leave as it is: printable ASCII and line breaks, the CJK Unified Ideographs
 * block, 、。《》. Most labels, numbers and titles are only that, and skip the call into ICU.
 */
export const NFKC_STABLE = /^[\t\n\r -~\u4e00-\u9fff\u3001\u3002\u300a\u300b]*$/;

/** NFKC, with the quote and list-punctuation variants of real pages folded onto one form. */
export function nfkc(text: string): string {
  if (NFKC_STABLE.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[“”「」"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[—–－]/g, '-');
}

/** NFKC with every kind of whitespace removed: the form used to compare labels and run text regexes. */
export const compact: (text: string) => string = remembered((text) =>
  nfkc(text).replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ''),
);

/**
 * A label as compared with the canonical text: compact, list numbering unified (`1、` `1．` `1. ` → `1.`,
 * `一.` → `一、`), a trailing `：:。` dropped.
 */
export const normLabel: (text: string) => string = remembered((text) =>
  compact(text)
    .replace(/^(\d{1,2})[、.,]/, '$1.')
    .replace(/^([一二三四五六七八九十]{1,3})[.,:]/, '$1、')
    .replace(/[:。;]+$/, ''),
);

export type CellValue =
  | { kind: 'number'; value: number; unit?: string }
  | { kind: 'blank' }
  | { kind: 'text'; text: string };

const BLANK_MARKERS = new Set(['', '/', '-', '--', '---', '无', '空', '\\']);
const NUMBER_RE = /^[+-]?\d+(?:\.\d+)?$/;
/** Units that real pages write inside a number cell (`251000元`, `3件`). */
const UNIT_RE = /^([+-]?\d+(?:\.\d+)?)(万元|元|件|条|项|个|次)$/;

/** Cell text → number, blank or non-numeric text (spec §1.6). The value is shared: read it, never change it. */
export const parseCell: (raw: string) => Readonly<CellValue> = remembered((raw) => {
  const text = compact(raw).replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (BLANK_MARKERS.has(text)) return { kind: 'blank' };
  if (NUMBER_RE.test(text)) return { kind: 'number', value: Number(text) };
  const unit = UNIT_RE.exec(text);
  if (unit) return { kind: 'number', value: Number(unit[1]), unit: unit[2] };
  return { kind: 'text', text };
});

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一…九十九 → number; undefined when the text is not a Chinese numeral. */
export function chineseNumeral(text: string): number | undefined {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return undefined;
  if (text === '十') return 10;
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return text.length === 1 ? CN_DIGITS[text] : undefined;
  const tens = tenAt === 0 ? 1 : CN_DIGITS[text[0]!];
  const ones = tenAt === text.length - 1 ? 0 : CN_DIGITS[text[text.length - 1]!];
  return tens !== undefined && ones !== undefined ? tens * 10 + ones : undefined;
}
