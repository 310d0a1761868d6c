/**
 * The one vocabulary of the national format (spec §1): the ids of sections, tables, rows and columns, with their
 * Chinese and English names and the keyword a page label must contain to be that row or column. Everything else
 * (the model's zod enums, the mappers, the rules' lists and messages, the popup's group names) derives from here.
 */
import { FORMAT_VERSIONS, SECTION_IDS, TABLE_IDS, type FormatVersion, type SectionId, type TableId } from './ids';
import type { Label } from './parts';

export { FORMAT_VERSIONS, SECTION_IDS, TABLE_IDS, type FormatVersion, type SectionId, type TableId };
export {
  SECTIONS,
  sectionDef,
  sectionName,
  tableDef,
  tableOfSection,
  type Label,
  type SectionDef,
} from './parts';

/** The keys of a record in their written order (string keys keep insertion order). */
function keysOf<T extends object>(o: T): (keyof T & string)[] {
  return Object.keys(o) as (keyof T & string)[];
}

// ---- Table 3 -----------------------------------------------------------------------------------------------

export const T3_COLUMNS = {
  np: { zh: '自然人', en: 'natural persons' },
  biz: { zh: '商业企业', en: 'businesses' },
  sci: { zh: '科研机构', en: 'research institutions' },
  ngo: { zh: '社会公益组织', en: 'public-interest organisations' },
  law: { zh: '法律服务机构', en: 'legal service institutions' },
  oth: { zh: '其他', en: 'others' },
  /** Only on pages that add a 法人或其他组织小计 column (a local variant). */
  orgSub: { zh: '法人或其他组织小计', en: 'organisations subtotal' },
  total: { zh: '总计', en: 'total' },
} satisfies Record<string, Label>;
export type T3Col = keyof typeof T3_COLUMNS;

/** The applicant columns that add up to 总计. */
export const APPLICANT_COLS = ['np', 'biz', 'sci', 'ngo', 'law', 'oth'] as const satisfies readonly T3Col[];
/** The 法人或其他组织 columns, which add up to the optional 小计 column. */
export const ORG_COLS = APPLICANT_COLS.filter((c) => c !== 'np');
/** The data columns of the national table 3, left to right. */
export const T3_COLS = [...APPLICANT_COLS, 'total'] as const;
/** The same with the local 小计 column. */
export const T3_COLS_WITH_ORG_SUB = [...APPLICANT_COLS, 'orgSub', 'total'] as const;

export function t3ColName(col: string): Label {
  return T3_COLUMNS[col as T3Col] ?? { zh: col, en: col };
}

export const T3_GROUPS = {
  r3: { n: 3, zh: '(三)不予公开', en: '(3) not disclosed', key: /^(\(三\))?不予公开(小计|合计)?$/ },
  r4: { n: 4, zh: '(四)无法提供', en: '(4) cannot be provided', key: /^(\(四\))?无法提供(小计|合计)?$/ },
  r5: { n: 5, zh: '(五)不予处理', en: '(5) not handled', key: /^(\(五\))?不予处理(小计|合计)?$/ },
  r6: { n: 6, zh: '(六)其他处理', en: '(6) other handling', key: /^(\(六\))?其他处理(小计|合计)?$/ },
} satisfies Record<string, Label & { n: number; key: RegExp }>;
export type T3Group = keyof typeof T3_GROUPS;
export const T3_GROUP_IDS = keysOf(T3_GROUPS);

export interface T3RowDef extends Label {
  id: string;
  /** Distinctive text a label must contain. */
  key: RegExp;
  group?: T3Group;
  /** Position inside its group (1-based), for labels that only match by number. */
  item?: number;
  /** Counted in （七）总计. */
  leaf: boolean;
  /** A few words for a long label, where a message lists several rows ("逾期不补正"). */
  short?: string;
  formats: readonly FormatVersion[];
}

const BOTH = FORMAT_VERSIONS;

