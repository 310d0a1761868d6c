/** STR: the six sections and what their text must cover (spec §2.2). */
import type { Report } from '../model';
import { chineseNumeral } from '../normalize';
import { cnNumeral as cn } from '../numerals';
import { SECTIONS, sectionDef } from '../vocabulary';
import { section, sectionText } from './helpers';
import { defineRule, type Hit } from './types';

export const str01 = defineRule(
  {
    id: 'STR-01',
    severity: 'error',
    summary: { zh: '六个部分齐全', en: 'Each of the six sections is present' },
    messages: { default: { zh: '缺少第{n}部分“{title}”', en: 'Section {n} “{title}” is missing' } },
  },
  (r) => SECTIONS.filter((d) => !section(r, d.id)).map((d) => ({ section: d.id, params: { n: cn(d.n), title: d.zh } })),
);

export const str02 = defineRule(
  {
    id: 'STR-02',
    severity: 'warning',
    summary: { zh: '各部分标题带序号（一、…六、）', en: 'Each section heading carries its numeral (一、…六、)' },
    messages: {
      default: {
        zh: '第{n}部分标题缺少序号“{n}、”：{heading}',
        en: 'The heading of section {n} lacks its numeral “{n}、”: {heading}',
      },
      wrong: {
        zh: '第{n}部分标题序号错误：“{heading}”应为“{n}、”',
        en: 'The heading of section {n} has the wrong numeral: “{heading}” should start with “{n}、”',
      },
    },
  },
  (r) =>
    r.sections.flatMap((s): Hit<'default' | 'wrong'>[] => {
      const def = sectionDef(s.id);
      if (s.numeral === def.n) return [];
      return [
        {
          section: s.id,
          variant: s.numeral === null ? 'default' : 'wrong',
          params: { n: cn(def.n), heading: s.heading },
        },
      ];
    }),
);

export const str03 = defineRule(
  {
    id: 'STR-03',
    severity: 'warning',
    summary: { zh: '各部分按一至六的顺序排列', en: 'The sections come in the order 一→六' },
    messages: {
      default: {
        zh: '章节顺序与统一格式不一致：{order}',
        en: 'The sections are not in the order of the national format: {order}',
      },
    },
  },
  (r) => {
    const found = r.sections.map((s) => sectionDef(s.id).n);
    const firstOut = found.findIndex((n, i) => i > 0 && n < found[i - 1]!);
    if (firstOut < 0) return [];
    return [{ section: r.sections[firstOut]!.id, params: { order: found.map(cn).join('→') } }];
  },
);

export const str04 = defineRule(
  {
    id: 'STR-04',
    severity: 'warning',
    summary: { zh: '同一部分标题不重复出现', en: 'No section heading occurs twice' },
    messages: { default: { zh: '第{n}部分重复出现（{k}次）', en: 'Section {n} occurs {k} times' } },
  },
  (r) =>
    r.sections
      .filter((s) => s.occurrences > 1)
      .map((s) => ({ section: s.id, params: { n: cn(sectionDef(s.id).n), k: s.occurrences } })),
);

const S1_TOPICS: [string, RegExp][] = [
  ['主动公开', /主动公开/],
  ['依申请公开', /依申请/],
  ['政府信息管理', /政府信息管理/],
  ['平台建设', /平台/],
  ['监督保障', /监督保障/],
];

export const str05 = defineRule(
  {
    id: 'STR-05',
    severity: 'info',
    summary: { zh: '总体情况涵盖五个方面', en: 'The overview covers the five aspects' },
    messages: { default: { zh: '总体情况未涉及：{list}', en: 'The overview does not cover: {list}' } },
  },
  (r) => {
    if (!section(r, 'S1')) return [];
    const text = sectionText(r, 'S1');
    const missing = S1_TOPICS.filter(([, re]) => !re.test(text)).map(([name]) => name);
    return missing.length ? [{ section: 'S1', params: { list: missing.join('、') } }] : [];
  },
);

function s5Empty(r: Report): boolean {
  const text = sectionText(r, 'S5').replace(/\n/g, '');
  return text === '' || text === '无' || text.length < 10;
}

