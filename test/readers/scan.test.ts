// The scan reader's parts on images made in the test: a seal's red taken out, a turned page found and straightened,
// a table's rules told from characters' strokes, words cut at rules and wide gaps, and the recogniser's output read
// (a lone 0 the model takes for the letter o is read as the digit it is).
import { describe, expect, it } from 'vitest';
import { grayOf, inkOf, rotate, skewOf, type Gray } from '../../core/readers/scan/image';
import { classesOf, readingsOf } from '../../core/readers/scan/recognize';
import { eraseRules, rulesOfPage } from '../../core/readers/scan/rules';
import { blobsOf, wordsOf } from '../../core/readers/scan/words';

function paper(width: number, height: number): Gray {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}
function fill(g: Gray, x: number, y: number, w: number, h: number, v = 0): void {
  for (let r = y; r < y + h; r++) for (let c = x; c < x + w; c++) g.data[r * g.width + c] = v;
}
/** A character-sized blob of ink: a box outline with a stroke across, 24 px tall. */
function glyph(g: Gray, x: number, y: number): void {
  fill(g, x, y, 20, 3);
  fill(g, x, y + 21, 20, 3);
  fill(g, x, y, 3, 24);
  fill(g, x + 17, y, 3, 24);
  fill(g, x, y + 10, 20, 3);
}
/** A ruled table of rows × cols cells, 120 × 40 px each, a character in every cell. */
function table(g: Gray, x0: number, y0: number, rows: number, cols: number): void {
  for (let r = 0; r <= rows; r++) fill(g, x0, y0 + r * 40, cols * 120 + 2, 2);
  for (let c = 0; c <= cols; c++) fill(g, x0 + c * 120, y0, 2, rows * 40 + 2);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) glyph(g, x0 + c * 120 + 10, y0 + r * 40 + 8);
}

describe('scan image', () => {
  it('sees a red seal as paper and black or blue ink as ink', () => {
    const rgba = [215, 30, 35, 255, 0, 0, 0, 255, 20, 30, 90, 255, 70, 15, 20, 255];
    const g = grayOf(rgba, 4, 1);
    expect(g.data[0]).toBeGreaterThan(200);
    expect(g.data[1]).toBe(0);
    expect(g.data[2]).toBeLessThan(60);
    // Black print under the seal's ink stays dark.
    expect(g.data[3]).toBeLessThan(90);
  });

  it('finds how far a page is turned, and straightened it reads as the straight page', () => {
    const g = paper(900, 700);
    table(g, 60, 60, 12, 6);
    const straight = rulesOfPage(inkOf(g), g, 24);
    expect([straight.across.length, straight.down.length]).toEqual([13, 7]);
    for (const degrees of [1.2, -0.7]) {
      const turned = rotate(g, degrees);
      const skew = skewOf(turned, inkOf(turned));
      expect(skew).toBeCloseTo(degrees, 1);
      // Turned, its rules break into pieces too short to be rules; straightened, they are whole again.
      expect(rulesOfPage(inkOf(turned), turned, 24).down.length).toBeLessThan(7);
      const back = rotate(turned, -skew);
      const rules = rulesOfPage(inkOf(back), back, 24);
      expect([rules.across.length, rules.down.length]).toEqual([13, 7]);
    }
  });

  it('takes a tall stroke that meets no rule across for a character, not a rule', () => {
    const g = paper(600, 300);
    fill(g, 300, 40, 6, 90); // a title's stroke, four characters tall
    const rules = rulesOfPage(inkOf(g), g, 24);
    expect(rules.down).toEqual([]);
  });

  it('cuts a line into words at a rule down and at a gap wider than a character, not at a comma’s space', () => {
    const g = paper(900, 120);
    // 一二三 | 四 (a rule between) … 五、 六 (a comma's space) …… 七 (a wide gap)
    for (const x of [20, 44, 68]) glyph(g, x, 40);
    fill(g, 100, 10, 2, 100);
    fill(g, 0, 10, 900, 2);
    fill(g, 0, 108, 900, 2);
    glyph(g, 110, 40);
    glyph(g, 300, 40);
    fill(g, 322, 58, 4, 4); // 、
    glyph(g, 342, 40);
    glyph(g, 420, 40);
    const ink = inkOf(g);
    const rules = rulesOfPage(ink, g, 24);
    eraseRules(ink, g, rules);
    const words = wordsOf(blobsOf(ink, g.width, g.height), 24, rules.down);
    expect(words.map((w) => [w.x, w.x + w.w])).toEqual([
      [20, 88],
      [110, 130],
      [300, 362],
      [420, 440],
    ]);
  });
});

