/**
 * Cross-year rules (spec §2.5): this year's report against the same agency's previous year, when that is known
 * (context.previous: a record left by an earlier check, a report of the same batch, or one the user fetched).
 * Without it they say nothing — an unknown previous year is not a finding.
 */
import { carryPairs, similarity, validPairs } from '../cross-year';
import { S5_MAX_CHARS } from '../year-record';
import { t2RowDef, t3ColName } from '../vocabulary';
import { ref, section, sectionText } from './helpers';
import { defineRule, type Hit } from './types';

/** XY-03 fires from this similarity up (spec: ≥ 0.9). */
export const COPIED_SIMILARITY = 0.9;
/** Shorter texts ("无。", one stock sentence) are alike every year by nature: not compared. */
const MIN_COMPARED_CHARS = 80;

/** XY-01: 上年结转 this year = 结转下年度继续办理 last year, per 表三 column. Blank reads as 0 (and is said so). */
export const xy01 = defineRule(
  {
    id: 'XY-01',
    severity: 'warning',
    summary: {
      zh: '表三上年结转与上年度报告的结转下年度继续办理一致',
      en: 'Table 3: carried over equals what last year’s report carried forward',
    },
    messages: {
      default: {
        zh: '表三“{col}”列：上年结转{a}与{py}年度报告“结转下年度继续办理”{b}不一致',
        en: 'Table 3, {colEn}: {aEn} carried over from last year, but the {py} report carried {bEn} forward',
      },
    },
  },
  (r, tally, { previous }) => {
    if (!previous) return [];
    return carryPairs(r, previous).flatMap(({ col, now: a, before: b }): Hit[] => {
      if (a === null && b === null) return [];
      tally();
      if ((a ?? 0) === (b ?? 0)) return [];
      const name = t3ColName(col);
      const params = { col: name.zh, colEn: name.en, a: a ?? '空白', b: b ?? '空白', py: previous.year };
      return [{ cells: [ref('T3', 'carry', col)], params: { ...params, aEn: a ?? 'blank', bEn: b ?? 'blank' } }];
    });
  },
);

/**
 * XY-02: 现行有效 this year = last year's + 本年制发 − 本年废止, per 表二 row; 2021 format in both years. Info only:
 * 规范性文件 also lapse when their validity period ends (often five years), which 本年废止 does not count, so the chain
 * seldom holds on sound reports (3 of 3 consecutive pairs of one agency); the message says so.
 */
export const xy02 = defineRule(
  {
    id: 'XY-02',
    severity: 'info',
    summary: {
      zh: '表二现行有效件数与上年度衔接（上年现行有效+本年制发−本年废止）',
      en: 'Table 2: in force follows from last year (last year’s in force + issued − repealed)',
    },
    messages: {
      default: {
        zh: '{row}现行有效件数与上年数据不衔接（{v}≠{py}年{p}+制发{i}−废止{rp}={e}）；有效期届满自动失效的文件不计入废止，差额可能由此而来，请核对',
        en: 'Table 2, {rowEn}: {v} in force does not follow from last year ({py}: {p} + {i} issued − {rp} repealed = {e}); documents that lapse at the end of their validity are not counted as repealed, which may explain it: please check',
      },
    },
  },
  (r, tally, { previous }) => {
    if (!previous) return [];
    return validPairs(r, previous).flatMap(
      ({ row, valid: v, issued: i, repealed: rp, before: p, expected: e }): Hit[] => {
        tally();
        if (v === e) return [];
        const label = row === 'rules' ? '规章' : (r.tables.T2?.rows[row]?.label ?? '行政规范性文件');
        return [
          {
            table: 'T2',
            cells: [ref('T2', row, 'valid'), ref('T2', row, 'issued'), ref('T2', row, 'repealed')],
            params: { row: label, rowEn: t2RowDef(row)!.en, v, p, i, rp, e, py: previous.year },
          },
        ];
      },
    );
  },
);

/** XY-03: section 五 (problems and improvements) copied from last year's report. */
export const xy03 = defineRule(
  {
    id: 'XY-03',
    severity: 'info',
    summary: { zh: '第五部分与上年度报告不雷同', en: 'Part 5 is not a copy of last year’s' },
    messages: {
      default: {
        zh: '第五部分与{py}年度报告高度雷同（文字相似度{pct}%）',
        en: 'Part 5 is nearly the same as in the {py} report ({pct}% alike)',
      },
    },
  },
  (r, _tally, { previous }) => {
    if (!previous) return [];
    const s5 = section(r, 'S5');
    const text = sectionText(r, 'S5');
    if (!s5 || text.length < MIN_COMPARED_CHARS || previous.s5.length < MIN_COMPARED_CHARS) return [];
    const score = similarity(text.slice(0, S5_MAX_CHARS), previous.s5);
    if (score < COPIED_SIMILARITY) return [];
    return [
      { section: 'S5', paragraph: s5.headingParagraph, params: { py: previous.year, pct: Math.floor(score * 100) } },
    ];
  },
);

export const xyRules = [xy01, xy02, xy03];
