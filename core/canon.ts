/**
 * Canonical ids and labels of the national format (spec §1). Row and column ids are the ones findings and the
 * export use; the keyword of each row is what a label must contain to be that row.
 */

export const SECTION_IDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionDef {
  id: SectionId;
  n: number;
  title: string;
  /** Matches the heading's core text (numeral stripped, compacted). */
  core: RegExp;
}

export const SECTIONS: SectionDef[] = [
  { id: 'S1', n: 1, title: '总体情况', core: /^总体情况/ },
  { id: 'S2', n: 2, title: '主动公开政府信息情况', core: /^主动公开政府信息(的)?情况/ },
  { id: 'S3', n: 3, title: '收到和处理政府信息公开申请情况', core: /^收到和处理政府信息公开申请(的)?情况/ },
  {
    id: 'S4',
    n: 4,
    title: '政府信息公开行政复议、行政诉讼情况',
    core: /^(因)?政府信息公开(工作)?(被申请)?行政复议[、和及与]?(提起)?行政诉讼(的)?情况/,
  },
  {
    id: 'S5',
    n: 5,
    title: '存在的主要问题及改进情况',
    core: /^(政府信息公开(工作)?)?存在的?(主要)?问题(及|和|与)(改进|整改)(情况|措施)/,
  },
  { id: 'S6', n: 6, title: '其他需要报告的事项', core: /^其他需要报告的事项/ },
];

export type TableId = 'T2' | 'T3' | 'T4';
export const TABLE_OF_SECTION: Partial<Record<SectionId, TableId>> = { S2: 'T2', S3: 'T3', S4: 'T4' };
export const TABLE_NAMES: Record<TableId, { zh: string; en: string; n: number }> = {
  T2: { zh: '表二（主动公开政府信息情况）', en: 'Table 2 (proactive disclosure)', n: 2 },
  T3: { zh: '表三（收到和处理政府信息公开申请情况）', en: 'Table 3 (applications received and handled)', n: 3 },
  T4: { zh: '表四（行政复议、行政诉讼情况）', en: 'Table 4 (reviews and lawsuits)', n: 4 },
};

export type FormatVersion = '2021' | '2019';

// ---- Table 3 ----------------------------------------------------------------------------------------------

export const T3_COLS = ['np', 'biz', 'sci', 'ngo', 'law', 'oth', 'total'] as const;
export type T3Col = (typeof T3_COLS)[number];
export const T3_COL_LABELS: Record<string, string> = {
  np: '自然人',
  biz: '商业企业',
  sci: '科研机构',
  ngo: '社会公益组织',
  law: '法律服务机构',
  oth: '其他',
  total: '总计',
  orgSub: '法人或其他组织小计',
};
export const T3_COL_LABELS_EN: Record<string, string> = {
  np: 'natural persons',
  biz: 'businesses',
  sci: 'research institutions',
  ngo: 'public-interest organisations',
  law: 'legal service institutions',
  oth: 'others',
  total: 'total',
  orgSub: 'organisations subtotal',
};

export type T3Group = 'r3' | 'r4' | 'r5' | 'r6';

export interface T3RowDef {
  id: string;
  /** Canonical label, compacted as normLabel() leaves it. */
  label: string;
  /** Distinctive text a label must contain. */
  key: RegExp;
  group?: T3Group;
  /** Position inside its group (1-based), for labels that only match by number. */
  item?: number;
  leaf: boolean;
  formats: FormatVersion[];
}

const BOTH: FormatVersion[] = ['2021', '2019'];
const ONLY_2021: FormatVersion[] = ['2021'];

function items(group: T3Group, list: [string, RegExp][], formats = BOTH): T3RowDef[] {
  return list.map(([label, key], i) => ({
    id: `${group}_${i + 1}`,
    label: `${i + 1}.${label}`,
    key,
    group,
    item: i + 1,
    leaf: true,
    formats,
  }));
}