export const str06 = defineRule(
  {
    id: 'STR-06',
    severity: 'warning',
    summary: { zh: '第五部分有实际内容', en: 'Section 五 has content' },
    messages: {
      default: {
        zh: '存在的主要问题及改进情况内容缺失（正文{len}字）',
        en: 'Section 五 (problems and improvements) has no real content ({lenEn})',
      },
    },
  },
  (r) => {
    if (!section(r, 'S5') || !s5Empty(r)) return [];
    const len = sectionText(r, 'S5').replace(/\n/g, '').length;
    return [{ section: 'S5', params: { len, lenEn: len === 1 ? '1 character' : `${len} characters` } }];
  },
);

export const str07 = defineRule(
  {
    id: 'STR-07',
    severity: 'info',
    summary: {
      zh: '第五部分说明上年度问题的整改情况（启发式）',
      en: 'Section 五 says how last year’s problems were fixed (heuristic)',
    },
    messages: {
      default: {
        zh: '未说明上年度问题的整改情况',
        en: 'Section 五 does not say how last year’s problems were addressed',
      },
    },
  },
  (r) => {
    if (!section(r, 'S5') || s5Empty(r)) return [];
    const text = sectionText(r, 'S5');
    const words = ['上年', '上一年', '去年', '整改'];
    if (r.year !== null) words.push(`${r.year - 1}年`);
    return words.some((w) => text.includes(w)) ? [] : [{ section: 'S5' }];
  },
);

/**
 * A sentence that reports charging or not charging for disclosure, however it is worded: 信息处理费, or
 * "政府信息公开未发生收费情况", "未收取任何费用".
 */
const FEE_STATEMENT = /处理费|收费|收取[^。;]{0,12}费|费用/;

export const str08 = defineRule(
  {
    id: 'STR-08',
    severity: 'warning',
    summary: {
      zh: '第六部分报告信息处理费收取情况（2021版格式）',
      en: 'Section 六 reports the information-processing fee (2021 form)',
    },
    messages: {
      default: {
        zh: '未报告信息处理费收取情况',
        en: 'Section 六 does not report the information-processing fee (信息处理费)',
      },
    },
  },
  (r) =>
    r.formatVersion === '2021' && section(r, 'S6') && !FEE_STATEMENT.test(sectionText(r, 'S6'))
      ? [{ section: 'S6' }]
      : [],
);

