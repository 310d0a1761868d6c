/**
 * TXT: the narrative against the tables (spec §2.6). Regexes run on the compact NFKC text of paragraphs outside
 * tables (so `，；：（）` are ASCII here); the first match of each pattern per section is checked.
 */
import type { Report, SectionId } from '../model';
import { SECTION_IDS, t3GroupItems } from '../vocabulary';
import { computedNote, num, ref, round, section, t3RowTotal, t3RowTotalRead } from './helpers';
import { defineRule, type Hit } from './types';

interface Match {
  paragraph: number;
  m: RegExpExecArray;
}

/**
 * The global form of each pattern firstMatches runs, by its source: compiled once rather than once per paragraph
 * and per check (the rules' patterns are a fixed few).
 */
const globalForms = new Map<string, RegExp>();

function globalOf(re: RegExp): RegExp {
  let g = globalForms.get(re.source);
  if (!g) {
    g = new RegExp(re.source, 'g');
    globalForms.set(re.source, g);
  }
  return g;
}

/** First match of `re` in the body paragraphs of each of `sections`. */
function firstMatches(
  r: Report,
  sections: readonly SectionId[],
  re: RegExp,
  accept: (m: RegExpExecArray) => boolean = () => true,
): Match[] {
  const out: Match[] = [];
  const g = globalOf(re);
  for (const id of sections) {
    const s = section(r, id);
    if (!s) continue;
    found: for (const p of s.paragraphs) {
      g.lastIndex = 0;
      for (let m = g.exec(r.paragraphs[p]!.text); m; m = g.exec(r.paragraphs[p]!.text)) {
        if (accept(m)) {
          out.push({ paragraph: p, m });
          break found;
        }
        if (m[0].length === 0) g.lastIndex++;
      }
    }
  }
  return out;
}

const known = (v: number | null | undefined): v is number => typeof v === 'number';

export const txt01 = defineRule(
  {
    id: 'TXT-01',
    severity: 'warning',
    summary: { zh: '正文申请数与表三一致', en: 'The number of applications in the text matches table 3' },
    messages: {
      default: {
        zh: '正文申请数{N}件与表三（新收{a}，上年结转{b}）不一致',
        en: 'The text gives {N} applications; table 3 has {a} new and {b} carried over',
      },
    },
  },
  (r) => {
    const a = t3RowTotal(r, 'new');
    if (a === undefined) return [];
    const b = t3RowTotal(r, 'carry') ?? 0;
    const re =
      /(收到|受理|新收|办理)[^。;]{0,20}?(政府信息公开|依申请公开)[^。;]{0,10}?(申请|事项)?[^。;]{0,6}?(\d+)件/;
    return firstMatches(r, ['S1', 'S3'], re).flatMap(({ paragraph, m }): Hit[] => {
      const n = Number(m[4]);
      if (n === a || n === a + b) return [];
      // The carry-over cell only where the page has that row.
      const cells = [ref('T3', 'new', 'total'), ...(r.tables.T3?.rows.carry ? [ref('T3', 'carry', 'total')] : [])];
      return [{ paragraph, excerpt: m[0], cells, params: { N: n, a, b } }];
    });
  },
);

export const txt02 = defineRule(
  {
    id: 'TXT-02',
    severity: 'warning',
    summary: { zh: '正文未否认表三统计的申请', en: 'The text does not deny applications that table 3 counts' },
    messages: {
      default: {
        zh: '正文称未收到申请，但表三新收为{a}',
        en: 'The text says no applications were received, but table 3 counts {a} new ones',
      },
    },
  },
  (r) => {
    const a = num(r, 'T3', 'new', 'total');
    if (!known(a) || a === 0) return [];
    // 申请/事项 must follow, or the sentence must end: "无政府信息公开行政复议" denies reviews, not applications.
    const re = /(未收到|没有收到|未受理|无)(任何)?(政府信息公开|依申请公开|政府信息依申请公开)(申请|事项|(?=[,。;]|$))/;
    return firstMatches(r, ['S1', 'S3'], re)
      .slice(0, 1)
      .map(({ paragraph, m }) => ({ paragraph, excerpt: m[0], cells: [ref('T3', 'new', 'total')], params: { a } }));
  },
);

