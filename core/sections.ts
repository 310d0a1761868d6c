/** Section headings, recognised by their text (spec §1.2): the numeral is read apart from the core text. */
import { chineseNumeral, compact } from './normalize';
import { SECTIONS, type SectionDef } from './vocabulary';

export interface HeadingMatch {
  def: SectionDef;
  numeral: number | null;
}

/** Extraction debris and markdown markers seen in front of headings on real pages. */
const LEADING_NOISE = /^(\[bookmark:[^\]]*\]|[#*【\[]|第?[一二三四五六七八九十]+部分[、.:]?)+/;

export function matchHeading(raw: string): HeadingMatch | undefined {
  let t = compact(raw);
  if (t.length > 80) return undefined;
  const numberedPart = /^第([一二三四五六七八九十]+)部分[、.:]?/.exec(t.replace(/^[#*]+/, ''));
  t = t.replace(LEADING_NOISE, '').replace(/[*】\]]+/g, '');
  let numeral: number | null = numberedPart ? (chineseNumeral(numberedPart[1]!) ?? null) : null;
  const num = /^([一二三四五六七八九十]{1,3})[、.,:]?/.exec(t);
  if (num) {
    numeral = chineseNumeral(num[1]!) ?? null;
    t = t.slice(num[0].length);
  }
  for (const def of SECTIONS) {
    const m = def.core.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length);
    // A heading stands alone, or runs into its first sentence after punctuation.
    if (rest === '' || (/^[。.:;,]/.test(rest) && numeral !== null)) return { def, numeral };
  }
  return undefined;
}