/** The numbered items of a group: ids r3_1…, labels "1.…" as normLabel() leaves them. */
function items(
  group: T3Group,
  list: [zh: string, en: string, key: RegExp, short?: string][],
  formats: readonly FormatVersion[] = BOTH,
): T3RowDef[] {
  return list.map(([zh, en, key, short], i) => ({
    id: `${group}_${i + 1}`,
    zh: `${i + 1}.${zh}`,
    en: `${i + 1}. ${en}`,
    key,
    group,
    item: i + 1,
    leaf: true,
    formats,
    ...(short ? { short } : {}),
  }));
}

/** Canonical labels are compacted as normLabel() leaves them (ASCII brackets and quotes). */
export const T3_ROWS: T3RowDef[] = [
  {
    id: 'new',
    zh: '一、本年新收政府信息公开申请数量',
    en: 'new applications this year',
    key: /本年新收/,
    leaf: false,
    formats: BOTH,
  },
  {
    id: 'carry',
    zh: '二、上年结转政府信息公开申请数量',
    en: 'carried over from last year',
    key: /上年结转/,
    leaf: false,
    formats: BOTH,
  },
  { id: 'r1', zh: '(一)予以公开', en: '(1) disclosed', key: /予以公开/, leaf: true, formats: BOTH },
  {
    id: 'r2',
    zh: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)',
    en: '(2) partly disclosed',
    key: /部分公开/,
    leaf: true,
    formats: BOTH,
  },
  ...items('r3', [
    ['属于国家秘密', 'state secrets', /国家秘密/],
    ['其他法律行政法规禁止公开', 'barred by other laws and regulations', /法律行政法规|禁止公开/, '法律法规禁止公开'],
    ['危及"三安全一稳定"', 'endangers security or stability', /三安全一稳定/],
    ['保护第三方合法权益', 'protects third parties’ rights', /第三方合法权益/],
    ['属于三类内部事务信息', 'internal affairs', /内部事务/],
    ['属于四类过程性信息', 'process information', /过程性信息/],
    ['属于行政执法案卷', 'enforcement files', /行政执法案卷/],
    ['属于行政查询事项', 'administrative inquiries', /行政查询事项/],
  ]),
  ...items('r4', [
    ['本机关不掌握相关政府信息', 'not held by this agency', /不掌握/, '本机关不掌握'],
    ['没有现成信息需要另行制作', 'would have to be newly made', /另行制作|没有现成/, '需另行制作'],
    ['补正后申请内容仍不明确', 'still unclear after correction', /仍不明确/],
  ]),
  ...items('r5', [
    ['信访举报投诉类申请', 'petitions, reports and complaints', /信访|举报投诉/],
    ['重复申请', 'repeated applications', /^(\d\.)?重复申请$/],
    ['要求提供公开出版物', 'requests for publications', /公开出版物/],
    ['无正当理由大量反复申请', 'mass repeated applications', /大量反复/],
    [
      '要求行政机关确认或重新出具已获取信息',
      'requests to confirm or reissue',
      /确认或重新出具|重新出具/,
      '要求确认或重新出具',
    ],
  ]),
  ...items(
    'r6',
    [
      [
        '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        'not supplemented in time',
        /逾期不补正/,
        '逾期不补正',
      ],
      [
        '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        'fee not paid in time',
        /缴纳费用|收费通知/,
        '逾期未缴费',
      ],
      ['其他', 'other', /^(\d\.)?其他$/],
    ],
    ['2021'],
  ),
  { id: 'r6', zh: '(六)其他处理', en: '(6) other handling', key: /^(\(六\))?其他处理$/, leaf: true, formats: ['2019'] },
  { id: 'r7', zh: '(七)总计', en: '(7) total', key: /^(\(七\))?总计$/, leaf: false, formats: BOTH },
  {
    id: 'fwd',
    zh: '四、结转下年度继续办理',
    en: 'carried forward to next year',
    key: /结转下/,
    leaf: false,
    formats: BOTH,
  },
];

