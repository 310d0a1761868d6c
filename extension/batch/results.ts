/**
 * What the batch page shows and exports, from the reports as they arrive: a row per linked report (checked, or
 * why not), the cross-year comparison within the batch and against kept records, sorting and filtering, and the
 * entries of the exports (core/sheets.ts). Pure.
 */
import { batchCrossYear, type ReportAnalysis } from '@/core/batch-years';
import type { YearComparison } from '@/core/cross-year';
import { countFindings, type Counts } from '@/core/counts';
import type { ReportExport } from '@/core/export';
import { toExport } from '@/core/index';
import { agencyOf } from '@/core/meta';
import type { Finding } from '@/core/model';
import type { Label } from '@/core/parts';
import type { ReportLink } from '@/core/report-links';
import type { BatchEntry } from '@/core/sheets';
import { sameAgency, type YearRecord } from '@/core/year-record';
import type { Outcome, Problem, SourceType } from './check-report';

export interface BatchItem {
  link: ReportLink;
  state: 'waiting' | 'working' | 'done' | 'cancelled';
  outcome?: Outcome;
  /** This report's record, and the previous year's kept from earlier checks (the background's answer). */
  record?: YearRecord;
  stored?: YearRecord;
}

export interface BatchRow {
  index: number;
  state: BatchItem['state'];
  /** From the report, or from the link's text while it is not read (or cannot be). */
  agency: string;
  year: number | null;
  type: SourceType | null;
  counts: Counts | null;
  /** The first error's message, in both languages. */
  firstError: Label | null;
  /** Where there is no error: the first warning, so a report with warnings never reads as clean. */
  firstWarning: Label | null;
  problem: Problem | null;
  /** The problem in words, both languages (with the HTTP status or the reader's reason). */
  problemText: Label | null;
  /** The address checked: the page, or the file it links. */
  source: string;
  link: string;
  analysis?: ReportAnalysis;
  previous?: YearRecord;
  comparison: YearComparison[];
}

const PROBLEMS: Record<Problem, Label> = {
  challenge: { zh: '网站返回反爬虫验证页，未能读取', en: 'the site answered with an anti-bot challenge' },
  http: { zh: '网站返回错误', en: 'the site answered with an error' },
  network: { zh: '无法连接网站', en: 'could not reach the site' },
  'too-large': { zh: '文件过大', en: 'the file is too large' },
  'not-report': {
    zh: '页面不是年度报告（未找到报告表格或附件）',
    en: 'not an annual report (no tables, no attachment)',
  },
  unreadable: { zh: '无法读取', en: 'could not be read' },
  'old-word': {
    zh: '旧版 Word（.doc）文件，请另存为 .docx 或 PDF',
    en: 'an old Word (.doc) file: save it as .docx or PDF',
  },
  'no-permission': { zh: '未获准访问该网站', en: 'no permission for that site' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

/** A problem in words; a list page that led to a file is "not a column page". */
export function problemLabel(problem: Problem | 'file'): Label {
  return PROBLEMS[problem === 'file' ? 'not-report' : problem];
}

function problemText(o: Extract<Outcome, { ok: false }>): Label {
  const base = PROBLEMS[o.problem];
  const status = o.status && o.problem !== 'not-report' ? ` (HTTP ${o.status})` : '';
  const detail = typeof o.detail === 'object' ? o.detail : undefined;
  return {
    zh: base.zh + status + (detail ? `：${detail.zh}` : ''),
    en: base.en + status + (detail ? `: ${detail.en}` : ''),
  };
}

/** The rows in list order, with cross-year rules run over the reports read so far. */
export function batchRows(items: readonly BatchItem[]): BatchRow[] {
  const read = items.flatMap((item, index) =>
    item.outcome?.ok ? [{ index, analysis: item.outcome.analysis, record: item.record, stored: item.stored }] : [],
  );
  const years = new Map(batchCrossYear(read).map((y, i) => [read[i]!.index, y]));
  return items.map((item, index) => {
    const o = item.outcome;
    const row: BatchRow = {
      index,
      state: item.state,
      agency: agencyOf(item.link.text),
      year: item.link.year,
      type: o?.type ?? null,
      counts: null,
      firstError: null,
      firstWarning: null,
      problem: null,
      problemText: null,
      source: o?.source ?? item.link.url,
      link: item.link.url,
      comparison: [],
    };
    const y = years.get(index);
    if (o?.ok && y) {
      const { report, findings } = y.analysis;
      row.agency = report.agency || row.agency;
      row.year = report.year ?? row.year;
      row.counts = countFindings(findings);
      const first = (severity: Finding['severity']): Label | null => {
        const f = findings.find((x) => x.severity === severity);
        return f ? { zh: f.message, en: f.messageEn } : null;
      };
      row.firstError = first('error');
      row.firstWarning = first('warning');
      row.analysis = y.analysis;
      row.previous = y.previous;
      row.comparison = y.comparison;
    } else if (o && !o.ok) {
      row.problem = o.problem;
      row.problemText = problemText(o);
    } else if (item.state === 'cancelled') {
      row.problem = 'cancelled';
      row.problemText = PROBLEMS.cancelled;
    }
    return row;
  });
}

export type SortKey = 'list' | 'agency' | 'year' | 'type' | 'error' | 'warning' | 'info';
export type SeverityFilter = 'all' | 'error' | 'warning' | 'clean' | 'problem';

/** Sorted by a column (unread rows last either way), ties in list order. */
export function sortRows(rows: readonly BatchRow[], key: SortKey, descending: boolean): BatchRow[] {
  const value = (r: BatchRow): string | number | null => {
    switch (key) {
      case 'list':
        return r.index;
      case 'agency':
        return r.agency;
      case 'year':
        return r.year;
      case 'type':
        return r.type;
      default:
        return r.counts ? r.counts[key] : null;
    }
  };
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return (descending ? -c : c) || a.index - b.index;
  });
}

