/**
 * What a reader of a document is told when it cannot be read, or was read with reservations: the same sentences
 * on the command line and in the extension's document page.
 */
import type { PdfWarning } from './pdf-layout';

export const OLD_WORD_MESSAGE = {
  zh: '旧版Word（.doc）或WPS文件无法直接读取，请另存为 .docx 或 PDF 后再检查',
  en: 'old Word (.doc) and WPS files cannot be read: save it as .docx or PDF and check that',
};

export const NOT_DOCX_MESSAGE = { zh: '不是有效的 .docx 文件', en: 'not a .docx file' };

/** A reading warning as a sentence for the reader. */
export function warningText(w: PdfWarning, lang: 'zh' | 'en'): string {
  switch (w.kind) {
    case 'no-text':
      return lang === 'zh'
        ? 'PDF没有文字层（可能是扫描件或图片），无法检查'
        : 'the PDF has no text layer (a scan or an image?): nothing to check';
    case 'unreadable-text':
      return lang === 'zh'
        ? 'PDF中的文字无法识别（字体缺少编码信息），无法检查'
        : 'the PDF’s text cannot be read (fonts without a character map): nothing to check';
    case 'nothing-read':
      return lang === 'zh'
        ? `扫描件：${w.pages}页图片中未识别出文字，无法检查`
        : `a scan: no text was recognised in its ${w.pages} page images; nothing to check`;
    case 'ocr':
      return lang === 'zh'
        ? `扫描件：${w.pages}页图片经本机文字识别读取；识别不确定的数字所涉问题标为「请核对：可能为识别误差」`
        : `a scan: ${w.pages} page images read by OCR on this computer; findings on digits it was unsure of ask to be checked`;
    case 'tables-from-positions':
      return lang === 'zh'
        ? `第${w.pages.join('、')}页的表格没有框线，按文字位置读取；未读全的表格不作检查`
        : `the tables on page ${w.pages.join(', ')} have no rules and were read from text positions; a table not read whole is not checked`;
  }
}
