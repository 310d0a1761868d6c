/**
 * The report's own file when a page publishes it as an attachment: links to a .pdf/.docx (/.doc/.wps, which we can
 * only ask to be saved in another form), by the address's extension or by link text such as "附件：…年度报告.pdf" or
 * "下载（PDF）". Links that name the annual report come first; navigation and unrelated downloads are left out.
 */
export type AttachmentKind = 'pdf' | 'docx' | 'doc';

export interface Attachment {
  url: string;
  text: string;
  kind: AttachmentKind;
  /** The link text or file name names an annual report. */
  namesReport: boolean;
}

const KIND_BY_EXT: Record<string, AttachmentKind> = { pdf: 'pdf', docx: 'docx', doc: 'doc', wps: 'doc' };
const EXT_IN_URL = /\.(pdf|docx|doc|wps)(?:$|[?#])/i;
/** Link text that says what file it downloads: "附件1.pdf", "下载（PDF版）", "【Word】". */
const EXT_IN_TEXT = /\.(pdf|docx|doc|wps)\b|[（(【[]\s*(pdf|word|docx?)\s*(版|格式|文件)?\s*[）)】\]]/i;
const DOWNLOAD_WORDS = /附件|下载|全文|原文|文件/;
const REPORT_WORDS = /年度报告|年报/;

function kindOf(url: string, text: string): AttachmentKind | undefined {
  const byUrl = EXT_IN_URL.exec(url)?.[1]?.toLowerCase();
  if (byUrl) return KIND_BY_EXT[byUrl];
  if (!DOWNLOAD_WORDS.test(text) && !REPORT_WORDS.test(text)) return undefined;
  const m = EXT_IN_TEXT.exec(text);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!word) return undefined;
  if (word === 'pdf') return 'pdf';
  return word === 'doc' || word === 'wps' ? 'doc' : 'docx';
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Attachments linked from the page, best first (those naming the report, then PDFs before Word). */
export function findAttachments(doc: Document, baseUrl = doc.baseURI): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 2000)) {
    const href = a.getAttribute('href') ?? '';
    if (/^(javascript|mailto|tel):/i.test(href)) continue;
    let url: string;
    try {
      url = new URL(href, baseUrl).href;
    } catch {
      continue;
    }
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || (a.getAttribute('title') ?? '');
    const kind = kindOf(url, text);
    if (!kind || seen.has(url)) continue;
    seen.add(url);
    const file = safeDecode(url.split(/[?#]/)[0]!.split('/').pop() ?? '');
    out.push({ url, text, kind, namesReport: REPORT_WORDS.test(text) || REPORT_WORDS.test(file) });
  }
  const rank = (x: Attachment) => (x.namesReport ? 0 : 2) + (x.kind === 'pdf' ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** What to call an attachment: its link text without a leading "附件：" / "附件1：", else its file name. */
export function attachmentName(a: Pick<Attachment, 'url' | 'text'>): string {
  const text = a.text.replace(/^附件\s*\d*\s*[:：]\s*/, '').trim();
  return text || safeDecode(a.url.split(/[?#]/)[0]!.split('/').pop() ?? '') || a.url;
}
