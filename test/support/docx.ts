/** .docx files built for tests the way Word writes them: numbered headings, merged cells (gridSpan, vMerge). */
import { strToU8, zipSync } from 'fflate';

export interface DocxCell {
  text: string;
  span?: number;
  /** 'restart' opens a vertical merge; 'continue' is a cell merged into the one above. */
  vMerge?: 'restart' | 'continue';
}

export type DocxBlock =
  | { p: string; num?: { id: number; level: number } }
  | { table: DocxCell[][] }
  /** A paragraph holding a text box, written as Word writes it: the box's content twice, in mc:Choice and mc:Fallback. */
  | { p: string; textBox: string };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraph(text: string, num?: { id: number; level: number }): string {
  const pPr = num ? `<w:pPr><w:numPr><w:ilvl w:val="${num.level}"/><w:numId w:val="${num.id}"/></w:numPr></w:pPr>` : '';
  // Word splits text into runs at will; a number may sit in a run of its own.
  const runs = text
    .split(/(\d+)/)
    .filter(Boolean)
    .map((t) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`);
  return `<w:p>${pPr}${runs.join('')}</w:p>`;
}

function withTextBox(text: string, box: string): string {
  const content = `<w:txbxContent>${paragraph(box)}</w:txbxContent>`;
  const choice = `<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`;
  const fallback = `<mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback>`;
  return `<w:p><w:r><w:t>${esc(text)}</w:t></w:r><w:r><mc:AlternateContent>${choice}${fallback}</mc:AlternateContent></w:r></w:p>`;
}

function cell(c: DocxCell): string {
  const props = `${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : ''}`;
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${paragraph(c.text)}</w:tc>`;
}

/** numId 1: 一、二、… with （一）（二）… as its second level (chineseCounting), as the national template has. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export function docx(blocks: DocxBlock[]): Uint8Array {
  const body = blocks
    .map((b) =>
      'textBox' in b
        ? withTextBox(b.p, b.textBox)
        : 'p' in b
          ? paragraph(b.p, b.num)
          : `<w:tbl><w:tblPr/>${b.table.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`,
    )
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(document),
    'word/numbering.xml': strToU8(NUMBERING),
  });
}

// A sample report: 表三 with merged group labels, numbered headings (docx reader tests, the document page e2e).
export const n = (v: number): DocxCell => ({ text: String(v) });
const zeros = [0, 0, 0, 0, 0, 0, 0].map(n);
const heading = (text: string): DocxBlock => ({ p: text, num: { id: 1, level: 0 } });

/** 表三 with the group labels merged down (vMerge) and the first column spanned (gridSpan) as Word writes it. */
export const T3: DocxCell[][] = [
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

/** A .docx report with the six numbered parts and 表三 (no 表二, 表四), as Word writes one. */
export const report = (t3 = T3) =>
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
