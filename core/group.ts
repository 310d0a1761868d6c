/** Findings grouped the way a reader walks the report: the whole page, then each section with its table. */
import { SECTIONS, TABLE_NAMES, type TableId } from './canon';
import type { Finding } from './model';

export interface FindingGroup {
  /** 'page', a section id or a table id. */
  key: string;
  zh: string;
  en: string;
  /** Indexes into the findings array as given. */
  items: number[];
}

const NUMERALS = '一二三四五六';
const SECTION_EN: Record<string, string> = {
  S1: 'Overview',
  S2: 'Proactive disclosure',
  S3: 'Applications received and handled',
  S4: 'Administrative reviews and lawsuits',
  S5: 'Problems and improvements',
  S6: 'Other matters',
};
const ORDER = ['page', 'S1', 'S2', 'T2', 'S3', 'T3', 'S4', 'T4', 'S5', 'S6'];

/** A finding shown at a table cell belongs to that table; else to its section; else to the page. */
export function groupKey(f: Finding): string {
  if (f.table && f.cells?.length) return f.table;
  return f.section ?? f.table ?? 'page';
}

function groupLabel(key: string): { zh: string; en: string } {
  if (key === 'page') return { zh: '整体', en: 'Whole report' };
  if (key in TABLE_NAMES) return TABLE_NAMES[key as TableId];
  const s = SECTIONS.find((d) => d.id === key);
  return s ? { zh: `${NUMERALS[s.n - 1]}、${s.title}`, en: `Part ${s.n}: ${SECTION_EN[s.id]}` } : { zh: key, en: key };
}

export function groupFindings(findings: Finding[]): FindingGroup[] {
  const byKey = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const k = groupKey(f);
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  return [...byKey.entries()]
    .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
    .map(([key, items]) => ({ key, ...groupLabel(key), items }));
}
