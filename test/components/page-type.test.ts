// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageType, typeSample } from '../../components/overlay/page-type';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('pageType', () => {
  it('is the family and size of the report’s table text, the size kept within 12–16 px', () => {
    const doc = page(`
      <table id="a" style="font-family: SimSun; font-size: 14px"><tr><td>1</td></tr></table>
      <table id="b" style="font-family: FangSong; font-size: 21px"><tr><td>1</td></tr></table>
      <table id="c" style="font-family: Arial; font-size: 9px"><tr><td>1</td></tr></table>`);
    const cell = (id: string) => doc.querySelector(`#${id} td`)!;
    expect(pageType(cell('a'))).toEqual({ fontFamily: 'SimSun', fontSize: '14px' });
    expect(pageType(cell('b'))).toEqual({ fontFamily: 'FangSong', fontSize: '16px' });
    expect(pageType(cell('c'))).toEqual({ fontFamily: 'Arial', fontSize: '12px' });
  });

  it('samples the first cell of the first table, else the root', () => {
    const doc = page(
      '<div id="r"><table><tr><th>h</th><td>1</td></tr></table><table><tr><td>2</td></tr></table></div>',
    );
    const root = doc.getElementById('r')!;
    const tables = Array.from(doc.querySelectorAll('table'));
    expect(typeSample(tables, root)).toBe(doc.querySelector('th'));
    expect(typeSample([], root)).toBe(root);
  });
});
