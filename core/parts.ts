/**
 * The report's parts as readers name them: the six sections and the three tables, with their zh/en names, the
 * wording a heading is matched by, and which table belongs to which section. Apart from the tables' rows and
 * columns (core/vocabulary.ts) so that the popup, which only names parts, carries no more than this.
 */
import type { SectionId, TableId } from './ids';
import { cnNumeral } from './numerals';

export interface Label {
  zh: string;
  en: string;
}

// ---- Sections ----------------------------------------------------------------------------------------------

/**
 * `core` matches a heading's text exactly as the national format and its known variants word it; `wordings` are
 * what a heading with a typo is compared with (core/sections.ts), the national wording first; `gist` is what a
 * short heading numbered as this section must say to be taken for it ("四、行政复议、行政诉讼情况").
 */
export const SECTIONS = [
  { id: 'S1', n: 1, zh: '总体情况', en: 'Overview', core: /^总体情况/, wordings: ['总体情况'], gist: /总体|概况|概述/ },
  {
    id: 'S2',
    n: 2,
    zh: '主动公开政府信息情况',
    en: 'Proactive disclosure',
    core: /^主动公开政府信息(的)?情况/,
    wordings: ['主动公开政府信息情况'],
    gist: /主动公开/,
  },
  {
    id: 'S3',
    n: 3,
    zh: '收到和处理政府信息公开申请情况',
    en: 'Applications received and handled',
    core: /^收到和处理政府信息公开申请(的)?情况/,
    wordings: ['收到和处理政府信息公开申请情况'],
    gist: /申请/,
  },
  {
    id: 'S4',
    n: 4,
    zh: '政府信息公开行政复议、行政诉讼情况',
    en: 'Administrative reviews and lawsuits',
    core: /^(因)?政府信息公开(工作)?(被申请)?行政复议[、和及与]?(提起)?行政诉讼(的)?情况/,
    // The second is the 2019 form's wording.
    wordings: ['政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
    gist: /复议|诉讼/,
  },
  {
    id: 'S5',
    n: 5,
    zh: '存在的主要问题及改进情况',
    en: 'Problems and improvements',
    core: /^(政府信息公开(工作)?)?存在的?(主要)?问题(及|和|与)(改进|整改)(情况|措施)/,
    wordings: ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况'],
    gist: /问题|改进|整改/,
  },
  {
    id: 'S6',
    n: 6,
    zh: '其他需要报告的事项',
    en: 'Other matters',
    core: /^其他需要报告的事项/,
    wordings: ['其他需要报告的事项'],
    gist: /其[他它].*(事项|报告)/,
  },
] as const;

export type SectionDef = (typeof SECTIONS)[number];
// Compile-time checks: every section here has an id of core/ids.ts, and every id there has its section here.
SECTIONS satisfies readonly { id: SectionId }[];
true satisfies [Exclude<SectionId, SectionDef['id']>] extends [never] ? true : never;

export function sectionDef(id: SectionId): SectionDef {
  return SECTIONS.find((s) => s.id === id)!;
}

/** A section as a reader names it: 二、主动公开政府信息情况 / Part 2: Proactive disclosure. */
export function sectionName(id: SectionId): Label {
  const s = sectionDef(id);
  return { zh: `${cnNumeral(s.n)}、${s.zh}`, en: `Part ${s.n}: ${s.en}` };
}

// ---- Tables ------------------------------------------------------------------------------------------------

export const TABLES = [
  {
    id: 'T2',
    n: 2,
    section: 'S2',
    short: '表二',
    zh: '表二（主动公开政府信息情况）',
    en: 'Table 2 (proactive disclosure)',
  },
  {
    id: 'T3',
    n: 3,
    section: 'S3',
    short: '表三',
    zh: '表三（收到和处理政府信息公开申请情况）',
    en: 'Table 3 (applications received and handled)',
  },
  {
    id: 'T4',
    n: 4,
    section: 'S4',
    short: '表四',
    zh: '表四（行政复议、行政诉讼情况）',
    en: 'Table 4 (reviews and lawsuits)',
  },
] as const;

export type TableDef = (typeof TABLES)[number];
TABLES satisfies readonly { id: TableId }[];
true satisfies [Exclude<TableId, TableDef['id']>] extends [never] ? true : never;

export function tableDef(id: TableId): TableDef {
  return TABLES.find((t) => t.id === id)!;
}

/** The table a section carries (二 → 表二 …), if any. */
export function tableOfSection(id: SectionId): TableId | undefined {
  return TABLES.find((t) => t.section === id)?.id;
}
