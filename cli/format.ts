/** The readable summary the command line prints per file. */
import type { Finding } from '../core/model';
import type { ReportExport } from '../core/export';
import { checkSummary } from '../core/summary';

export type FileResult = {
  source: string;
  isReport: boolean;
  findings: Finding[];
  error?: string;
  reason?: string;
  title?: string;
  /** What reading a document (PDF) could not do exactly: "第2页的表格没有框线…". */
  notes?: string[];
} & Partial<ReportExport>;

const SEVERITY = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

function where(f: Finding): string {
  const parts: string[] = [];
  if (f.table) parts.push(f.table);
  else if (f.section) parts.push(f.section);
  const cell = f.cells?.[0];
  if (cell && cell.col !== 'label')
    parts.push(`${cell.row}.${cell.col}${f.cells!.length > 1 ? ` +${f.cells!.length - 1}` : ''}`);
  return parts.length ? ` [${parts.join(' ')}]` : '';
}

export function formatText(results: FileResult[], lang: 'zh' | 'en'): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`== ${r.source}`);
    if (r.error) {
      out.push(lang === 'zh' ? `  无法检查：${r.error}` : `  cannot check: ${r.error}`);
      continue;
    }
    if (!r.isReport) {
      out.push(
        r.reason === 'several-reports'
          ? lang === 'zh'
            ? '  包含不止一个年度的报告表格（如两年对比的打印件），不是一份年度报告，未检查；请分别检查各年度的报告'
            : '  holds the tables of more than one year’s report (a comparison printout?): not one report, not checked'
          : lang === 'zh'
            ? `  不是政府信息公开工作年度报告页面${r.title ? `（标题：${r.title}）` : ''}`
            : `  not an annual disclosure report page${r.title ? ` (title: ${r.title})` : ''}`,
      );
      continue;
    }
    const c = r.counts!;
    out.push(`  ${r.title}`);
    for (const n of r.notes ?? []) out.push(lang === 'zh' ? `  注意：${n}` : `  note: ${n}`);
    const summary = checkSummary(r as ReportExport, r.findings, r.relationsChecked ?? 0);
    out.push(
      lang === 'zh'
        ? `  ${r.agency || '（未识别机关）'} · ${r.year ?? '年度未知'} · ${r.formatVersion}版格式 · 错误${c.error} 警告${c.warning} 提示${c.info}`
        : `  ${r.agency || '(agency unknown)'} · ${r.year ?? 'year unknown'} · ${r.formatVersion} form · ${c.error} errors, ${c.warning} warnings, ${c.info} info`,
    );
    out.push(`  ${lang === 'zh' ? summary.zh : summary.en}`);
    for (const f of r.findings)
      out.push(`  ${SEVERITY[lang][f.severity]} ${f.rule}${where(f)} ${lang === 'zh' ? f.message : f.messageEn}`);
    // A rule that threw checked nothing: say so apart from the findings, so silence is not read as a pass.
    for (const x of r.failures ?? []) {
      out.push(lang === 'zh' ? `  未能检查 ${x.rule}：${x.error}` : `  could not check ${x.rule}: ${x.error}`);
    }
    if (!r.findings.length && !r.failures?.length) out.push(lang === 'zh' ? '  未发现问题' : '  no findings');
  }
  return `${out.join('\n')}\n`;
}

/** The cross-year part of the text output: each report checked against its previous year among the files. */
export function formatCrossYear(
  results: readonly { source: string; previous: string; year: number; findings: Finding[] }[],
  lang: 'zh' | 'en',
): string {
  const out = [
    lang === 'zh'
      ? '== 跨年度比对（同一机关相邻年度的报告）'
      : '== Year against year (the same agency, consecutive years)',
  ];
  for (const r of results) {
    out.push(
      lang === 'zh' ? `  ${r.source} ← ${r.previous}（${r.year}年度）` : `  ${r.source} ← ${r.previous} (${r.year})`,
    );
    if (!r.findings.length)
      out.push(lang === 'zh' ? '    与上年度报告衔接一致' : '    consistent with the previous year');
    for (const f of r.findings)
      out.push(`    ${SEVERITY[lang][f.severity]} ${f.rule}${where(f)} ${lang === 'zh' ? f.message : f.messageEn}`);
  }
  return `${out.join('\n')}\n`;
}