/** Rows with errors, with warnings, with nothing found, or that could not be checked; and a text to look for. */
export function filterRows(rows: readonly BatchRow[], severity: SeverityFilter, text: string): BatchRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter((r) => {
    const bySeverity =
      severity === 'all' ||
      (severity === 'problem' && r.problem !== null) ||
      (severity === 'error' && (r.counts?.error ?? 0) > 0) ||
      (severity === 'warning' && (r.counts?.warning ?? 0) > 0) ||
      (severity === 'clean' && r.counts !== null && r.counts.error + r.counts.warning === 0);
    if (!bySeverity) return false;
    if (!needle) return true;
    // An address is searched for words, not for figures: 「2020」 is a year, not the digits in a URL's path.
    const hay = [r.agency, String(r.year ?? ''), r.type ?? '', ...(/^\d+$/.test(needle) ? [] : [r.source])];
    for (const label of [r.firstError, r.firstWarning, r.problemText]) if (label) hay.push(label.zh, label.en);
    return hay.some((h) => h.toLowerCase().includes(needle));
  });
}

/** The rows as the exports' entries: read reports with their findings, the others with why not (in Chinese). */
export function batchEntries(rows: readonly BatchRow[]): BatchEntry[] {
  return rows
    .filter((r) => r.state !== 'waiting' && r.state !== 'working')
    .map((r) =>
      r.analysis
        ? { source: r.source, kind: r.type ?? '网页', report: toExport(r.analysis) }
        : {
            source: r.source,
            kind: r.type ?? '网页',
            agency: r.agency,
            year: r.year,
            problem: r.problemText?.zh ?? '',
          },
    );
}

/**
 * Reports read whose previous year the batch lists but could not read (a challenge, an error): compared with
 * nothing, which the batch says rather than leaving the comparison silently out.
 */
export function unreadPreviousYears(rows: readonly BatchRow[]): { row: BatchRow; previous: BatchRow }[] {
  return rows.flatMap((row) => {
    if (!row.analysis || row.previous || row.year === null) return [];
    const previous = rows.find(
      (o) =>
        !o.analysis &&
        o.problem !== null &&
        o.year === row.year! - 1 &&
        sameAgency({ host: '', agency: o.agency }, { host: '', agency: row.agency }),
    );
    return previous ? [{ row, previous }] : [];
  });
}

/** A report of the batch that could not be checked, as its JSON says it: where it is and why not. */
export interface UncheckedEntry {
  source: string;
  checked: false;
  agency: string;
  year: number | null;
  type: SourceType | null;
  problem: Problem | null;
  /** Why, in both languages. */
  reason: Label | null;
}

/**
 * The batch's JSON: every report of the list in its order, the exports of those read and, for those that could not
 * be, where they are and why not (a list that silently dropped them would read as fewer reports).
 */
export function batchJson(rows: readonly BatchRow[]): (ReportExport | UncheckedEntry)[] {
  return rows
    .filter((r) => r.state !== 'waiting' && r.state !== 'working')
    .map((r) =>
      r.analysis
        ? toExport(r.analysis)
        : {
            source: r.source,
            checked: false as const,
            agency: r.agency,
            year: r.year,
            type: r.type,
            problem: r.problem,
            reason: r.problemText,
          },
    );
}
