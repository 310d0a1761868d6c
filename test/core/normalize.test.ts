import { describe, expect, it } from 'vitest';
import { chineseNumeral, NFKC_STABLE, nfkc, normLabel, parseCell } from '../../core/normalize';

describe('normalisation (spec §1.6)', () => {
  it('numbers: full-width, padded, thousands, signed, with units', () => {
    expect(parseCell('\u3000\u30000')).toEqual({ kind: 'number', value: 0 });
    expect(parseCell('１２')).toEqual({ kind: 'number', value: 12 });
    expect(parseCell('0\u00a0\u00a0\u00a0')).toEqual({ kind: 'number', value: 0 });
    expect(parseCell('1,300')).toEqual({ kind: 'number', value: 1300 });
    expect(parseCell('-18')).toEqual({ kind: 'number', value: -18 });
    expect(parseCell('5949.088667')).toEqual({ kind: 'number', value: 5949.088667 });
    expect(parseCell('251000元')).toEqual({ kind: 'number', value: 251000, unit: '元' });
  });
  it('blank markers and text', () => {
    for (const b of ['', '\u00a0', '/', '-', '—', '——', '无', '空']) expect(parseCell(b).kind).toBe('blank');
    expect(parseCell('见附件').kind).toBe('text');
  });
  it('labels: whitespace inside, numbering and brackets unified', () => {
    expect(normLabel('5.要求行政机关确认或重新\n出具已获取信息')).toBe('5.要求行政机关确认或重新出具已获取信息');
    expect(normLabel('1、属于国家秘密')).toBe('1.属于国家秘密');
    expect(normLabel('（七）总计')).toBe('(七)总计');
    expect(normLabel('尚 未 审 结')).toBe('尚未审结');
    expect(normLabel('危及“三安全一稳定”')).toBe('危及"三安全一稳定"');
  });
  it('Chinese numerals', () => {
    expect([
      chineseNumeral('一'),
      chineseNumeral('十'),
      chineseNumeral('十二'),
      chineseNumeral('二十'),
      chineseNumeral('甲'),
    ]).toEqual([1, 10, 12, 20, undefined]);
  });
  it('the text nfkc() passes through unchanged is text NFKC and its folds would not change', () => {
    // Every character the shortcut accepts, one by one (none is a compatibility character or a mark)…
    const accepted: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (NFKC_STABLE.test(ch)) accepted.push(ch);
    }
    expect(accepted.length).toBe(3 + 95 + 0x9fff - 0x4e00 + 1 + 4);
    const slow = (t: string) => nfkc(`${t}\uff10`).slice(0, -1);
    for (const ch of accepted) expect(slow(ch)).toBe(ch);
    // …and in strings (no two of them compose), while anything else still goes through NFKC.
    const sample = '湘潭市2024年政府信息公开工作年度报告、《条例》。"A-1" (1)';
    expect(NFKC_STABLE.test(sample)).toBe(true);
    expect(slow(sample)).toBe(sample);
    expect(nfkc('（２０２４）“年报”—')).toBe('(2024)"年报"-');
  });
});
