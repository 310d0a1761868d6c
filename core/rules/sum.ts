/** SUM: the relations printed in the tables themselves (勾稽关系; spec §2.4). Tolerance 0. */
import type { CellRef, Report } from '../model';
import {
  APPLICANT_COLS,
  ORG_COLS,
  T3_GROUP_IDS,
  T3_ROWS,
  T4_GROUPS,
  T4_PARTS,
  t2RowDef,
  t3ColName,
  t3GroupItems,
  t3RowName,
  t3RowShortName,
  type Label,
  type T4Group,
} from '../vocabulary';
import { blankNote, namedAddends, num, ref, relation, round, type Sum } from './helpers';
import { t3Rows } from './tbl';
import { defineRule, type Hit, type RuleId, type Tally } from './types';

const T = 'T3' as const;

function t3Columns(r: Report): string[] {
  return (r.tables.T3?.columns ?? []).filter((c) => c !== 'orgSub');
}

function fmt(parts: number[]): string {
  return parts.join('+');
}

/**
 * A relation that could be assessed, tallied as checked. All blank against a total of 0 is only unfilled cells
 * (TBL-03 says so), not a relation that held.
 */
function assessed(rel: Sum | undefined, tally: Tally): Sum | undefined {
  if (!rel || (rel.allBlank && rel.total === 0)) return undefined;
  tally();
  return rel;
}

/** The non-zero addends of a relation by name, in brackets after the sum: "（自然人2+商业企业1）". */
function addends(rel: Sum, names: Label[]): { terms: string; termsEn: string } {
  const zh = namedAddends(rel.parts.map((value, i) => ({ name: names[i]!.zh, value })));
  const en = rel.parts.flatMap((value, i) => (value !== 0 ? [`${names[i]!.en} ${value}`] : [])).join(' + ');
  return { terms: zh ? `（${zh}）` : '', termsEn: en ? ` (${en})` : '' };
}

export const sum01 = defineRule(
  {
    id: 'SUM-01',
    severity: 'error',
    summary: {
      zh: '表三各列：新收+上年结转=办理结果总计+结转下年度',
      en: 'Table 3, per column: new + carried over = handled total + carried forward',
    },
    messages: {
      default: {
        zh: '表三“{col}”列：新收{a}+上年结转{b}={left} ≠ 办理结果总计{x}+结转下年度{y}={right}{note}',
        en: 'Table 3, column “{colEn}”: new {a} + carried over {b} = {left} ≠ handled total {x} + carried forward {y} = {right}{noteEn}',
      },
    },
  },
  (r, tally) =>
    t3Columns(r).flatMap((col): Hit[] => {
      const terms = ['new', 'carry', 'r7', 'fwd'].map((row) => num(r, T, row, col));
      if (terms.some((v) => v === undefined) || terms.every((v) => v === null)) return [];
      // new and r7 carry the relation; a blank carry-over or carry-forward reads as 0.
      if (terms[0] === null || terms[2] === null) return [];
      tally();
      const [a, b, x, y] = terms.map((v) => v ?? 0) as [number, number, number, number];
      const left = round(a + b);
      const right = round(x + y);
      if (left === right) return [];
      const blanks = terms.filter((v) => v === null).length;
      const note = blankNote(blanks);
      return [
        {
          table: T,
          cells: ['new', 'carry', 'r7', 'fwd'].map((row) => ref(T, row, col)),
          params: {
            col: t3ColName(col).zh,
            colEn: t3ColName(col).en,
            a,
            b,
            left,
            x,
            y,
            right,
            note: note.zh,
            noteEn: note.en,
          },
        },
      ];
    }),
);

export const sum02 = defineRule(
  {
    id: 'SUM-02',
    severity: 'error',
    summary: { zh: '表三各行：各类申请人之和=总计', en: 'Table 3, per row: the applicant columns add up to 总计' },
    messages: {
      default: {
        zh: '表三“{row}”行：各类申请人合计{s}{terms} ≠ 总计{t}{note}',
        en: 'Table 3, row “{rowEn}”: the applicant columns add up to {s}{termsEn} ≠ total {t}{noteEn}',
      },
      blank: {
        zh: '表三“{row}”行：总计为{t}，但各类申请人栏全部空白',
        en: 'Table 3, row “{rowEn}”: the total is {t}, but every applicant column is blank',
      },
    },
  },
  (r, tally) =>
    t3Rows(r).flatMap((row): Hit<'default' | 'blank'>[] => {
      const rel = assessed(
        relation(
          r,
          APPLICANT_COLS.map((c) => ref(T, row, c)),
          ref(T, row, 'total'),
        ),
        tally,
      );
      if (!rel || rel.sum === rel.total) return [];
      const cells = [ref(T, row, 'total'), ...APPLICANT_COLS.map((c) => ref(T, row, c))];
      const { zh: name, en: nameEn } = t3RowName(row);
      if (rel.allBlank)
        return [{ table: T, variant: 'blank', cells, params: { row: name, rowEn: nameEn, t: rel.total } }];
      const note = blankNote(rel.blanks);
      return [
        {
          table: T,
          cells,
          params: {
            row: name,
            rowEn: nameEn,
            s: rel.sum,
            ...addends(rel, APPLICANT_COLS.map(t3ColName)),
            t: rel.total,
            note: note.zh,
            noteEn: note.en,
          },
        },
      ];
    }),
);

