import { describe, expect, it } from 'vitest';
import { anchorChain, titleElement, titleParagraph } from '../../core/anchor';
import { analyzeFixture } from '../helpers';

function report(name: string) {
  const a = analyzeFixture(name);
  if (!a.isReport) throw new Error(`${name} is not a report`);
  return a;
}

describe('anchorChain', () => {
  it('puts a cell finding on its first cell, then its table, then the title', () => {
    const a = report('planted-arithmetic');
    const f = a.findings.find((x) => x.rule === 'SUM-01')!;
    const chain = anchorChain(f, titleParagraph(a.report), a.anchors);
    expect(chain[0]).toMatchObject({ placement: 'cell', key: `T3:new:${f.cells![0]!.col}` });
    expect(chain[0]!.el.tagName).toBe('TD');
    expect(chain.some((c) => c.placement === 'table' && c.el.tagName === 'TABLE')).toBe(true);
    expect(chain.at(-1)!.el).toBe(a.anchors.root);
  });

  it('puts a missing section before the heading of the next section the page has', () => {
    const a = report('planted-format');
    const f = a.findings.find((x) => x.rule === 'STR-01')!;
    expect(f.section).toBe('S5');
    const [first] = anchorChain(f, titleParagraph(a.report), a.anchors);
    expect(first!.placement).toBe('before');
    expect(first!.el).toBe(a.anchors.headings.S6);
  });

  it('puts a section finding on its heading and a page finding on the title line', () => {
    const a = report('planted-structure');
    const str04 = a.findings.find((x) => x.rule === 'STR-04')!;
    expect(anchorChain(str04, titleParagraph(a.report), a.anchors)[0]).toMatchObject({
      el: a.anchors.headings.S2,
      placement: 'block',
    });
    const str11 = a.findings.find((x) => x.rule === 'STR-11')!;
    const top = anchorChain(str11, titleParagraph(a.report), a.anchors)[0]!;
    expect(top.el).toBe(titleElement(titleParagraph(a.report), a.anchors));
    expect(top.el.textContent).toMatch(/年度报告/);
  });

  it('never lists one element twice', () => {
    const a = report('corpus-shanghai-2019');
    for (const f of a.findings) {
      const els = anchorChain(f, titleParagraph(a.report), a.anchors).map((c) => c.el);
      expect(new Set(els).size).toBe(els.length);
    }
  });
});
