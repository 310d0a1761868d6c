// Word reports: auto-numbered headings rendered as Word shows them, merged cells read as spans, and the same
// checks as a page. Old .doc/.wps files get a plain request to save them in a readable form.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../cli/document';
import { parseHtml } from '../../cli/load';
import { analyze } from '../../core/index';
import { readDocx } from '../../core/readers/docx';
import { T3_COLS } from '../../core/vocabulary';
import { docx, type DocxBlock, type DocxCell } from '../support/docx';

const n = (v: number): DocxCell => ({ text: String(v) });
const zeros = [0, 0, 0, 0, 0, 0, 0].map(n);
const heading = (text: string): DocxBlock => ({ p: text, num: { id: 1, level: 0 } });

/** 表三 with the group labels merged down (vMerge) and the first column spanned (gridSpan) as Word writes it. */
const T3: DocxCell[][] = [
  [
    { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', span: 3, vMerge: 'restart' },
    { text: '申请人情况', span: 7 },
  ],
  [
    { text: '', span: 3, vMerge: 'continue' },
    ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((text) => ({ text })),
  ],
  [{ text: '一、本年新收政府信息公开申请数量', span: 3 }, n(2), n(0), n(0), n(0), n(0), n(0), n(2)],
  [{ text: '二、上年结转政府信息公开申请数量', span: 3 }, ...zeros],
  [
    { text: '三、本年度办理结果', vMerge: 'restart' },
    { text: '（一）予以公开', span: 2 },
    n(1),
    n(0),
    n(0),
    n(0),
    n(0),
    n(0),
    n(1),
  ],
  [
    { text: '', vMerge: 'continue' },
    { text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', span: 2 },
    ...zeros,
  ],
  ...[
    '1.属于国家秘密',
    '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”',
    '4.保护第三方合法权益',
    '5.属于三类内部事务信息',
    '6.属于四类过程性信息',
    '7.属于行政执法案卷',
    '8.属于行政查询事项',
  ].map((label, i): DocxCell[] => [
    { text: '', vMerge: 'continue' },
    { text: i === 0 ? '（三）不予公开' : '', vMerge: i === 0 ? 'restart' : 'continue' },
    { text: label },
    ...zeros,
  ]),
  ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map(
    (label, i): DocxCell[] => [
      { text: '', vMerge: 'continue' },
      { text: i === 0 ? '（四）无法提供' : '', vMerge: i === 0 ? 'restart' : 'continue' },
      { text: label },
      ...(i === 0 ? [n(1), n(0), n(0), n(0), n(0), n(0), n(1)] : zeros),
    ],
  ),
  ...[
    '1.信访举报投诉类申请',
    '2.重复申请',
    '3.要求提供公开出版物',
    '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息',
  ].map((label, i): DocxCell[] => [
    { text: '', vMerge: 'continue' },
    { text: i === 0 ? '（五）不予处理' : '', vMerge: i === 0 ? 'restart' : 'continue' },
    { text: label },
    ...zeros,
  ]),
  ...[
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '3.其他',
  ].map((label, i): DocxCell[] => [
    { text: '', vMerge: 'continue' },
    { text: i === 0 ? '（六）其他处理' : '', vMerge: i === 0 ? 'restart' : 'continue' },
    { text: label },
    ...zeros,
  ]),
  [{ text: '', vMerge: 'continue' }, { text: '（七）总计', span: 2 }, n(2), n(0), n(0), n(0), n(0), n(0), n(2)],
  [{ text: '四、结转下年度继续办理', span: 3 }, ...zeros],
];

const report = (t3 = T3) =>
  docx([
    { p: '示例县卫生健康局2024年政府信息公开工作年度报告' },
    heading('总体情况'),
    { p: '本报告统计期限自2024年1月1日起至2024年12月31日止。2024年共收到政府信息公开申请2件。' },
    { p: '本年度在主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面稳步推进。' },
    heading('主动公开政府信息情况'),
    heading('收到和处理政府信息公开申请情况'),
    { table: t3 },
    heading('政府信息公开行政复议、行政诉讼情况'),
    heading('存在的主要问题及改进情况'),
    { p: '针对上年度存在的问题，已完成整改。' },
    heading('其他需要报告的事项'),
    { p: '本年度未收取信息处理费。' },
  ]);

describe('docx', () => {
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
