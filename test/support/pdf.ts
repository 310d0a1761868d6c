/** PDFs written byte by byte for tests that need a real file pdf.js reads. */

/** A one-page PDF that only paints a grey box: what a scan looks like to a text reader (no text layer). */
export function pictureOnlyPdf(): Uint8Array {
  return onePagePdf('0.5 g 72 72 451 698 re f');
}

/** A one-page PDF with lines of ASCII text in Helvetica: a readable document that is no report. */
export function textPdf(lines: string[]): Uint8Array {
  const text = lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td (${l.replace(/[()\\]/g, '')}) Tj ET`);
  return onePagePdf(text.join('\n'), '/Resources << /Font << /F1 5 0 R >> >>');
}

function onePagePdf(content: string, resources = ''): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${resources} /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
