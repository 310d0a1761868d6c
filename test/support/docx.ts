/** .docx files built for tests the way Word writes them: numbered headings, merged cells (gridSpan, vMerge). */
import { strToU8, zipSync } from 'fflate';

export interface DocxCell {
  text: string;
  span?: number;
  /** 'restart' opens a vertical merge; 'continue' is a cell merged into the one above. */
  vMerge?: 'restart' | 'continue';
}

export type DocxBlock = { p: string; num?: { id: number; level: number } } | { table: DocxCell[][] };

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
      'p' in b
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
