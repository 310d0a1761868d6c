// Word reports: auto-numbered headings rendered as Word shows them, merged cells read as spans, and the same
// checks as a page. Old .doc/.wps files get a plain request to save them in a readable form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { analyze } from '../../core/index';
import { readDocx } from '../../core/readers/docx';
import { T3_COLS } from '../../core/vocabulary';
import { SAVED_DOCX } from '../../scripts/save-docx';
import { analyzeFixture, FIXTURES } from '../helpers';
import { docx, n, report, T3 } from '../support/docx';

describe('docx', () => {
  it('reads a text box once (Word writes its content twice: mc:Choice and mc:Fallback) and keeps its paragraph', () => {
    const html = readDocx(docx([{ p: '第一段', textBox: '文本框里的说明' }, { p: '第二段' }]), unzipSync)!;
    const doc = parseHtml(html);
    const texts = [...doc.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).toEqual(['文本框里的说明', '第一段', '第二段']);
  });

  // Saved by an office suite (scripts/save-docx.ts: LibreOffice Writer, one paragraph moved into a text box), not
  // built by the tests: the real markup of a text box, stored twice, read once, and the report read as its page.
  it.each(SAVED_DOCX)('$name saved with a text box: read once, and checked as its HTML page', ({ name, boxed }) => {
    const bytes = readFileSync(join(FIXTURES, 'saved', `${name}.textbox.docx`));
    expect(new TextDecoder().decode(unzipSync(bytes)['word/document.xml'])).toMatch(/mc:Fallback[\s\S]*v:textbox/);
    const html = readDocx(bytes, unzipSync)!;
    expect(html.split(boxed)).toHaveLength(2);
    const a = analyze(parseHtml(html), `${name}.docx`, { debug: true });
    const page = analyzeFixture(name);
    if (!a.isReport || !page.isReport) throw new Error('not a report');
    const values = (r: typeof a) =>
      Object.values(r.report.tables).flatMap((t) =>
        Object.entries(t.rows).flatMap(([row, d]) =>
          Object.entries(d.cells).map(([c, v]) => `${t.id}.${row}.${c}=${v.value}`),
        ),
      );
    expect(values(a).sort()).toEqual(values(page).sort());
    expect(a.findings.map((f) => `${f.rule} ${f.message}`)).toEqual(page.findings.map((f) => `${f.rule} ${f.message}`));
  });

  it('renders auto-numbered headings (一、…六、) and reads merged cells as spans', () => {
    const html = readDocx(report(), unzipSync)!;
    expect(html).toContain('<p>一、总体情况</p>');
    expect(html).toContain('<p>六、其他需要报告的事项</p>');
    expect(html).toMatch(/<td rowspan="22">三、本年度办理结果<\/td>/);
    expect(html).toMatch(/<td rowspan="8">（三）不予公开<\/td>/);
    expect(html).toMatch(/<td colspan="3">一、本年新收政府信息公开申请数量<\/td>/);
  });

  it('is checked like a page: six sections, every row of 表三, the findings', () => {
    const a = analyze(parseHtml(readDocx(report(), unzipSync)!), 'report.docx', { debug: true });
    if (!a.isReport) throw new Error(`not a report: ${a.reason}`);
    expect(a.report.sections.map((s) => [s.id, s.numeral])).toEqual([
      ['S1', 1],
      ['S2', 2],
      ['S3', 3],
      ['S4', 4],
      ['S5', 5],
      ['S6', 6],
    ]);
    const t3 = a.report.tables.T3!;
    expect(Object.keys(t3.rows)).toHaveLength(25);
    expect(T3_COLS.map((c) => t3.rows.r4_1!.cells[c]!.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    // Only what the test document leaves out: 表二 and 表四.
    expect(a.findings.map((f) => f.rule).sort()).toEqual(['TBL-01', 'TBL-01']);
  });

  it('a mistake in a merged table is found on its cell', () => {
    const t3 = T3.map((row) => row.map((c) => ({ ...c })));
    t3[2]![2] = n(1); // 本年新收/商业企业 1: the row no longer adds up to its 总计 2
    const a = analyze(parseHtml(readDocx(report(t3), unzipSync)!), 'report.docx', { debug: true });
    if (!a.isReport) throw new Error('not a report');
    expect(a.findings.find((f) => f.rule === 'SUM-02')?.message).toBe(
      '表三“一、本年新收政府信息公开申请数量”行：各类申请人合计3（自然人2+商业企业1） ≠ 总计2',
    );
  });

  it('.doc and .wps are asked to be saved as .docx or PDF; a broken .docx is said to be one', async () => {
    for (const name of ['report.doc', 'report.wps']) {
      expect(await readDocument(name, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toEqual({
        error: '旧版Word（.doc）或WPS文件无法直接读取，请另存为 .docx 或 PDF 后再检查 (save as .docx or PDF)',
      });
    }
    expect(await readDocument('report.docx', new TextEncoder().encode('not a zip'))).toEqual({
      error: '不是有效的 .docx 文件 (not a .docx file)',
    });
  });
});