const RESULT_WORDS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '办结', '答复'] as const;
const ANY_RESULT_WORD = new RegExp(RESULT_WORDS.join('|'));
/** "予以公开N件": a result word, a few characters, a figure. */
const SINGLE_RESULT = new RegExp(`(${RESULT_WORDS.join('|')})([^。;]{0,8}?)(\\d+)件`);
/** "予以公开及部分公开N件" is one figure for both rows. */
const COMBINED_RESULT = /予以公开(及|和|与|、)部分公开[^。;]{0,8}?(\d+)件/;

/**
 * Each result word's first figure in a section ("予以公开N件", not the combined "予以公开及部分公开N件" nor one
 * whose few characters name another result), in one scan of its paragraphs for all the words.
 */
function firstResultFigures(r: Report, id: SectionId): Map<string, Match> {
  const first = new Map<string, Match>();
  const s = section(r, id);
  if (!s) return first;
  const g = globalOf(SINGLE_RESULT);
  for (const paragraph of s.paragraphs) {
    const text = r.paragraphs[paragraph]!.text;
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      if (first.has(m[1]!) || ANY_RESULT_WORD.test(m[2]!) || m[0].startsWith('予以公开及部分公开')) continue;
      first.set(m[1]!, { paragraph, m });
    }
  }
  return first;
}

/** Words before 答复 that name one kind of reply: its row, not all replies. */
const KIND_OF_REPLY: [RegExp, string][] = [
  [/不同意公开$/, '不予公开'],
  [/同意公开$/, '予以公开'],
];
/** Words before 答复 that name a kind of reply the table has no one row for ("告知答复", "信息不存在答复"). */
const OTHER_KIND = /(公开|告知|不存在|不属于|不掌握|补正|转办|咨询|信访)$/;

/**
 * The row a result word's figure is about: its own, or for 答复/办结 (all replies, （七）总计) the kind of reply the
 * words just before it name ("同意公开答复N件" is （一）予以公开) — undefined where they name a kind no row is.
 */
function rowNamed(word: string, before: string): { row: string; words: string } | undefined {
  if (word !== '答复' && word !== '办结') return { row: word, words: '' };
  const clause = /[^,，、;；:：。]*$/.exec(before)![0];
  for (const [kind, row] of KIND_OF_REPLY) {
    const m = kind.exec(clause);
    if (m) return { row, words: m[0] };
  }
  return OTHER_KIND.test(clause) ? undefined : { row: word, words: '' };
}

/** The table total a result word refers to, with the numbers it was computed from where 总计 is blank. */
function resultTotal(
  r: Report,
  word: string,
): { value: number; addends?: number[]; cells: ReturnType<typeof ref>[] } | undefined {
  const rows: Record<string, string[]> = {
    予以公开: ['r1'],
    部分公开: ['r2'],
    不予公开: t3GroupItems('r3'),
    无法提供: t3GroupItems('r4'),
    不予处理: t3GroupItems('r5'),
    其他处理: r.tables.T3?.rows.r6 ? ['r6'] : t3GroupItems('r6'),
    办结: ['r7'],
    答复: ['r7'],
    予以公开及部分公开: ['r1', 'r2'],
  };
  const ids = rows[word];
  if (!ids) return undefined;
  let value = 0;
  let computed = false;
  const addends: number[] = [];
  for (const id of ids) {
    const v = t3RowTotalRead(r, id);
    if (v === undefined) return undefined;
    value += v.value;
    if (v.addends) computed = true;
    addends.push(...(v.addends ?? (v.value !== 0 ? [v.value] : [])));
  }
  const cells = ids.map((id) => ref('T3', id, 'total'));
  return computed ? { value: round(value), addends, cells } : { value: round(value), cells };
}