export function t3RowDef(id: string): T3RowDef | undefined {
  return T3_ROWS.find((r) => r.id === id);
}

/** The item rows of a group (（三） → r3_1…r3_8), whatever the format. */
export function t3GroupItems(group: T3Group): string[] {
  return T3_ROWS.filter((r) => r.group === group).map((r) => r.id);
}

/** The rows a table of this format must have. */
export function t3RequiredRows(format: FormatVersion): T3RowDef[] {
  return T3_ROWS.filter((r) => r.formats.includes(format));
}

/** A row's name for messages: the canonical text with its group in front ("(三)不予公开1.属于国家秘密"). */
export function t3RowName(id: string): Label {
  const sub = /^sub([3-6])$/.exec(id);
  if (sub) {
    const g = T3_GROUPS[`r${sub[1]}` as T3Group];
    return { zh: `${g.zh}小计`, en: `${g.en} subtotal` };
  }
  const def = t3RowDef(id);
  if (!def) return { zh: id, en: id };
  if (def.group) return { zh: `${T3_GROUPS[def.group].zh}${def.zh}`, en: `${T3_GROUPS[def.group].en} ${def.en}` };
  return { zh: def.zh, en: def.en };
}

/** A row's own words without numbering or notes ("予以公开", "重复申请"), for sums that list their addends. */
export function t3RowShortName(id: string): Label {
  const def = t3RowDef(id);
  if (!def) return t3RowName(id);
  return {
    zh: def.short ?? def.zh.replace(/^(\([一二三四五六七]\)|\d+\.|[一二三四]、)/, '').replace(/\(.*\)$/, ''),
    en: def.en.replace(/^(\(\d\)|\d+\.) /, ''),
  };
}

// ---- Table 4 -----------------------------------------------------------------------------------------------

/** The three blocks of the one data row, left to right. */
export const T4_GROUPS = {
  review: { zh: '行政复议', en: 'administrative review' },
  litDirect: { zh: '未经复议直接起诉', en: 'lawsuits without prior review' },
  litAfterReview: { zh: '复议后起诉', en: 'lawsuits after review' },
} satisfies Record<string, Label>;
export type T4Group = keyof typeof T4_GROUPS;
export const T4_GROUP_IDS = keysOf(T4_GROUPS);

/** Each block's columns, left to right; the first four add up to 总计. */
export const T4_COLUMNS = {
  kept: { zh: '结果维持', en: 'upheld' },
  corrected: { zh: '结果纠正', en: 'corrected' },
  other: { zh: '其他结果', en: 'other outcome' },
  pending: { zh: '尚未审结', en: 'pending' },
  total: { zh: '总计', en: 'total' },
} satisfies Record<string, Label>;
export type T4Col = keyof typeof T4_COLUMNS;
export const T4_COLS = keysOf(T4_COLUMNS);
export const T4_PARTS = T4_COLS.filter((c) => c !== 'total');

// ---- Table 2 -----------------------------------------------------------------------------------------------

export const T2_BLOCKS = {
  a20_1: { zh: '第二十条第（一）项', en: 'Article 20 (1)', key: /第二十条第\(一\)项/ },
  a20_5: { zh: '第二十条第（五）项', en: 'Article 20 (5)', key: /第二十条第\(五\)项/ },
  a20_6: { zh: '第二十条第（六）项', en: 'Article 20 (6)', key: /第二十条第\(六\)项/ },
  a20_8: { zh: '第二十条第（八）项', en: 'Article 20 (8)', key: /第二十条第\(八\)项/ },
  /** 2019 form only. */
  a20_9: { zh: '第二十条第（九）项', en: 'Article 20 (9)', key: /第二十条第\(九\)项/ },
} satisfies Record<string, Label & { key: RegExp }>;
export type T2Block = keyof typeof T2_BLOCKS;
export const T2_BLOCK_IDS = keysOf(T2_BLOCKS);

