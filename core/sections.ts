/**
 * Section headings, recognised by their text (spec §1.2) the way a reader does: the numeral apart from the words,
 * the national wording or a known variant, and a heading with a typo ("行政法复议") still taken for its section
 * when its numeral agrees and the words differ by a character or two.
 */
import { chineseNumeral, compact } from './normalize';
import { SECTIONS, type SectionDef } from './vocabulary';

export interface HeadingMatch {
  def: SectionDef;
  numeral: number | null;
}

/** Extraction debris and markdown markers seen in front of headings on real pages. */
const LEADING_NOISE = /^(\[bookmark:[^\]]*\]|[#*【[]|第?[一二三四五六七八九十]+部分[、.:]?)+/;

/** `compacted`: compact(raw), where the caller has it already (a long paragraph's NFKC is not kept by compact). */
export function matchHeading(raw: string, compacted = compact(raw)): HeadingMatch | undefined {
  let t = compacted;
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
  const typo = numeral !== null ? nearestSection(t.replace(/[.:]+$/, ''), numeral) : undefined;
  return typo ? { def: typo, numeral } : undefined;
}

/**
 * The section a numbered heading means although it does not word it exactly: the numeral must be the section's
 * own, and the heading either misses a wording by one edit in eight characters (at least one), or is short and says
 * the section's gist. Unnumbered lines get no such benefit: "无其他需要报告的事项" is a sentence, not a heading.
 * A sentence (。，；) or a long line never passes for a section.
 */
function nearestSection(text: string, numeral: number): SectionDef | undefined {
  if (text.length < 2 || text.length > 40 || /[。,;]/.test(text)) return undefined;
  const def = SECTIONS.find((d) => d.n === numeral);
  if (!def) return undefined;
  if (text.length <= 24 && def.gist.test(text)) return def;
  for (const wording of def.wordings) {
    const allowed = Math.max(1, Math.floor(wording.length / 8));
    if (Math.abs(wording.length - text.length) <= allowed && editDistance(text, wording, allowed) <= allowed)
      return def;
  }
  return undefined;
}

/** Levenshtein distance, giving up (returning limit + 1) once every path costs more than `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}
