/**
 * A correct report, as the extractor hands it to the rules, for the per-rule cases in test/rules: a county
 * health bureau's 2024 report on the 2021 form, with all six sections, text that states the statistics period,
 * covers the five aspects of the overview and repeats the tables' figures, and tables that add up.
 * Cases change one thing at a time with the helpers below (all pure: they return a new report).
 *
 * The figures a user would see:
 *   表三 (np biz sci ngo law oth total)  新收 20 3 0 0 1 0 24 · 上年结转 1 0 0 0 0 0 1 · 予以公开 10 2 … 12 ·
 *        部分公开 3 0 0 0 1 0 4 · 不予公开3. 1 … 1 · 无法提供1. 2 1 … 3 · 不予处理2. 1 … 1 · 其他处理1. 1 … 1 ·
 *        （七）总计 18 3 0 0 1 0 22 · 结转下年度 3 0 0 0 0 0 3 (every other row 0)
 *   表四 行政复议 1 1 0 1 | 3 · 未经复议起诉 1 0 0 0 | 1 · 复议后起诉 0 0 0 0 | 0
 *   表二 规章 0 0 2 · 行政规范性文件 3 1 15 · 行政许可 209 · 行政处罚 9 · 行政强制 0 · 行政事业性收费 1.5 万元
 */
import { SECTIONS, T3_ROWS } from '../../core/vocabulary';
import type { Report, SectionId } from '../../core/model';
import { countNumbers, emptyTable, makeRow, with2019Tables } from './tables';
import { compose, withText, type Block } from './text';

export * from './tables';
export * from './text';

export const AGENCY = '示例县卫生健康局';
export const YEAR = 2024;

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** The title as the page writes it; the extractor reads the year and the agency from it. */
export function titleOf(agency: string, year: number | null): string {
  return `${agency}${year === null ? '' : `${year}年`}政府信息公开工作年度报告`;
}

const PREAMBLE = [
  titleOf(AGENCY, YEAR),
  '根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国' +
    '政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，编制本报告。' +
    '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
];

const BODIES: Record<SectionId, string[]> = {
  S1: [
    '本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开各项工作。',
    '（一）主动公开',
    '本年主动公开政府信息326条，其中政策文件58条，工作动态203条。',
    '本年制发行政规范性文件3件，均已按规定在门户网站公开。',
    '（二）依申请公开',
    '严格按照条例规定办理依申请公开事项，做到依法依规按时答复。',
    '（三）政府信息管理',
    '健全政府信息发布审核机制，坚持先审后发。',
    '（四）平台建设',
    '加强政府门户网站政务公开专栏建设，及时更新栏目内容。',
    '（五）监督保障',
    '将政务公开工作纳入年度绩效考核，组织业务培训2次。',
  ],
  S2: [],
  S3: [
    '本年共新收政府信息公开申请24件，上年结转1件，共办理25件，其中办结22件，结转下年度继续办理3件。',
    '办理结果为：予以公开12件，部分公开4件，不予公开1件，无法提供3件，不予处理1件，其他处理1件。',
  ],
  S4: ['本年度因政府信息公开工作被申请行政复议3件，被提起行政诉讼1件。'],
  S5: [
    '上年度报告指出的政策解读形式单一问题已完成整改，本年新增图文解读12篇。',
    '存在的主要问题是基层政务公开标准化建设仍有差距，下一步将加强业务培训和督促检查。',
  ],
  S6: ['本年度未收取信息处理费。', '无其他需要报告的事项。'],
};

/** Page tables under each section: 表二 is page table 0, 表三 1, 表四 2. */
const SECTION_TABLES: Partial<Record<SectionId, number[]>> = { S2: [0], S3: [1], S4: [2] };

const T3_FIGURES: Record<string, number[]> = {
  new: [20, 3, 0, 0, 1, 0, 24],
  carry: [1, 0, 0, 0, 0, 0, 1],
  r1: [10, 2, 0, 0, 0, 0, 12],
  r2: [3, 0, 0, 0, 1, 0, 4],
  r3_3: [1, 0, 0, 0, 0, 0, 1],
  r4_1: [2, 1, 0, 0, 0, 0, 3],
  r5_2: [1, 0, 0, 0, 0, 0, 1],
  r6_1: [1, 0, 0, 0, 0, 0, 1],
  r7: [18, 3, 0, 0, 1, 0, 22],
  fwd: [3, 0, 0, 0, 0, 0, 3],
};

