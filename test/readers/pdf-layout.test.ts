// PDF pages made for the tests (text items and rules as pdf.js reports them) → the document the engine reads:
// a table cut by a page break and a label cut with it, the same table drawn without rules, a landscape page, a page
// with no text layer (a scan), unreadable glyphs, a PDF that is no report.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index';
import { pdfToHtml, type PdfPage, type PdfSegment, type PdfText } from '../../core/readers/pdf-layout';
import { T3_COLS } from '../../core/vocabulary';
import { parseHtml } from '../../cli/load';

const BODY = 10.5;

interface Cell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** Lays out rows of cells (HTML-like spans) at (x0, y0): text items at the cells' left, and their four rules. */
function table(rows: Cell[][], x0: number, y0: number, widths: number[], rowHeight: number, ruled = true) {
  const text: PdfText[] = [];
  const segments: PdfSegment[] = [];
  const taken: boolean[][] = rows.map(() => []);
  const xs = [x0];
  for (const w of widths) xs.push(xs[xs.length - 1]! + w);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken[r]![c]) c++;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (taken[r + dr]) taken[r + dr]![c + dc] = true;
      const [x, y, w, h] = [xs[c]!, y0 + r * rowHeight, xs[c + cs]! - xs[c]!, rs * rowHeight];
      if (cell.text)
        text.push({
          str: cell.text,
          x: x + 3,
          y: y + (h - BODY) / 2,
          w: Math.min(w - 6, cell.text.length * BODY),
          h: BODY,
        });
      if (ruled) {
        segments.push({ x1: x, y1: y, x2: x + w, y2: y }, { x1: x, y1: y + h, x2: x + w, y2: y + h });
        segments.push({ x1: x, y1: y, x2: x, y2: y + h }, { x1: x + w, y1: y, x2: x + w, y2: y + h });
      }
      c += cs;
    }
  });
  return { text, segments, bottom: y0 + rows.length * rowHeight };
}

/** Lines of text from the top: each a paragraph of its own (short lines end paragraphs). */
function lines(list: string[], y0: number, size = BODY, x = 72): { text: PdfText[]; bottom: number } {
  const text = list.map((str, i) => ({ str, x, y: y0 + i * size * 1.8, w: str.length * size, h: size }));
  return { text, bottom: y0 + list.length * size * 1.8 };
}

/** A data row: a group label cell (or one covering it from above: 'under'), the row label, seven numbers. */
const row = (label: string, values: number[], group?: Cell | 'under'): Cell[] => [
  ...(group && group !== 'under' ? [group] : []),
  { text: label, colSpan: group ? 1 : 2 },
  ...values.map((v) => ({ text: String(v) })),
];
const zeros = [0, 0, 0, 0, 0, 0, 0];

/** A small 2021-format report over two pages: 表三 runs on to page 2 and cuts the label （四）无法提供. */
function report(ruled = true, width = 595, height = 842): PdfPage[] {
  const head = [
    ...lines(['示例区人民政府'], 60, 16, 220).text,
    ...lines(['2024年政府信息公开工作年度报告'], 90, 16, 170).text,
  ];
  const intro = lines(
    [
      '一、总体情况',
      '本报告统计期限自2024年1月1日起至2024年12月31日止。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
    ],
    130,
  );
  const widths = [60, 150, 40, 40, 40, 40, 40, 40, 40];
  const top = table(
    [
      row('一、本年新收政府信息公开申请数量', [3, 0, 0, 0, 0, 0, 3]),
      row('二、上年结转政府信息公开申请数量', zeros),
      row('（一）予以公开', [1, 0, 0, 0, 0, 0, 1]),
      row('（二）部分公开', zeros),
      row('1.属于国家秘密', zeros, { text: '（三）不予公开' }),
      row('1.本机关不掌握相关政府信息', [2, 0, 0, 0, 0, 0, 2], { text: '（四）无' }),
    ],
    60,
    intro.bottom + 10,
    widths,
    24,
    ruled,
  );
  const page1: PdfPage = {
    n: 1,
    width,
    height,
    text: [...head, ...intro.text, ...top.text, ...lines(['- 1 -'], height - 40).text],
    segments: top.segments,
  };
  const rest = table(
    [
      row('2.没有现成信息需要另行制作', zeros, { text: '法提供', rowSpan: 2 }),
      row('3.补正后申请内容仍不明确', zeros, 'under'),
      row('（七）总计', [3, 0, 0, 0, 0, 0, 3]),
      row('四、结转下年度继续办理', zeros),
    ],
    60,
    60,
    widths,
    24,
    ruled,
  );
  const outro = lines(
    [
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      '本年度未收取信息处理费。',
    ],
    rest.bottom + 20,
  );
  const page2: PdfPage = {
    n: 2,
    width,
    height,
    text: [...rest.text, ...outro.text, ...lines(['- 2 -'], height - 40).text],
    segments: rest.segments,
  };
  return [page1, page2];
}

