/** Findings grouped the way a reader walks the report: the whole page, then each section with its table. */
import type { Finding } from './model';
import { SECTION_IDS, TABLE_IDS, type SectionId, type TableId } from './ids';
import { sectionName, tableDef } from './parts';

export interface FindingGroup {
  /** 'page', a section id or a table id. */
  key: string;
  zh: string;
  en: string;
  /** Indexes into the findings array as given. */
  items: number[];
}

const ORDER = ['page', 'S1', 'S2', 'T2', 'S3', 'T3', 'S4', 'T4', 'S5', 'S6'];

/** A finding shown at a table cell belongs to that table; else to its section; else to the page. */
export function groupKey(f: Finding): string {
  if (f.table && f.cells?.length) return f.table;
  return f.section ?? f.table ?? 'page';
}

function groupLabel(key: string): { zh: string; en: string } {
  if (key === 'page') return { zh: '整体', en: 'Whole report' };
  if (TABLE_IDS.includes(key as TableId)) return tableDef(key as TableId);
  if (SECTION_IDS.includes(key as SectionId)) return sectionName(key as SectionId);
  return { zh: key, en: key };
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