export const T3_ROWS: T3RowDef[] = [
  { id: 'new', label: '一、本年新收政府信息公开申请数量', key: /本年新收/, leaf: false, formats: BOTH },
  { id: 'carry', label: '二、上年结转政府信息公开申请数量', key: /上年结转/, leaf: false, formats: BOTH },
  { id: 'r1', label: '(一)予以公开', key: /予以公开/, leaf: true, formats: BOTH },
  { id: 'r2', label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', key: /部分公开/, leaf: true, formats: BOTH },
  ...items('r3', [
    ['属于国家秘密', /国家秘密/],
    ['其他法律行政法规禁止公开', /法律行政法规|禁止公开/],
    ['危及"三安全一稳定"', /三安全一稳定/],
    ['保护第三方合法权益', /第三方合法权益/],
    ['属于三类内部事务信息', /内部事务/],
    ['属于四类过程性信息', /过程性信息/],
    ['属于行政执法案卷', /行政执法案卷/],
    ['属于行政查询事项', /行政查询事项/],
  ]),
  ...items('r4', [
    ['本机关不掌握相关政府信息', /不掌握/],
    ['没有现成信息需要另行制作', /另行制作|没有现成/],
    ['补正后申请内容仍不明确', /仍不明确/],
  ]),
  ...items('r5', [
    ['信访举报投诉类申请', /信访|举报投诉/],
    ['重复申请', /^(\d\.)?重复申请$/],
    ['要求提供公开出版物', /公开出版物/],
    ['无正当理由大量反复申请', /大量反复/],
    ['要求行政机关确认或重新出具已获取信息', /确认或重新出具|重新出具/],
  ]),
  ...items(
    'r6',
    [
      ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', /逾期不补正/],
      ['申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', /缴纳费用|收费通知/],
      ['其他', /^(\d\.)?其他$/],
    ],
    ONLY_2021,
  ),
  { id: 'r6', label: '(六)其他处理', key: /^(\(六\))?其他处理$/, leaf: true, formats: ['2019'] },
  { id: 'r7', label: '(七)总计', key: /^(\(七\))?总计$/, leaf: false, formats: BOTH },
  { id: 'fwd', label: '四、结转下年度继续办理', key: /结转下/, leaf: false, formats: BOTH },
];

export const T3_GROUPS: Record<T3Group, { label: string; key: RegExp; n: number }> = {
  r3: { label: '(三)不予公开', key: /^(\(三\))?不予公开(小计|合计)?$/, n: 3 },
  r4: { label: '(四)无法提供', key: /^(\(四\))?无法提供(小计|合计)?$/, n: 4 },
  r5: { label: '(五)不予处理', key: /^(\(五\))?不予处理(小计|合计)?$/, n: 5 },
  r6: { label: '(六)其他处理', key: /^(\(六\))?其他处理(小计|合计)?$/, n: 6 },
};

export function t3RowDef(id: string): T3RowDef | undefined {
  return T3_ROWS.find((r) => r.id === id);
}

/** The rows a table of this format must have. */
export function t3RequiredRows(format: FormatVersion): T3RowDef[] {
  return T3_ROWS.filter((r) => r.formats.includes(format));
}

/** Display label of a row for messages: the canonical text, without the group prefix. */
export function t3RowLabel(id: string): string {
  if (/^sub[3-6]$/.test(id)) return `${T3_GROUPS[`r${id[3]}` as T3Group].label}小计`;
  const def = t3RowDef(id);
  if (!def) return id;
  if (def.group && def.item) return `${T3_GROUPS[def.group].label}${def.label}`;
  return def.label;
}

// ---- Table 4 ----------------------------------------------------------------------------------------------

export const T4_GROUPS = ['review', 'litDirect', 'litAfterReview'] as const;
export type T4Group = (typeof T4_GROUPS)[number];
export const T4_COLS = ['kept', 'corrected', 'other', 'pending', 'total'] as const;
export const T4_GROUP_LABELS: Record<T4Group, { zh: string; en: string }> = {
  review: { zh: '行政复议', en: 'administrative review' },
  litDirect: { zh: '未经复议直接起诉', en: 'lawsuits without prior review' },
  litAfterReview: { zh: '复议后起诉', en: 'lawsuits after review' },
};
export const T4_COL_LABELS: Record<string, string> = {
  kept: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// ---- Table 2 ----------------------------------------------------------------------------------------------

export type T2Block = 'a20_1' | 'a20_5' | 'a20_6' | 'a20_8' | 'a20_9';
export const T2_BLOCKS: { id: T2Block; key: RegExp; caption: string }[] = [
  { id: 'a20_1', key: /第二十条第\(一\)项/, caption: '第二十条第（一）项' },
  { id: 'a20_5', key: /第二十条第\(五\)项/, caption: '第二十条第（五）项' },
  { id: 'a20_6', key: /第二十条第\(六\)项/, caption: '第二十条第（六）项' },
  { id: 'a20_8', key: /第二十条第\(八\)项/, caption: '第二十条第（八）项' },
  { id: 'a20_9', key: /第二十条第\(九\)项/, caption: '第二十条第（九）项' },
];

export interface T2RowDef {
  id: string;
  block: T2Block;
  label: string;
  key: RegExp;
}
export const T2_ROWS: T2RowDef[] = [
  { id: 'rules', block: 'a20_1', label: '规章', key: /^规章$/ },
  { id: 'normDocs', block: 'a20_1', label: '行政规范性文件', key: /规范性文件/ },
  { id: 'licensing', block: 'a20_5', label: '行政许可', key: /行政许可/ },
  { id: 'otherServices', block: 'a20_5', label: '其他对外管理服务事项', key: /对外管理服务/ },
  { id: 'penalty', block: 'a20_6', label: '行政处罚', key: /行政处罚/ },
  { id: 'coercion', block: 'a20_6', label: '行政强制', key: /行政强制/ },
  { id: 'adminFee', block: 'a20_8', label: '行政事业性收费', key: /事业性收费/ },
  { id: 'procurement', block: 'a20_9', label: '政府集中采购', key: /集中采购/ },
];

export interface T2ColDef {
  id: string;
  label: string;
  key: RegExp;
  /** A count of documents or decisions: must be a non-negative integer (TBL-07). */
  count: boolean;
  format: FormatVersion;
  /** The label of the other form, where both forms have the column. */
  alias?: string;
}
export const T2_COLS: T2ColDef[] = [
  { id: 'issued', label: '本年制发件数', key: /制发/, count: true, format: '2021' },
  { id: 'repealed', label: '本年废止件数', key: /废止/, count: true, format: '2021' },
  { id: 'valid', label: '现行有效件数', key: /现行有效/, count: true, format: '2021' },
  { id: 'decisions', label: '本年处理决定数量', key: /处理决定/, count: true, format: '2021', alias: '处理决定数量' },
  { id: 'feeAmount', label: '本年收费金额（单位：万元）', key: /收费金额/, count: false, format: '2021' },
  { id: 'made', label: '本年新制作数量', key: /新制作/, count: true, format: '2019' },
  { id: 'published', label: '本年新公开数量', key: /新公开/, count: true, format: '2019' },
  { id: 'totalPublic', label: '对外公开总数量', key: /对外公开总/, count: true, format: '2019' },
  { id: 'prevCount', label: '上一年项目数量', key: /上一年项目/, count: true, format: '2019' },
  { id: 'change', label: '本年增/减', key: /增\/?减/, count: false, format: '2019' },
  { id: 'procCount', label: '采购项目数量', key: /采购项目数/, count: true, format: '2019' },
  { id: 'procAmount', label: '采购总金额', key: /采购总金额/, count: false, format: '2019' },
];

