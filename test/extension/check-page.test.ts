// The background's check of a page's markup (extension/check-page.ts): what the page is sent, and the export.
import { describe, expect, it, vi } from 'vitest';
import { titleParagraph } from '../../core/anchor';
import { analyze, toExport } from '../../core/index';
import { placedCells } from '../../core/places';
import { reportHead } from '../../core/report-head';
import { recordOf } from '../../core/cross-year';
import { checkMarkup, exportMarkup } from '../../extension/check-page';
import { analyzeFixture, loadFixture } from '../helpers';

const checkedHere = (doc: Document) => analyze(doc, doc.URL, { debug: true });

const remember = async () => undefined;
const markup = (doc: Document) => `<!DOCTYPE html>${doc.documentElement.outerHTML}`;

describe('checkMarkup', () => {
  it('sends the page its findings and its report’s head, not the tables, paragraphs or raw grids', async () => {
    for (const name of ['corpus-shanghai-2019', 'seed-000-shahe-2024', 'planted-arithmetic']) {
      const doc = loadFixture(name);
      const local = checkedHere(doc);
      const answer = await checkMarkup(markup(doc), doc.URL, undefined, remember);
      if (!answer.analysis.isReport || !local.isReport) throw new Error(`${name} is not a report`);
      const { report, findings, anchors } = answer.analysis;
      expect(findings, name).toEqual(local.findings);
      expect(report, name).toEqual(reportHead(local.report));
      expect(Object.keys(report), name).not.toContain('tables');
      expect(report.titleLine, name).toBe(titleParagraph(local.report));
      // The cells' numbers: those placed only, which is every cell a finding names.
      const named = new Set(local.findings.flatMap((f) => (f.cells ?? []).map((c) => `${c.table}:${c.row}:${c.col}`)));
      expect(Object.keys(anchors.cells).sort(), name).toEqual([...named].sort());
      expect(placedCells(answer.places), name).toEqual(new Set(Object.values(anchors.cells)));
      // What crosses to the page is a fraction of the report.
      expect(JSON.stringify(answer).length, name).toBeLessThan(JSON.stringify(local.report).length / 2);
    }
  });

  it('says which national tables a report has', () => {
    const a = analyzeFixture('seed-001-xiangtan-2024');
    if (!a.isReport) throw new Error('not a report');
    expect(reportHead(a.report).tableIds).toEqual(['T2', 'T3', 'T4']);
    expect(reportHead({ ...a.report, tables: {} }).tableIds).toEqual([]);
  });
});

describe('exportMarkup', () => {
  it('exports the report in full, as a check of the page itself would', async () => {
    const doc = loadFixture('corpus-shanghai-2019');
    const local = checkedHere(doc);
    if (!local.isReport) throw new Error('not a report');
    expect(await exportMarkup(markup(doc), doc.URL, undefined)).toEqual(toExport(local));
  });

  it('refuses a page that is no report, saying so', async () => {
    const doc = loadFixture('not-report-news');
    await expect(exportMarkup(markup(doc), doc.URL, undefined)).rejects.toThrow('本页已不是可导出的年度报告');
  });

  it('checks against exactly the previous year the page’s check used, and reads or keeps no records', async () => {
    const before = analyzeFixture('xy-xiangtan-2023');
    const record = before.isReport ? recordOf(before.report) : undefined;
    if (!record) throw new Error('no record');
    const doc = loadFixture('seed-001-xiangtan-2024');
    const kept = vi.fn(async () => record);
    const checked = await checkMarkup(markup(doc), doc.URL, record, kept);
    const withPrevious = await exportMarkup(markup(doc), doc.URL, record);
    const xy = (rules: string[]) => rules.filter((r) => r.startsWith('XY-'));
    const rules = (checked.analysis.isReport ? checked.analysis.findings : []).map((f) => f.rule);
    expect(xy(rules).length).toBeGreaterThan(0);
    expect(withPrevious.findings.map((f) => f.rule)).toEqual(rules);
    // A check without a previous year exports without one, though a record of it is kept by now.
    const without = await exportMarkup(markup(doc), doc.URL, undefined);
    expect(xy(without.findings.map((f) => f.rule))).toEqual([]);
  });
});
