// Bad input gets a clear result, never an exception or a hang.
import { describe, expect, it } from 'vitest';
import { analyzeHtml, findingsOf } from '../helpers';
import { SECTION_IDS, sectionName } from '../../core/vocabulary';

const page = (body: string, title = '示例局2024年政府信息公开工作年度报告') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
const SECTIONS = SECTION_IDS.map((id) => sectionName(id).zh);
const headings = (between: (i: number) => string = () => '<p>正文内容。</p>') =>
  SECTIONS.map((h, i) => `<p>${h}</p>${between(i)}`).join('');

describe('bad input', () => {
  it('an empty document is not a report', () => {
    expect(analyzeHtml('').isReport).toBe(false);
  });

  it('a report with no tables: TBL-01 for 二, 三 and 四, nothing else about tables', () => {
    const f = findingsOf(analyzeHtml(page(headings())));
    expect(f.filter((x) => x.rule === 'TBL-01').map((x) => x.section)).toEqual(['S2', 'S3', 'S4']);
    expect(f.some((x) => x.rule.startsWith('SUM-'))).toBe(false);
  });

  it('broken tables (rows without cells, absurd spans, stray text) do not throw', () => {
    const broken =
      '<table><tr></tr><tr><td rowspan="99999" colspan="99999">本年新收</td><td>1</td></tr><tr><td colspan="-3">x</td></tr><tr><th rowspan="0">自然人</th></tr>text</table>';
    const a = analyzeHtml(page(headings((i) => (i === 2 ? broken : '<p>正文。</p>'))));
    expect(a.isReport).toBe(true);
  });

  it('a 10,000-cell table is read without a hang', () => {
    const rows = Array.from({ length: 1000 }, (_, r) => `<tr><td>第${r}行</td>${'<td>1</td>'.repeat(9)}</tr>`).join('');
    const big = `<table><tr><td>本年新收政府信息公开申请数量</td>${'<td>0</td>'.repeat(7)}</tr>${rows}</table>`;
    const a = analyzeHtml(page(headings((i) => (i === 2 ? big : '<p>正文。</p>'))));
    expect(a.isReport).toBe(true);
    // A hang fails by the test's timeout; its speed is npm run bench's.
  }, 60_000);

  it('text in number cells is reported as unfilled, not summed', () => {
    const t4 = `<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr>${'<td>0</td>'.repeat(14)}<td>若干</td></tr></table>`;
    const f = findingsOf(analyzeHtml(page(headings((i) => (i === 3 ? t4 : '<p>正文。</p>')))));
    expect(f.find((x) => x.rule === 'TBL-03')!.cells).toEqual([{ table: 'T4', row: 'litAfterReview', col: 'total' }]);
    expect(f.some((x) => x.rule === 'SUM-07')).toBe(false);
  });

  it('cell text that looks like markup stays text', () => {
    const a = analyzeHtml(
      page(
        headings((i) =>
          i === 3
            ? `<table><tr><td>行政复议</td><td>维持</td></tr><tr>${'<td>&lt;img src=x onerror=alert(1)&gt;</td>'.repeat(15)}</tr></table>`
            : '<p>x</p>',
        ),
      ),
    );
    const f = findingsOf(a);
    expect(f.some((x) => x.rule === 'TBL-02' && x.table === 'T4')).toBe(true);
  });
});
