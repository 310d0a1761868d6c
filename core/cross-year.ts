/**
 * What one year's report leaves for the next year's check (spec §2.5, XY rules; the record itself is in
 * year-record.ts, which the background reads without the engine), how alike two texts are, and the popup's
 * 「与上年对比」 lines. Pure: the extension keeps records in storage.local, the CLI in memory.
 */
import type { Report } from './model';
import { unreadTables } from './reading';
import { sectionText } from './rules/helpers';
import { hostOf, S5_MAX_CHARS, type YearRecord } from './year-record';
import { t2RowDef, t3ColName, T3_COLS_WITH_ORG_SUB } from './vocabulary';

/**
 * The record a checked report leaves; none without an agency and a year (nothing to match it by), and none where
 * 表二 or 表三, which it keeps figures of, was not read whole (DET-05): next year would be compared with a guess.
 */
export function recordOf(report: Report): YearRecord | undefined {
  if (!report.agency || report.year === null) return undefined;
  if (unreadTables(report).some((id) => id === 'T2' || id === 'T3')) return undefined;
  const fwd: Record<string, number | null> = {};
  const fwdRow = report.tables.T3?.rows.fwd;
  for (const col of T3_COLS_WITH_ORG_SUB) {
    const c = fwdRow?.cells[col];
    if (c && c.status !== 'text') fwd[col] = c.value;
  }
  const valid: Record<string, number | null> = {};
  for (const row of ['rules', 'normDocs']) {
    const c = report.tables.T2?.rows[row]?.cells.valid;
    if (c && c.status !== 'text') valid[row] = c.value;
  }
  return {
    host: hostOf(report.url),
    agency: report.agency,
    year: report.year,
    url: report.url,
    formatVersion: report.formatVersion,
    fwd,
    valid,
    s5: sectionText(report, 'S5').slice(0, S5_MAX_CHARS),
  };
}

/**
 * How alike two texts are, 0…1: the Dice coefficient of their character bigrams (punctuation and spaces ignored).
 * Bigrams because Chinese has no word breaks; copied paragraphs with a changed year or number still score high.
 */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const total = sumCounts(x) + sumCounts(y);
  if (total === 0) return 0;
  let shared = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  return (2 * shared) / total;
}

function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text.replace(/[\s\p{P}\p{S}]/gu, ''));
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function sumCounts(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/** One line of the popup's 「与上年对比」 table: this year's figure beside the one it should equal from last year. */
export interface YearComparison {
  /** What is compared, in both languages (表三“总计”列 上年结转 / 结转下年度). */
  zh: string;
  en: string;
  now: number | null;
  /** What last year's report implies it should be. */
  expected: number | null;
  agrees: boolean;
}

/** 表三's 上年结转 in one column beside last year's 结转下年度 (either may be blank: null). */
export interface CarryPair {
  col: string;
  now: number | null;
  before: number | null;
}

/** Every 表三 column where this year's 上年结转 and last year's 结转下年度 are both known (not text, not missing). */
export function carryPairs(report: Report, previous: YearRecord): CarryPair[] {
  return T3_COLS_WITH_ORG_SUB.flatMap((col) => {
    const c = report.tables.T3?.rows.carry?.cells[col];
    const before = previous.fwd[col];
    return !c || c.status === 'text' || before === undefined ? [] : [{ col, now: c.value, before }];
  });
}

/** 表二's 现行有效 this year beside last year's + 本年制发 − 本年废止, for a row of the 2021 form. */
export interface ValidPair {
  row: 'rules' | 'normDocs';
  valid: number;
  issued: number;
  repealed: number;
  /** Last year's 现行有效. */
  before: number;
  expected: number;
}

/** The rows where every term is a number, 2021 form in both years: a blank is TBL-03's, a guess a false alarm. */
export function validPairs(report: Report, previous: YearRecord): ValidPair[] {
  if (report.formatVersion !== '2021' || previous.formatVersion !== '2021') return [];
  return (['rules', 'normDocs'] as const).flatMap((row) => {
    const cells = report.tables.T2?.rows[row]?.cells;
    const number = (c: string) => (cells?.[c]?.status === 'number' ? cells[c]!.value : null);
    const [valid, issued, repealed, before] = [
      number('valid'),
      number('issued'),
      number('repealed'),
      previous.valid[row],
    ];
    if (valid == null || issued == null || repealed == null || before == null) return [];
    return [{ row, valid, issued, repealed, before, expected: before + issued - repealed }];
  });
}

/** 表三's carry-over by column and 表二's documents in force by row, against last year; only where both are known. */
export function compareYears(report: Report, previous: YearRecord): YearComparison[] {
  const carry = carryPairs(report, previous).map(({ col, now, before }): YearComparison => {
    const name = t3ColName(col);
    return {
      zh: `表三“${name.zh}”列 上年结转`,
      en: `Table 3, ${name.en}: carried over`,
      now,
      expected: before,
      agrees: (now ?? 0) === (before ?? 0),
    };
  });
  const valid = validPairs(report, previous).map(({ row, valid, expected }): YearComparison => {
    const def = t2RowDef(row)!;
    return {
      zh: `表二“${def.zh}” 现行有效件数`,
      en: `Table 2, ${def.en}: in force`,
      now: valid,
      expected,
      agrees: valid === expected,
    };
  });
  return [...carry, ...valid];
}

/**
 * What the cross-year rules and records read of a report, and nothing else: 表三's 上年结转 and 结转下年度 rows, 表二's 规章 and 规范性文件 rows,
 * section 五 with its paragraphs. A batch keeps this (a few kB) for every report until all are read, instead of
 * whole reports; the XY rules find the same on it as on the whole report (test/core/cross-year.test.ts).
 */
export function crossYearView(report: Report): Report {
  const pick = (id: 'T2' | 'T3', rows: string[]) => {
    const t = report.tables[id];
    if (!t) return undefined;
    return { ...t, rows: Object.fromEntries(rows.flatMap((r) => (t.rows[r] ? [[r, t.rows[r]!]] : []))) };
  };
  const s5 = report.sections.find((s) => s.id === 'S5');
  const kept = s5 ? [s5.headingParagraph, ...s5.paragraphs] : [];
  const paragraphs = kept.map((i) => report.paragraphs[i]!);
  const sections = s5
    ? [{ ...s5, order: 0, headingParagraph: 0, paragraphs: s5.paragraphs.map((_, i) => i + 1), tables: [] }]
    : [];
  const T2 = pick('T2', ['rules', 'normDocs']);
  const T3 = pick('T3', ['carry', 'fwd']);
  const { url, title, agency, year, formatVersion, publishDate } = report;
  return {
    url,
    title,
    agency,
    year,
    formatVersion,
    publishDate,
    preamble: [],
    paragraphs,
    sections,
    tables: { ...(T2 ? { T2 } : {}), ...(T3 ? { T3 } : {}) },
    rawGrids: [],
  };
}
