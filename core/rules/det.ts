/** DET: which format the report follows (spec §2.1). DET-01, the gate, is core/meta.ts's reportTitle(). */
import type { TableId } from '../model';
import { unreadTables } from '../reading';
import { T2_COLS_2019, T2_ROWS_2019, t2ColDef } from '../vocabulary';
import { defineRule, type Hit } from './types';

export const det02 = defineRule(
  {
    id: 'DET-02',
    severity: 'warning',
    summary: { zh: '标题中有报告年度', en: 'The title names the report year' },
    messages: {
      default: { zh: '未能识别报告年度（标题：{title}）', en: 'No report year found in the title ({title})' },
    },
  },
  (r) => (r.year === null ? [{ params: { title: r.title } }] : []),
);

export const det03 = defineRule(
  {
    id: 'DET-03',
    severity: 'warning',
    summary: { zh: '2021年度及以后的报告使用2021版格式', en: 'A report for 2021 or later uses the 2021 form' },
    messages: {
      default: {
        zh: '报告使用旧版(2019)格式，应按国办公开办函〔2021〕30号格式：{evidence}',
        en: 'The report uses the old (2019) form; reports from 2021 on follow 国办公开办函〔2021〕30号: {evidence}',
      },
    },
  },
  (r) => {
    if (r.year === null || r.year < 2021) return [];
    const hits: Hit[] = [];
    const t2 = r.tables.T2;
    if (t2) {
      const old = t2.columns.filter((c) => T2_COLS_2019.includes(c));
      const oldRows = T2_ROWS_2019.filter((row) => t2.rows[row]);
      const labels = [...old.map((c) => t2ColDef(c)!.zh), ...oldRows.map((row) => t2.rows[row]!.label)];
      if (labels.length) {
        const cells = Object.entries(t2.rows).flatMap(([row, data]) =>
          Object.keys(data.cells)
            .filter((c) => T2_COLS_2019.includes(c) || oldRows.includes(row))
            .map((col) => ({ table: 'T2' as const, row, col })),
        );
        hits.push({ table: 'T2', cells, params: { evidence: `表二含2019版栏目（${labels.join('、')}）` } });
      }
    }
    const cites = r.paragraphs.findIndex((p) => /2019[〕\]]?60号/.test(p.text) && !/2021[〕\]]?30号/.test(p.text));
    if (cites >= 0)
      hits.push({
        paragraph: cites,
        excerpt: '〔2019〕60号',
        params: { evidence: '正文引用国办公开办函〔2019〕60号' },
      });
    // One finding: the table is the stronger evidence.
    return hits.slice(0, 1);
  },
);

export const det04 = defineRule(
  {
    id: 'DET-04',
    severity: 'info',
    summary: {
      zh: '2019、2020年度报告按2019版格式校验',
      en: 'A report for 2019 or 2020 is checked against the 2019 form',
    },
    messages: {
      default: { zh: '按2019版格式校验（报告年度{year}）', en: 'Checked against the 2019 form (report year {year})' },
    },
  },
  (r) => (r.year !== null && r.year <= 2020 ? [{ params: { year: r.year } }] : []),
);

export const det05 = defineRule(
  {
    id: 'DET-05',
    severity: 'warning',
    summary: {
      zh: '文档中按文字位置读取的统计表读全后才校验',
      en: 'A table read from a document by its text positions is checked only when read whole',
    },
    messages: {
      default: {
        zh: '{name}读取不完整（读到{read}/{expected}格），未检查',
        en: '{nameEn} was not read whole ({read} of {expected} cells): not checked',
      },
    },
  },
  (r) =>
    unreadTables(r).map((id) => ({
      table: id,
      params: { name: TABLE_NAMES[id].zh, nameEn: TABLE_NAMES[id].en, ...r.reading![id]! },
    })),
);

/** A table's short name, as the notice says it. */
const TABLE_NAMES: Record<TableId, { zh: string; en: string }> = {
  T2: { zh: '表二', en: 'Table 2' },
  T3: { zh: '表三', en: 'Table 3' },
  T4: { zh: '表四', en: 'Table 4' },
};

export const detRules = [det02, det03, det04, det05];