export const txt03 = defineRule(
  {
    id: 'TXT-03',
    severity: 'warning',
    summary: { zh: '正文所述办理结果与表三一致', en: 'Handling results named in the text match table 3' },
    messages: {
      default: {
        zh: '正文“{kw}{N}件”与表三（{t}{how}）不一致',
        en: 'The text says “{kw} {N}”; table 3 has {t}{howEn}',
      },
    },
  },
  (r) => {
    if (!r.tables.T3) return [];
    const hits: Hit[] = [];
    for (const id of ['S1', 'S3'] as SectionId[]) {
      for (const { paragraph, m } of firstMatches(r, [id], COMBINED_RESULT)) {
        const t = resultTotal(r, '予以公开及部分公开');
        if (!t || Number(m[2]) === t.value) continue;
        const how = computedNote(t.addends);
        const params = { kw: '予以公开及部分公开', N: Number(m[2]), t: t.value, how: how.zh, howEn: how.en };
        hits.push({ section: id, paragraph, excerpt: m[0], cells: t.cells, params });
      }
      const figures = firstResultFigures(r, id);
      for (const word of RESULT_WORDS) {
        const found = figures.get(word);
        if (!found) continue;
        const { paragraph, m } = found;
        // "予以公开" directly followed by "及部分公开…" was read above as the combined figure.
        if (word === '予以公开' && /^予以公开(及|和|与|、)部分公开/.test(r.paragraphs[paragraph]!.text.slice(m.index)))
          continue;
        const named = rowNamed(word, r.paragraphs[paragraph]!.text.slice(0, m.index));
        if (!named) continue;
        const t = resultTotal(r, named.row);
        if (!t || Number(m[3]) === t.value) continue;
        const how = computedNote(t.addends);
        hits.push({
          section: id,
          paragraph,
          excerpt: named.words + m[0],
          cells: t.cells,
          params: { kw: named.words + word, N: Number(m[3]), t: t.value, how: how.zh, howEn: how.en },
        });
      }
    }
    return hits;
  },
);

/** "行政复议N件", and a denial "未发生…行政复议" that is not about an outcome ("未发生行政复议纠错案件"). */
function kindPatterns(kind: string): { count: RegExp; denial: RegExp } {
  return {
    count: new RegExp(`${kind}[^,。;]{0,10}?(\\d+)件`),
    denial: new RegExp(`(未发生|未引起|没有|无)[^,。;]{0,20}?${kind}(?!纠错|纠正|败诉|被纠|被撤)`),
  };
}
const REVIEW_PATTERNS = kindPatterns('行政复议');
const LAWSUIT_PATTERNS = kindPatterns('行政诉讼');

export const txt04 = defineRule(
  {
    id: 'TXT-04',
    severity: 'warning',
    summary: { zh: '正文所述行政复议、行政诉讼与表四一致', en: 'Reviews and lawsuits named in the text match table 4' },
    messages: {
      default: { zh: '正文{kind}{N}件与表四（{t}）不一致', en: 'The text gives {N} for {kindEn}; table 4 has {t}' },
      denied: { zh: '正文称无{kind}，但表四为{t}件', en: 'The text says there were no {kindEn}, but table 4 has {t}' },
    },
  },
  (r) => {
    const review = num(r, 'T4', 'review', 'total');
    const d = num(r, 'T4', 'litDirect', 'total');
    const a = num(r, 'T4', 'litAfterReview', 'total');
    const hits: Hit<'default' | 'denied'>[] = [];
    const kinds = [
      {
        kind: '行政复议',
        kindEn: 'administrative reviews',
        total: known(review) ? review : undefined,
        cells: [ref('T4', 'review', 'total')],
        patterns: REVIEW_PATTERNS,
      },
      {
        kind: '行政诉讼',
        kindEn: 'lawsuits',
        total: known(d) && known(a) ? d + a : undefined,
        cells: [ref('T4', 'litDirect', 'total'), ref('T4', 'litAfterReview', 'total')],
        patterns: LAWSUIT_PATTERNS,
      },
    ];
    for (const k of kinds) {
      if (k.total === undefined) continue;
      for (const { paragraph, m } of firstMatches(r, ['S1', 'S4'], k.patterns.count)) {
        if (Number(m[1]) !== k.total)
          hits.push({
            paragraph,
            excerpt: m[0],
            cells: k.cells,
            params: { kind: k.kind, kindEn: k.kindEn, N: Number(m[1]), t: k.total },
          });
      }
      if (k.total > 0) {
        for (const { paragraph, m } of firstMatches(r, ['S1', 'S4'], k.patterns.denial).slice(0, 1)) {
          hits.push({
            variant: 'denied',
            paragraph,
            excerpt: m[0],
            cells: k.cells,
            params: { kind: k.kind, kindEn: k.kindEn, t: k.total },
          });
        }
      }
    }
    return hits;
  },
);

