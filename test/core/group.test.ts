import { expect, it } from 'vitest';
import { groupFindings, groupKey } from '../../core/group';
import type { Finding } from '../../core/model';

const f = (p: Partial<Finding>): Finding => ({ rule: 'X-01', severity: 'warning', message: 'm', messageEn: 'm', ...p });

it('groups by table for cell findings, else by section, else the page, in reading order', () => {
  const findings = [
    f({ section: 'S5' }),
    f({ table: 'T3', cells: [{ table: 'T3', row: 'new', col: 'np' }], section: 'S1' }),
    f({}),
    f({ section: 'S1' }),
    f({ table: 'T2' }),
  ];
  expect(findings.map(groupKey)).toEqual(['S5', 'T3', 'page', 'S1', 'T2']);
  const groups = groupFindings(findings);
  expect(groups.map((g) => [g.key, g.items])).toEqual([
    ['page', [2]],
    ['S1', [3]],
    ['T2', [4]],
    ['T3', [1]],
    ['S5', [0]],
  ]);
  expect(groups.find((g) => g.key === 'S5')).toMatchObject({
    zh: '五、存在的主要问题及改进情况',
    en: 'Part 5: Problems and improvements',
  });
});