export interface T2RowDef extends Label {
  id: string;
  block: T2Block;
  key: RegExp;
  /** Rows only the 2019 form has. */
  only2019?: true;
}
export const T2_ROWS: T2RowDef[] = [
  { id: 'rules', block: 'a20_1', zh: '规章', en: 'rules', key: /^规章$/ },
  { id: 'normDocs', block: 'a20_1', zh: '行政规范性文件', en: 'normative documents', key: /规范性文件/ },
  { id: 'licensing', block: 'a20_5', zh: '行政许可', en: 'licensing', key: /行政许可/ },
  {
    id: 'otherServices',
    block: 'a20_5',
    zh: '其他对外管理服务事项',
    en: 'other public services',
    key: /对外管理服务/,
    only2019: true,
  },
  { id: 'penalty', block: 'a20_6', zh: '行政处罚', en: 'penalties', key: /行政处罚/ },
  { id: 'coercion', block: 'a20_6', zh: '行政强制', en: 'coercive measures', key: /行政强制/ },
  { id: 'adminFee', block: 'a20_8', zh: '行政事业性收费', en: 'administrative fees', key: /事业性收费/ },
  { id: 'procurement', block: 'a20_9', zh: '政府集中采购', en: 'central procurement', key: /集中采购/, only2019: true },
];

export interface T2ColDef extends Label {
  id: string;
  key: RegExp;
  /** A count of documents or decisions: must be a non-negative integer (TBL-07). */
  count: boolean;
  format: FormatVersion;
  /** The label of the other form, where both forms have the column. */
  alias?: string;
}
export const T2_COLS: T2ColDef[] = [
  { id: 'issued', zh: '本年制发件数', en: 'issued this year', key: /制发/, count: true, format: '2021' },
  { id: 'repealed', zh: '本年废止件数', en: 'repealed this year', key: /废止/, count: true, format: '2021' },
  { id: 'valid', zh: '现行有效件数', en: 'in force', key: /现行有效/, count: true, format: '2021' },
  {
    id: 'decisions',
    zh: '本年处理决定数量',
    en: 'decisions this year',
    key: /处理决定/,
    count: true,
    format: '2021',
    alias: '处理决定数量',
  },
  {
    id: 'feeAmount',
    zh: '本年收费金额（单位：万元）',
    en: 'fees this year (10,000 yuan)',
    key: /收费金额/,
    count: false,
    format: '2021',
  },
  { id: 'made', zh: '本年新制作数量', en: 'newly made this year', key: /新制作/, count: true, format: '2019' },
  {
    id: 'published',
    zh: '本年新公开数量',
    en: 'newly published this year',
    key: /新公开/,
    count: true,
    format: '2019',
  },
  { id: 'totalPublic', zh: '对外公开总数量', en: 'published in total', key: /对外公开总/, count: true, format: '2019' },
  { id: 'prevCount', zh: '上一年项目数量', en: 'items last year', key: /上一年项目/, count: true, format: '2019' },
  { id: 'change', zh: '本年增/减', en: 'change this year', key: /增\/?减/, count: false, format: '2019' },
  { id: 'procCount', zh: '采购项目数量', en: 'procurement projects', key: /采购项目数/, count: true, format: '2019' },
  { id: 'procAmount', zh: '采购总金额', en: 'procurement amount', key: /采购总金额/, count: false, format: '2019' },
];

/** The columns that mark a table 2 as the 2019 form (DET-03, and the form of a report without a year). */
export const T2_COLS_2019 = T2_COLS.filter((c) => c.format === '2019').map((c) => c.id);
/** The rows that mark a table 2 as the 2019 form. */
export const T2_ROWS_2019 = T2_ROWS.filter((r) => r.only2019).map((r) => r.id);

export function t2RowDef(id: string): T2RowDef | undefined {
  return T2_ROWS.find((r) => r.id === id);
}

export function t2ColDef(id: string): T2ColDef | undefined {
  return T2_COLS.find((c) => c.id === id);
}