const ALL = SECTION_IDS;

export const txt05 = defineRule(
  {
    id: 'TXT-05',
    severity: 'warning',
    summary: { zh: '正文所述规范性文件数与表二一致', en: 'Normative documents named in the text match table 2' },
    messages: {
      default: {
        zh: '正文规范性文件数与表二不一致：“{excerpt}”，表二本年制发{i}件',
        en: 'Normative documents in the text (“{excerpt}”) differ from table 2 ({i} issued)',
      },
    },
  },
  (r) => {
    const i = num(r, 'T2', 'normDocs', 'issued');
    if (!known(i)) return [];
    const hits: Hit[] = [];
    const cells = [ref('T2', 'normDocs', 'issued')];
    if (i > 0) {
      // Within one clause: "未制发规章，制发规范性文件3件" denies rules, not normative documents.
      for (const { paragraph, m } of firstMatches(r, ALL, /未(制发|出台|印发)[^。,;]{0,6}规范性文件/).slice(0, 1)) {
        hits.push({ paragraph, excerpt: m[0], cells, params: { excerpt: m[0], i } });
      }
    }
    for (const { paragraph, m } of firstMatches(r, ALL, /(制发|出台)[^。]{0,6}规范性文件(\d+)件/).slice(0, 1)) {
      if (Number(m[2]) !== i) hits.push({ paragraph, excerpt: m[0], cells, params: { excerpt: m[0], i } });
    }
    return hits;
  },
);

export const txt06 = defineRule(
  {
    id: 'TXT-06',
    severity: 'info',
    summary: {
      zh: '“其中”所列分项之和不超过前述总数',
      en: 'Parts listed after 其中 do not exceed the total before it',
    },
    messages: {
      default: {
        zh: '分项合计{s}大于总数{N}：“{excerpt}”',
        en: 'The parts add up to {s}, more than the total {N}: “{excerpt}”',
      },
    },
  },
  (r) =>
    firstMatches(r, ALL, /(\d+)(条|件)[,。]?其中([^;。]*)/).flatMap(({ paragraph, m }): Hit[] => {
      const total = Number(m[1]);
      const unit = m[2]!;
      const parts = [...m[3]!.matchAll(unit === '条' ? PARTS_IN_TIAO : PARTS_IN_JIAN)].map((x) => Number(x[1]));
      const s = round(parts.reduce((a, b) => a + b, 0));
      return s > total ? [{ paragraph, excerpt: m[0], params: { s, N: total, excerpt: m[0] } }] : [];
    }),
);

/** The figures listed after 其中, in the unit of the total. */
const PARTS_IN_TIAO = /(\d+(?:\.\d+)?)条/g;
const PARTS_IN_JIAN = /(\d+(?:\.\d+)?)件/g;

