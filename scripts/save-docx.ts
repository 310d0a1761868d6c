/**
 * npx tsx scripts/save-docx.ts — the Word fixtures saved by an office suite (test/fixtures/saved): a fixture report
 * opened in LibreOffice Writer, one paragraph of it moved into a text box, saved as .docx. Writer stores a text box
 * as Word does, twice (mc:Choice with wps:txbx, mc:Fallback with VML's v:textbox), so the reader meets real markup
 * and not the tests' own. Needs LibreOffice (apt-get install libreoffice-writer); the .docx files are committed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');
const OUT = join(FIXTURES, 'saved');

/** A report and the start of the paragraph that goes into the text box. */
export const SAVED_DOCX = [{ name: 'seed-001-xiangtan-2024', boxed: '我局2024年度，依法依规' }] as const;

const convert = (dir: string, to: string, file: string) =>
  execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', dir, file], { stdio: 'ignore' });

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'save-docx-'));
  for (const { name, boxed } of SAVED_DOCX) {
    copyFileSync(join(FIXTURES, `${name}.html`), join(dir, `${name}.html`));
    convert(dir, 'fodt:OpenDocument Text Flat XML', join(dir, `${name}.html`));
    const fodt = readFileSync(join(dir, `${name}.fodt`), 'utf8');
    const para = new RegExp(`<text:p [^>]*>${boxed}[\\s\\S]*?</text:p>`).exec(fodt)?.[0];
    if (!para) throw new Error(`${name}: no paragraph starting ${boxed}`);
    const box =
      '<text:p text:style-name="Text_20_body"><draw:frame draw:name="文本框1" text:anchor-type="paragraph" ' +
      'svg:width="16cm" svg:height="3cm" draw:z-index="0"><draw:text-box>' +
      `${para}</draw:text-box></draw:frame></text:p>`;
    writeFileSync(join(dir, `${name}.textbox.fodt`), fodt.replace(para, box));
    convert(dir, 'docx:MS Word 2007 XML', join(dir, `${name}.textbox.fodt`));
    copyFileSync(join(dir, `${name}.textbox.docx`), join(OUT, `${name}.textbox.docx`));
  }
}
