import { describe, expect, it } from 'vitest';
import { chineseNumeral, normLabel, parseCell } from '../../core/normalize';

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
});