export const txt07 = defineRule(
  {
    id: 'TXT-07',
    severity: 'warning',
    summary: { zh: '正文没有空缺的数字（“公开信息  条”）', en: 'No number left blank in the text (“公开信息  条”)' },
    messages: { default: { zh: '正文数字缺失：“{ctx}”', en: 'A number is missing in the text: “{ctx}”' } },
  },
  (r) =>
    r.sections.flatMap((s) => {
      for (const p of s.paragraphs) {
        const m = /(信息|申请|文件|事项)[ \u3000\u00a0]+(条|件)/.exec(r.paragraphs[p]!.raw);
        if (m) {
          const raw = r.paragraphs[p]!.raw;
          const ctx = raw
            .slice(Math.max(0, m.index - 12), m.index + m[0].length)
            .replace(/\s+/g, ' ')
            .trim();
          return [{ section: s.id, paragraph: p, excerpt: m[0], params: { ctx } }];
        }
      }
      return [];
    }),
);

/** Information-processing fee the S6 text says was collected, in 元; undefined when none is reported. */
export function feeCollected(r: Report): { yuan: number; paragraph: number; excerpt: string } | undefined {
  const s = section(r, 'S6');
  if (!s) return undefined;
  for (const p of s.paragraphs) {
    for (const sentence of r.paragraphs[p]!.text.split(/[。;]/)) {
      if (!sentence.includes('处理费') || /未|没有|不收取|免收|免予|无需/.test(sentence)) continue;
      const m =
        /处理费[^。]{0,12}?(\d+(?:\.\d+)?)(万元|元)/.exec(sentence) ??
        /(\d+(?:\.\d+)?)(万元|元)[^。]{0,12}?处理费/.exec(sentence);
      if (!m) continue;
      const yuan = round(Number(m[1]) * (m[2] === '万元' ? 10000 : 1));
      if (yuan > 0) return { yuan, paragraph: p, excerpt: m[0] };
    }
  }
  return undefined;
}

export const txt08 = defineRule(
  {
    id: 'TXT-08',
    severity: 'info',
    summary: {
      zh: '信息处理费未填入“行政事业性收费”',
      en: 'The information-processing fee is not entered as 行政事业性收费',
    },
    messages: {
      default: {
        zh: '信息处理费不应填入“行政事业性收费”（正文{yuan}元，表二{fee}万元）',
        en: 'The information-processing fee should not be entered as 行政事业性收费 (text {yuan} yuan, table 2 {fee} ×10,000 yuan)',
      },
    },
  },
  (r) => {
    const fee = feeCollected(r);
    const t2 = num(r, 'T2', 'adminFee', 'feeAmount');
    if (!fee || !known(t2) || round(t2 * 10000) !== fee.yuan) return [];
    return [
      {
        paragraph: fee.paragraph,
        excerpt: fee.excerpt,
        table: 'T2',
        cells: [ref('T2', 'adminFee', 'feeAmount')],
        params: { yuan: fee.yuan, fee: t2 },
      },
    ];
  },
);

export const txt09 = defineRule(
  {
    id: 'TXT-09',
    severity: 'warning',
    summary: { zh: '无申请时未报告收取信息处理费', en: 'A fee is not reported where there were no applications' },
    messages: {
      default: {
        zh: '无申请却报告收取信息处理费（正文{yuan}元，表三办理总计{x}、结转{y}）',
        en: 'A processing fee of {yuan} yuan is reported, but table 3 has no applications (handled {x}, carried forward {y})',
      },
    },
  },
  (r) => {
    const fee = feeCollected(r);
    const x = num(r, 'T3', 'r7', 'total');
    const y = num(r, 'T3', 'fwd', 'total');
    if (!fee || !known(x) || x + (y ?? 0) !== 0) return [];
    return [
      {
        section: 'S6',
        paragraph: fee.paragraph,
        excerpt: fee.excerpt,
        cells: [ref('T3', 'r7', 'total')],
        params: { yuan: fee.yuan, x, y: y ?? 0 },
      },
    ];
  },
);

export const txtRules = [txt01, txt02, txt03, txt04, txt05, txt06, txt07, txt08, txt09];
