// The report the per-rule cases start from: valid, correct (no rule finds anything), and left alone by the helpers.
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../core/model';
import { RULES } from '../../core/rules/registry';
import { finding } from '../support/cases';
import { report, report2019, withCell, withParagraph, withText, withoutSection } from '../support/report';
import { runRules } from '../support/run';

describe('the base reports', () => {
  it('validate against the report schema', () => {
    expect(ReportSchema.safeParse(report()).success).toBe(true);
    expect(ReportSchema.safeParse(report2019()).success).toBe(true);
  });

  it('the correct 2024 report: no rule of the registry finds anything', () => {
    expect(runRules(report(), ...RULES)).toStrictEqual([]);
  });

  it('the correct 2020 report: only DET-04, which says on every 2019/2020 report which form it was held to', () => {
    expect(runRules(report2019(), ...RULES)).toStrictEqual([
      finding('DET-04', 'info', '按2019版格式校验（报告年度2020）', 'Checked against the 2019 form (report year 2020)'),
    ]);
  });
});

describe('the helpers', () => {
  it('return new reports and leave their input as it was', () => {
    const r = report();
    const before = structuredClone(r);
    withCell(r, 'T3', 'r1', 'np', 99);
    withText(r, '申请24件', '申请12件');
    withParagraph(r, 'S3', '另有1件。');
    withoutSection(r, 'S5');
    expect(r).toStrictEqual(before);
  });

  it('keep paragraph indexes in page order when a paragraph is added mid-report', () => {
    const r = withParagraph(report(), 'S1', '新增段落。');
    const s1 = r.sections.find((s) => s.id === 'S1')!;
    const s2 = r.sections.find((s) => s.id === 'S2')!;
    expect(r.paragraphs[s1.paragraphs.at(-1)!]!.raw).toBe('新增段落。');
    expect(s2.headingParagraph).toBe(s1.paragraphs.at(-1)! + 1);
  });

  it('keep numericCells in step with the cells (TBL-02 reads it)', () => {
    const before = report().tables.T4!.numericCells;
    expect(withCell(report(), 'T4', 'review', 'kept', null).tables.T4!.numericCells).toBe(before - 1);
  });
});