const SUBHEAD = /^[#*]*\(([一二三四五六七八九十]{1,3})\)/;

export const str09 = defineRule(
  {
    id: 'STR-09',
    severity: 'info',
    summary: {
      zh: '第一、六部分的子项（一）（二）…编号连续',
      en: 'Sub-headings （一）（二）… in sections 一 and 六 run without gaps',
    },
    messages: {
      default: {
        zh: '第{n}部分子项编号不连续：{seq}',
        en: 'The sub-items of section {n} are not numbered in sequence: {seq}',
      },
    },
  },
  (r) =>
    (['S1', 'S6'] as const).flatMap((id): Hit[] => {
      const s = section(r, id);
      if (!s) return [];
      const seq: { n: number; p: number }[] = [];
      for (const p of s.paragraphs) {
        const m = SUBHEAD.exec(r.paragraphs[p]!.text);
        const n = m ? chineseNumeral(m[1]!) : undefined;
        if (n !== undefined) seq.push({ n, p });
      }
      const bad = seq.findIndex((x, i) => x.n !== i + 1);
      if (bad < 0) return [];
      return [
        {
          section: id,
          paragraph: seq[bad]!.p,
          params: { n: id === 'S1' ? '一' : '六', seq: seq.map((x) => `（${cn(x.n)}）`).join('') },
        },
      ];
    }),
);

/** 1月1日 or 01月01日 (zero-padded, as many CMS date fields write it) to 12月31日. */
const PERIOD_RE = /(\d{4})年0?1月0?1日(?:起)?(?:至|到|-|~|—)(?:(\d{4})年)?12月31日/;

export const str10 = defineRule(
  {
    id: 'STR-10',
    severity: 'info',
    summary: {
      zh: '说明数据统计期限，且与报告年度一致',
      en: 'The statistics period is stated and matches the report year',
    },
    messages: {
      default: { zh: '未说明数据统计期限', en: 'The statistics period (1 January to 31 December) is not stated' },
      mismatch: {
        zh: '统计期限年份{found}与报告年度{year}不一致',
        en: 'The statistics period’s year {found} differs from the report year {year}',
      },
    },
  },
  (r) => {
    const where = [...r.preamble, ...(section(r, 'S1')?.paragraphs ?? [])];
    for (const p of where) {
      const m = PERIOD_RE.exec(r.paragraphs[p]!.text);
      if (!m) continue;
      const found = Number(m[1]);
      const end = m[2] ? Number(m[2]) : found;
      if (r.year !== null && (found !== r.year || end !== r.year)) {
        return [
          {
            variant: 'mismatch',
            severity: 'warning',
            paragraph: p,
            excerpt: m[0],
            params: { found: found === end ? found : `${found}/${end}`, year: r.year },
          },
        ];
      }
      return [];
    }
    return [{}];
  },
);

export const str11 = defineRule(
  {
    id: 'STR-11',
    severity: 'info',
    summary: {
      zh: '在法定时限内发布（部门1月31日，本级政府综合报告3月31日）',
      en: 'Published by the statutory deadline (31 January; 31 March for a government’s consolidated report)',
    },
    messages: {
      default: {
        zh: '发布时间{date}晚于法定时限{deadline}',
        en: 'Published {date}, after the statutory deadline {deadline}',
      },
      unsure: {
        zh: '发布时间{date}晚于部门报告的法定时限{deadline}（如为本级人民政府的年度报告，时限为{govDeadline}，则未逾期）',
        en: 'Published {date}, after a department’s deadline {deadline} (a government’s own report is due by {govDeadline}, so it may be on time)',
      },
    },
  },
  (r): Hit<'default' | 'unsure'>[] => {
    if (r.year === null || !r.publishDate) return [];
    const dept = `${r.year + 1}-01-31`;
    const gov = `${r.year + 1}-03-31`;
    const kind = reportingBody(r);
    const deadline = kind === 'government' ? gov : dept;
    if (r.publishDate <= deadline) return [];
    // Between the two deadlines a report we cannot place is only possibly late: say so, do not flag it.
    if (kind === 'unsure' && r.publishDate <= gov)
      return [{ variant: 'unsure', params: { date: r.publishDate, deadline, govDeadline: gov } }];
    return [{ params: { date: r.publishDate, deadline } }];
  },
);

/** A government's own report is due 31 March; its departments' 31 January (条例第五十条). */
type ReportingBody = 'government' | 'department' | 'unsure';

/** Bodies at the level of a government: 管委会 of a zone, or a zone or place named alone ("XX新区", "XX市"). */
const GOVERNMENT_NAME =
  /人民政府$|(开发区|新区|试验区|实验区|示范区|高新区|合作区|园区|自贸区)(管委会|管理委员会|管理局)?$|^[^局委办厅院所站队馆中心]{2,12}?(省|市|区|县|州|旗|盟)$/;
const DEPARTMENT_NAME = /(局|委员会|委|办公室|办公厅|办|厅|中心|院|所|站|队|馆|处|署|会|公司|集团)$/;
/** The report says it is a government's consolidated one (written by its office for the whole level). */
const CONSOLIDATED =
  /本级政府|本级人民政府|全(省|市|区|县|州|旗)政府信息公开工作|人民政府办公[室厅](负责)?(编制|编写|汇总)/;

function reportingBody(r: Report): ReportingBody {
  const opening = [...r.preamble, ...(section(r, 'S1')?.paragraphs ?? []).slice(0, 3)].map(
    (p) => r.paragraphs[p]!.text,
  );
  if (GOVERNMENT_NAME.test(r.agency) || opening.some((t) => CONSOLIDATED.test(t))) return 'government';
  return DEPARTMENT_NAME.test(r.agency) ? 'department' : 'unsure';
}

export const strRules = [str01, str02, str03, str04, str05, str06, str07, str08, str09, str10, str11];
