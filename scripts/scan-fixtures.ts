/**
 * npx tsx scripts/scan-fixtures.ts — the bundled scan (test/fixtures/scanned): the planted report printed, then
 * "scanned" at 150 dpi with a red seal over 表三 and a signature (tools/scans.ts), as an image-only PDF. The README's
 * sample for the command line's OCR; the tests make their own scans from the printed fixtures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfJsLib } from '../core/readers/pdf-pages';
import { DISTORTIONS, scanPdf } from '../tools/scans';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');

export const BUNDLED_SCAN = { from: 'planted-arithmetic', dpi: 150, distortion: 'sealed' } as const;
export const BUNDLED_SCAN_FILE = join(
  FIXTURES,
  'scanned',
  `${BUNDLED_SCAN.from}.${BUNDLED_SCAN.distortion}-${BUNDLED_SCAN.dpi}dpi.pdf`,
);

if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLib;
  const printed = readFileSync(join(FIXTURES, 'printed', `${BUNDLED_SCAN.from}.ruled.pdf`));
  const pdf = await scanPdf(lib, new Uint8Array(printed), BUNDLED_SCAN.dpi, DISTORTIONS[BUNDLED_SCAN.distortion]!);
  mkdirSync(join(FIXTURES, 'scanned'), { recursive: true });
  writeFileSync(BUNDLED_SCAN_FILE, pdf);
}
