/**
 * Section and table numbers as the national format writes them. Apart from core/normalize.ts so that a bundle that
 * only names the report's parts (the popup, the overlay) does not carry the text normalisation.
 */
const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1…10 → 一…十 (section and table numbers); other numbers as digits. */
export function cnNumeral(n: number): string {
  return CN_NUMERALS[n] ?? String(n);
}
