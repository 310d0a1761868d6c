/**
 * A Word .docx (its word/document.xml, and numbering.xml for auto-numbered headings) → the report as an HTML
 * document the engine reads: paragraphs with their numbering rendered ("一、" "（一）" as Word shows them) and
 * tables with colspan (w:gridSpan) and rowspan (w:vMerge). Unzipping is the edge's (the caller passes the files).
 *
 * A small scanner over the XML rather than a DOM: it runs the same in the page, in an extension page and in Node,
 * and reads only the dozen elements that carry text and table structure.
 */

export interface DocxFiles {
  /** word/document.xml */
  document: string;
  /** word/numbering.xml, when the document has auto-numbering. */
  numbering?: string;
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
  close: boolean;
  empty: boolean;
}

const TAG = /<(\/?)([\w:]+)((?:\s+[\w:]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([\w:]+)\s*=\s*"([^"]*)"/g;

function* tokens(xml: string): Generator<Tag | string> {
  for (const m of xml.matchAll(TAG)) {
    if (m[5] !== undefined) {
      yield decode(m[5]);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[a[1]!] = decode(a[2]!);
    yield { name: m[2]!, attrs, close: m[1] === '/', empty: m[4] === '/' };
  }
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e]) return named[e]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

// ---- numbering ----------------------------------------------------------------------------------------------

interface Level {
  format: string;
  text: string;
  start: number;
}

/** numId → its levels (through the abstract numbering it points to). */
function readNumbering(xml: string | undefined): Map<string, Level[]> {
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, string>();
  if (!xml) return new Map();
  let absId: string | undefined;
  let level: Partial<Level> & { ilvl?: number } = {};
  let numId: string | undefined;
  for (const t of tokens(xml)) {
    if (typeof t === 'string') continue;
    if (t.name === 'w:abstractNum' && !t.close) absId = t.attrs['w:abstractNumId'];
    else if (t.name === 'w:lvl' && !t.close)
      level = { ilvl: Number(t.attrs['w:ilvl'] ?? 0), start: 1, format: 'decimal', text: '' };
    else if (t.name === 'w:start') level.start = Number(t.attrs['w:val'] ?? 1);
    else if (t.name === 'w:numFmt') level.format = t.attrs['w:val'] ?? 'decimal';
    else if (t.name === 'w:lvlText') level.text = t.attrs['w:val'] ?? '';
    else if (t.name === 'w:lvl' && t.close && absId !== undefined) {
      const list = abstract.get(absId) ?? [];
      list[level.ilvl ?? 0] = { format: level.format ?? 'decimal', text: level.text ?? '', start: level.start ?? 1 };
      abstract.set(absId, list);
    } else if (t.name === 'w:num' && !t.close) numId = t.attrs['w:numId'];
    else if (t.name === 'w:abstractNumId' && numId !== undefined) nums.set(numId, t.attrs['w:val'] ?? '');
  }
  return new Map([...nums].map(([id, abs]) => [id, abstract.get(abs) ?? []]));
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A counter as Word shows it in this format: 3 → 三 (chineseCounting), 3 (decimal). */
function counter(n: number, format: string): string {
  if (/chinese|ideograph|japaneseCounting|taiwaneseCounting/i.test(format)) {
    if (n <= 10) return CN[n]!;
    if (n < 20) return `十${CN[n - 10]}`;
    return `${CN[Math.floor(n / 10)]}十${CN[n % 10] ?? ''}`;
  }
  if (format === 'lowerLetter') return String.fromCharCode(96 + n);
  if (format === 'upperLetter') return String.fromCharCode(64 + n);
  if (format === 'none' || format === 'bullet') return '';
  return String(n);
}

class Counters {
  private readonly counts = new Map<string, number[]>();
  constructor(private readonly numbering: Map<string, Level[]>) {}

  /** The label of the next paragraph numbered (numId, ilvl): "一、", "（二）", "3." — '' for bullets. */
  next(numId: string, ilvl: number): string {
    const levels = this.numbering.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || numId === '0') return '';
    const counts = this.counts.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    // A higher level restarts the ones below it.
    counts.length = ilvl + 1;
    this.counts.set(numId, counts);
    if (level.format === 'bullet') return '';
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      return counter(counts[k] ?? levels[k]?.start ?? 1, levels[k]?.format ?? 'decimal');
    });
  }
}

// ---- document -----------------------------------------------------------------------------------------------