describe('recogniser output', () => {
  // A dictionary of a few characters: the model's classes are "none", these, and a space.
  const classes = classesOf(['0', '1', '2', 'o', '年', '.'].join('\n'));
  const steps = (...best: [string, number][]) => {
    const C = classes.length;
    const data = new Float32Array(best.length * C);
    best.forEach(([ch, p], t) => {
      const k = ch === '' ? 0 : classes.indexOf(ch);
      data.fill((1 - p) / (C - 1), t * C, (t + 1) * C);
      data[t * C + k] = p;
    });
    return data;
  };

  it('collapses repeats and "none" into the text, and is as sure as its least sure character', () => {
    const data = steps(['1', 0.99], ['1', 0.99], ['', 0.9], ['年', 0.8], ['', 0.95]);
    const [r] = readingsOf({ data, dims: [1, 5, classes.length] }, classes);
    expect(r!.text).toBe('1年');
    expect(r!.confidence).toBeCloseTo(0.8, 5);
  });

  it('reads a lone 0 taken for the letter o as the digit 0, surely so among the digits', () => {
    const C = classes.length;
    const data = steps(['', 0.9], ['o', 0.7], ['', 0.9]);
    // At the middle step the model's second guess is 0, the rest of its belief spread thin.
    data.fill(0.005, C, 2 * C);
    data[C + classes.indexOf('o')] = 0.7;
    data[C + classes.indexOf('0')] = 0.27;
    const [r] = readingsOf({ data, dims: [1, 3, C] }, classes);
    expect(r!.text).toBe('0');
    expect(r!.confidence).toBeGreaterThan(0.9);
  });

  it('a dash where a heading’s numeral stands is the numeral 一', () => {
    const dashes = classesOf(['—', '、', '（', '）', '总', '体', '年'].join('\n'));
    const read = (text: string) => {
      const C = dashes.length;
      const data = new Float32Array(text.length * 2 * C);
      [...text].forEach((ch, i) => {
        data[2 * i * C + dashes.indexOf(ch)] = 0.99;
        data[(2 * i + 1) * C] = 0.99;
      });
      return readingsOf({ data, dims: [1, text.length * 2, C] }, dashes)[0]!.text;
    };
    expect(read('—、总体')).toBe('一、总体');
    expect(read('（—）年')).toBe('（一）年');
    expect(read('总—体')).toBe('总—体');
  });

  it('a lone digit the model takes for a letter (2 for N) is read as the digit it likes best', () => {
    const letters = classesOf(['0', '1', '2', 'N', '年'].join('\n'));
    const C = letters.length;
    const data = new Float32Array(3 * C);
    data[0] = 0.99;
    data[C + letters.indexOf('N')] = 0.9;
    data[C] = 0.06; // "none" is likelier than any digit at that step
    data[C + letters.indexOf('2')] = 0.03;
    data[C + letters.indexOf('1')] = 0.002;
    data[2 * C] = 0.99;
    expect(readingsOf({ data, dims: [1, 3, C] }, letters)[0]).toMatchObject({ text: '2' });
  });

  it('a digit torn between two is doubtful', () => {
    const C = classes.length;
    const data = steps(['1', 0.5], ['', 0.9]);
    data[classes.indexOf('2')] = 0.45;
    const [r] = readingsOf({ data, dims: [1, 2, C] }, classes);
    expect(r!.text).toBe('1');
    expect(r!.confidence).toBeLessThan(0.6);
  });
});