function check(pages: PdfPage[]) {
  const reading = pdfToHtml(pages);
  const a = analyze(parseHtml(reading.html), 'test.pdf', { debug: true });
  return { reading, a };
}

describe('pdfToHtml', () => {
  it('reads a ruled table cut by a page break, joins the cut label, drops page numbers, finds title and sections', () => {
    const { reading, a } = check(report());
    expect(reading.warnings).toEqual([]);
    if (!a.isReport) throw new Error('not a report');
    expect(a.report.title).toBe('示例区人民政府2024年政府信息公开工作年度报告');
    expect(a.report.sections.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    expect(a.report.paragraphs.some((p) => /- \d -/.test(p.raw))).toBe(false);
    const t3 = a.report.tables.T3!;
    // Rows on both pages, and the rows after the cut label found as （四） items, not lost.
    for (const id of ['new', 'carry', 'r1', 'r2', 'r3_1', 'r4_1', 'r4_2', 'r4_3', 'r7', 'fwd'])
      expect(t3.rows[id], id).toBeDefined();
    expect(T3_COLS.map((c) => t3.rows.r4_1!.cells[c]!.value)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(t3.rows.r4_1!.cells.total!.source).toMatchObject({ page: 1 });
    expect(t3.rows.r4_2!.cells.total!.source).toMatchObject({ page: 2 });
    expect(reading.html).toContain('（四）无法提供');
  });

  it('reads the same table drawn without rules from text positions, and says the reading may be incomplete', () => {
    const { reading, a } = check(report(false));
    expect(reading.warnings).toEqual([{ kind: 'tables-from-positions', pages: [1, 2] }]);
    if (!a.isReport) throw new Error('not a report');
    expect(T3_COLS.map((c) => a.report.tables.T3!.rows.new!.cells[c]!.value)).toEqual([3, 0, 0, 0, 0, 0, 3]);
  });

  it('reads a landscape page like a portrait one', () => {
    const { a } = check(report(true, 842, 595));
    if (!a.isReport) throw new Error('not a report');
    expect(a.report.tables.T3!.rows.fwd).toBeDefined();
  });

  it('a PDF without a text layer (a scan) says so and yields no document', () => {
    const scan: PdfPage[] = [{ n: 1, width: 595, height: 842, text: [], segments: [] }];
    expect(pdfToHtml(scan)).toEqual({ html: '', pages: 1, tables: 0, warnings: [{ kind: 'no-text' }] });
  });

  it('glyph codes without a character map are unreadable, not a report with nothing in it', () => {
    const garbled: PdfPage[] = [
      {
        n: 1,
        width: 595,
        height: 842,
        text: lines(['\ue001\ue002\ue003\ue004', '\ufffd\ufffd\ufffd'], 60).text,
        segments: [],
      },
    ];
    expect(pdfToHtml(garbled).warnings).toEqual([{ kind: 'unreadable-text' }]);
  });

  it('a PDF that is no report is not taken for one', () => {
    const budget: PdfPage[] = [
      {
        n: 1,
        width: 595,
        height: 842,
        text: lines(['示例区2024年部门预算公开说明', '一、部门职责', '二、收支预算总表'], 60).text,
        segments: [],
      },
    ];
    const { a } = check(budget);
    expect(a.isReport).toBe(false);
  });

  it('sentences with numbers in them are paragraphs, not a table read from positions', () => {
    // pdf.js splits numbers from the words around them, with no gap between the items.
    const prose: PdfText[] = [];
    for (const t of lines(['2024年共收到申请 12 件，答复 10 件，结转 2 件，办结率 83 %。'], 60).text) {
      let x = t.x;
      for (const s of t.str.split(/(\d+)/).filter(Boolean)) {
        const w = s.length * BODY * (/\d/.test(s) ? 0.5 : 1);
        prose.push({ ...t, str: s, x, w });
        x += w;
      }
    }
    const reading = pdfToHtml([{ n: 1, width: 595, height: 842, text: prose, segments: [] }]);
    expect(reading.warnings).toEqual([]);
    expect(reading.tables).toBe(0);
  });
});