function t3(): NonNullable<Report['tables']['T3']> {
  const t = emptyTable('T3', ['np', 'biz', 'sci', 'ngo', 'law', 'oth', 'total'], 7);
  for (const def of T3_ROWS.filter((d) => d.formats.includes('2021'))) {
    const figures = T3_FIGURES[def.id] ?? [0, 0, 0, 0, 0, 0, 0];
    t.rows[def.id] = makeRow(t, def.id, def.zh, Object.fromEntries(t.columns.map((c, i) => [c, figures[i]!])));
  }
  return t;
}

function t4(): NonNullable<Report['tables']['T4']> {
  const t = emptyTable('T4', ['kept', 'corrected', 'other', 'pending', 'total'], 15);
  const figures = { review: [1, 1, 0, 1, 3], litDirect: [1, 0, 0, 0, 1], litAfterReview: [0, 0, 0, 0, 0] };
  for (const [group, values] of Object.entries(figures)) {
    t.rows[group] = makeRow(t, group, group, Object.fromEntries(t.columns.map((c, i) => [c, values[i]!])));
  }
  return t;
}

function t2(): NonNullable<Report['tables']['T2']> {
  const t = { ...emptyTable('T2', [], 0), feeHeader: '本年收费金额(单位:万元)' };
  const rows: [string, string, Record<string, number>][] = [
    ['rules', '规章', { issued: 0, repealed: 0, valid: 2 }],
    ['normDocs', '行政规范性文件', { issued: 3, repealed: 1, valid: 15 }],
    ['licensing', '行政许可', { decisions: 209 }],
    ['penalty', '行政处罚', { decisions: 9 }],
    ['coercion', '行政强制', { decisions: 0 }],
    ['adminFee', '行政事业性收费', { feeAmount: 1.5 }],
  ];
  for (const [id, label, cells] of rows) {
    t.rows[id] = makeRow(t, id, label, cells);
    for (const c of Object.keys(cells)) if (!t.columns.includes(c)) t.columns.push(c);
  }
  return t;
}

/** The correct report: the whole rule registry finds nothing in it (test/rules/base.test.ts). */
export function report(): Report {
  const tables = { T2: t2(), T3: t3(), T4: t4() };
  for (const t of Object.values(tables)) t.numericCells = countNumbers(t);
  const sections: Block[] = SECTIONS.map((d, i) => ({
    id: d.id,
    heading: `${NUMERALS[i]}、${d.zh}`,
    numeral: d.n,
    occurrences: 1,
    tables: SECTION_TABLES[d.id] ?? [],
    body: BODIES[d.id],
  }));
  const meta = {
    url: 'https://www.example.gov.cn/zwgk/ndbg/art_2025_0120.html',
    title: titleOf(AGENCY, YEAR),
    agency: AGENCY,
    year: YEAR,
    formatVersion: '2021' as const,
    publishDate: '2025-01-20',
    tables,
    rawGrids: [],
  };
  return compose(meta, { preamble: PREAMBLE, sections });
}

/** The title (and the title line of the preamble) with this year, or none; the body text is left as it is. */
export function withYear(r: Report, year: number | null): Report {
  return retitle({ ...r, year }, r.agency, year);
}

/** The agency named in the title. */
export function withAgency(r: Report, agency: string): Report {
  return retitle({ ...r, agency }, agency, r.year);
}

function retitle(r: Report, agency: string, year: number | null): Report {
  const title = titleOf(agency, year);
  return r.paragraphs.some((p) => p.raw === r.title) ? { ...withText(r, r.title, title), title } : { ...r, title };
}

/** The form the rules check against; the extractor takes it from the year (≥ 2021: the 2021 form). */
export function withFormat(r: Report, formatVersion: Report['formatVersion']): Report {
  return { ...r, formatVersion };
}

export function withPublishDate(r: Report, publishDate: string | null): Report {
  return { ...r, publishDate };
}

/** A correct report for 2020 on the 2019 form (国办公开办函〔2019〕60号): the 2019 tables, period and citation. */
export function report2019(): Report {
  let r = withFormat(withYear(with2019Tables(report()), 2020), '2019');
  r = withText(r, '自2024年1月1日起至2024年12月31日止', '自2020年1月1日起至2020年12月31日止');
  r = withText(r, '（国办公开办函〔2021〕30号）', '（国办公开办函〔2019〕60号）');
  return withPublishDate(r, '2021-01-25');
}