/** The leaves counted in （七）总计: with （六） as three items (2021) or one row (2019, or a 2021 page without items). */
export function t3Leaves(r: Report): string[] | undefined {
  const t = r.tables.T3;
  if (!t) return undefined;
  const useItems = t3GroupItems('r6').some((id) => t.rows[id]);
  const leaves = T3_ROWS.filter((d) => d.leaf && (d.group === 'r6' ? useItems : d.id === 'r6' ? !useItems : true)).map(
    (d) => d.id,
  );
  // A missing leaf makes the sum unassessable (TBL-04 reports the row).
  return leaves.every((id) => t.rows[id]) ? leaves : undefined;
}

export const sum03 = defineRule(
  {
    id: 'SUM-03',
    severity: 'error',
    summary: {
      zh: '表三各列：各办理结果之和=（七）总计',
      en: 'Table 3, per column: the handling results add up to （七）总计',
    },
    messages: {
      default: {
        zh: '表三“{col}”列：各办理结果之和{s}{terms} ≠ （七）总计{t}{note}',
        en: 'Table 3, column “{colEn}”: the handling results add up to {s}{termsEn} ≠ (7) total {t}{noteEn}',
      },
    },
  },
  (r, tally) => {
    const leaves = t3Leaves(r);
    if (!leaves) return [];
    return t3Columns(r).flatMap((col): Hit[] => {
      // A column with every result blank (Shanghai 2019's 总计) cannot be checked: TBL-03 names its cells.
      const found = relation(
        r,
        leaves.map((row) => ref(T, row, col)),
        ref(T, 'r7', col),
      );
      const rel = found?.allBlank ? undefined : assessed(found, tally);
      if (!rel || rel.sum === rel.total) return [];
      const note = blankNote(rel.blanks);
      return [
        {
          table: T,
          cells: [ref(T, 'r7', col), ...leaves.map((row) => ref(T, row, col))],
          params: {
            col: t3ColName(col).zh,
            colEn: t3ColName(col).en,
            s: rel.sum,
            ...addends(rel, leaves.map(t3RowShortName)),
            t: rel.total,
            note: note.zh,
            noteEn: note.en,
          },
        },
      ];
    });
  },
);

export const sum04 = defineRule(
  {
    id: 'SUM-04',
    severity: 'error',
    summary: {
      zh: '地方增设的小计行及“法人或其他组织小计”列合计正确',
      en: 'Local subtotal rows and the 法人或其他组织小计 column add up',
    },
    messages: {
      default: {
        zh: '{where}：小计{t} ≠ 分项之和{s}{terms}{note}',
        en: '{whereEn}: subtotal {t} ≠ sum of its items {s}{termsEn}{noteEn}',
      },
      blank: {
        zh: '{where}：小计为{t}，但分项全部空白',
        en: '{whereEn}: the subtotal is {t}, but every item is blank',
      },
    },
  },
  (r, tally) => {
    const t = r.tables.T3;
    if (!t) return [];
    const hits: Hit<'default' | 'blank'>[] = [];
    const check = (parts: CellRef[], total: CellRef, where: Label, names: Label[]) => {
      const rel = assessed(relation(r, parts, total), tally);
      if (!rel || rel.sum === rel.total) return;
      if (rel.allBlank) {
        hits.push({
          table: T,
          variant: 'blank',
          cells: [total, ...parts],
          params: { where: where.zh, whereEn: where.en, t: rel.total },
        });
        return;
      }
      const note = blankNote(rel.blanks);
      const params = {
        where: where.zh,
        whereEn: where.en,
        t: rel.total,
        s: rel.sum,
        ...addends(rel, names),
        note: note.zh,
        noteEn: note.en,
      };
      hits.push({ table: T, cells: [total, ...parts], params });
    };
    for (const group of T3_GROUP_IDS) {
      const sub = `sub${group.slice(1)}`;
      if (!t.rows[sub]) continue;
      const items = t3GroupItems(group).filter((id) => t.rows[id]);
      if (!items.length) continue;
      for (const col of t3Columns(r)) {
        const where = {
          zh: `表三“${t3RowName(sub).zh}”行“${t3ColName(col).zh}”列`,
          en: `Table 3, row “${t3RowName(sub).en}”, column “${t3ColName(col).en}”`,
        };
        check(
          items.map((row) => ref(T, row, col)),
          ref(T, sub, col),
          where,
          items.map(t3RowShortName),
        );
      }
    }
    if (t.columns.includes('orgSub')) {
      for (const row of t3Rows(r)) {
        const where = {
          zh: `表三“${t3RowName(row).zh}”行法人或其他组织小计`,
          en: `Table 3, row “${t3RowName(row).en}”, organisations subtotal`,
        };
        check(
          ORG_COLS.map((c) => ref(T, row, c)),
          ref(T, row, 'orgSub'),
          where,
          ORG_COLS.map(t3ColName),
        );
      }
    }
    return hits;
  },
);