interface Cell {
  text: string[];
  span: number;
  /** w:vMerge: 'restart' opens a vertical merge, 'continue' belongs to the cell above. */
  merge?: 'restart' | 'continue';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function docxToHtml(files: DocxFiles, title = ''): string {
  const counters = new Counters(readNumbering(files.numbering));
  const body: string[] = [];
  // Nested tables are flattened into their cell's text: report tables are never nested.
  let tableDepth = 0;
  let rows: Cell[][] = [];
  let row: Cell[] | undefined;
  let cell: Cell | undefined;
  let para: string | undefined;
  let numId: string | undefined;
  let ilvl = 0;
  let inText = false;
  // A text box's paragraphs sit inside the paragraph that anchors it: its text so far waits until they are done.
  const outer: { para: string; numId: string | undefined; ilvl: number }[] = [];
  // Word writes a text box twice, for new readers (mc:Choice) and old ones (mc:Fallback): the fallback is skipped.
  let fallback = 0;

  const endParagraph = () => {
    if (para === undefined) return;
    const label = numId !== undefined ? counters.next(numId, ilvl) : '';
    const text = (label + para).trim();
    if (cell) cell.text.push(text);
    else if (text) body.push(`<p>${esc(text)}</p>`);
    para = undefined;
    numId = undefined;
    ilvl = 0;
  };

  for (const t of tokens(files.document)) {
    if (typeof t !== 'string' && t.name === 'mc:Fallback' && !t.empty) {
      fallback += t.close ? -1 : 1;
      continue;
    }
    if (fallback > 0) continue;
    if (typeof t === 'string') {
      if (inText && para !== undefined) para += t;
      continue;
    }
    switch (t.name) {
      case 'w:p':
        if (t.close) {
          endParagraph();
          const host = outer.pop();
          if (host) ({ para, numId, ilvl } = host);
        } else if (t.empty) {
          if (para !== undefined) break;
          para = '';
          endParagraph();
        } else {
          if (para !== undefined) outer.push({ para, numId, ilvl });
          para = '';
        }
        break;
      case 'w:numId':
        if (para !== undefined) numId = t.attrs['w:val'];
        break;
      case 'w:ilvl':
        if (para !== undefined) ilvl = Number(t.attrs['w:val'] ?? 0);
        break;
      case 'w:t':
        inText = !t.close && !t.empty;
        break;
      case 'w:tab':
        if (para !== undefined && !t.close) para += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (para !== undefined && !t.close) para += '\n';
        break;
      case 'w:tbl':
        if (!t.close) {
          if (tableDepth++ === 0) rows = [];
        } else if (--tableDepth === 0) body.push(tableHtml(rows));
        break;
      case 'w:tr':
        if (tableDepth !== 1) break;
        if (!t.close) {
          row = [];
          rows.push(row);
        } else row = undefined;
        break;
      case 'w:tc':
        if (tableDepth !== 1) break;
        if (!t.close) {
          cell = { text: [], span: 1 };
          row?.push(cell);
        } else cell = undefined;
        break;
      case 'w:gridSpan':
        if (cell && tableDepth === 1) cell.span = Math.max(1, Number(t.attrs['w:val'] ?? 1));
        break;
      case 'w:vMerge':
        if (cell && tableDepth === 1) cell.merge = t.attrs['w:val'] === 'restart' ? 'restart' : 'continue';
        break;
    }
  }
  endParagraph();
  const head = title ? `<title>${esc(title)}</title>` : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body.join('\n')}</body></html>`;
}

/** Word's grid → HTML: a vMerge run becomes one cell with a rowspan; the continuing cells vanish. */
function tableHtml(rows: Cell[][]): string {
  interface Owner {
    cell: Cell;
    rowSpan: number;
  }
  // Who owns each grid position (row:column), so that a continuing cell finds the cell above it.
  const owners = new Map<string, Owner>();
  const grid: Owner[][] = rows.map((cells, r) => {
    const own: Owner[] = [];
    let col = 0;
    for (const cell of cells) {
      const above = cell.merge === 'continue' ? owners.get(`${r - 1}:${col}`) : undefined;
      if (above) {
        above.rowSpan++;
        owners.set(`${r}:${col}`, above);
      } else {
        const owner = { cell, rowSpan: 1 };
        owners.set(`${r}:${col}`, owner);
        own.push(owner);
      }
      col += cell.span;
    }
    return own;
  });
  const td = ({ cell, rowSpan }: Owner) => {
    const attrs = `${cell.span > 1 ? ` colspan="${cell.span}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`;
    return `<td${attrs}>${cell.text.map(esc).join('<br>')}</td>`;
  };
  return `<table>${grid.map((own) => `<tr>${own.map(td).join('')}</tr>`).join('')}</table>`;
}

/** Unzips a .docx with the edge's zip library and reads it; undefined when the file is no Word document. */
export function readDocx(
  bytes: Uint8Array,
  unzip: (b: Uint8Array) => Record<string, Uint8Array>,
  title = '',
): string | undefined {
  const files = unzip(bytes);
  const document = files['word/document.xml'];
  if (!document) return undefined;
  const numbering = files['word/numbering.xml'];
  const text = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
  return docxToHtml({ document: text(document), ...(numbering ? { numbering: text(numbering) } : {}) }, title);
}