function t4Rule(id: RuleId, group: T4Group, zh: string, en: string) {
  const name = T4_GROUPS[group];
  return defineRule(
    {
      id,
      severity: 'error',
      summary: { zh: `表四 ${name.zh}：分项之和=总计`, en: `Table 4: ${name.en} add up to their total` },
      messages: {
        default: { zh: `${zh}{note}`, en: `${en}{noteEn}` },
        blank: {
          zh: `表四 ${name.zh}：总计为{t}，但各分项全部空白`,
          en: `Table 4, ${name.en}: the total is {t}, but every part is blank`,
        },
      },
    },
    (r, tally): Hit<'default' | 'blank'>[] => {
      const parts = T4_PARTS.map((c) => ref('T4', group, c));
      const rel = assessed(relation(r, parts, ref('T4', group, 'total')), tally);
      if (!rel || rel.sum === rel.total) return [];
      const cells = [ref('T4', group, 'total'), ...parts];
      if (rel.allBlank) return [{ table: 'T4', variant: 'blank', cells, params: { t: rel.total } }];
      const note = blankNote(rel.blanks);
      return [
        {
          table: 'T4',
          cells,
          params: { parts: fmt(rel.parts), s: rel.sum, t: rel.total, note: note.zh, noteEn: note.en },
        },
      ];
    },
  );
}

export const sum05 = t4Rule(
  'SUM-05',
  'review',
  '表四 行政复议：维持+纠正+其他+尚未审结={parts}={s} ≠ 总计{t}',
  'Table 4, administrative review: kept+corrected+other+pending = {parts} = {s} ≠ total {t}',
);
export const sum06 = t4Rule(
  'SUM-06',
  'litDirect',
  '表四 未经复议直接起诉：分项之和{parts}={s} ≠ 总计{t}',
  'Table 4, lawsuits without prior review: {parts} = {s} ≠ total {t}',
);
export const sum07 = t4Rule(
  'SUM-07',
  'litAfterReview',
  '表四 复议后起诉：分项之和{parts}={s} ≠ 总计{t}',
  'Table 4, lawsuits after review: {parts} = {s} ≠ total {t}',
);

export const sum08 = defineRule(
  {
    id: 'SUM-08',
    severity: 'warning',
    summary: {
      zh: '表二现行有效件数不少于本年制发件数',
      en: 'Table 2: documents in force are at least those issued this year',
    },
    messages: {
      default: {
        zh: '{row}现行有效件数{v}小于本年制发件数{i}',
        en: 'Table 2, {rowEn}: {v} in force is less than the {i} issued this year',
      },
      old: {
        zh: '{row}对外公开总数量{v}小于本年新公开数量{i}',
        en: 'Table 2, {rowEn}: {v} published in total is less than the {i} newly published this year',
      },
    },
  },
  (r, tally) =>
    (['rules', 'normDocs'] as const).flatMap((row): Hit<'default' | 'old'>[] => {
      const label = row === 'rules' ? '规章' : (r.tables.T2?.rows[row]?.label ?? '行政规范性文件');
      const [big, small, variant] =
        r.formatVersion === '2019'
          ? (['totalPublic', 'published', 'old'] as const)
          : (['valid', 'issued', 'default'] as const);
      const v = num(r, 'T2', row, big);
      const i = num(r, 'T2', row, small);
      if (v === undefined || v === null || i === undefined || i === null) return [];
      tally();
      if (v >= i) return [];
      const params = { row: label, rowEn: t2RowDef(row)!.en, v, i };
      return [{ table: 'T2', variant, cells: [ref('T2', row, big), ref('T2', row, small)], params }];
    }),
);

export const sumRules = [sum01, sum02, sum03, sum04, sum05, sum06, sum07, sum08];
