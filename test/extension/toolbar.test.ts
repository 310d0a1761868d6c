import { expect, it } from 'vitest';
import { toolbarBadge, undecidedBadge } from '../../extension/toolbar';

it('shows errors in red, else warnings in amber, else a green tick, and nothing off reports', () => {
  expect(toolbarBadge(true, { error: 3, warning: 2, info: 1 })).toEqual({
    text: '3',
    color: '#cf222e',
    title: '年报体检：3 错误，2 警告，1 提示',
  });
  expect(toolbarBadge(true, { error: 3, warning: 2, info: 1 }, 'en').title).toBe(
    'GovReport Checker: 3 errors, 2 warnings, 1 notes',
  );
  expect(toolbarBadge(true, { error: 0, warning: 2, info: 1 })).toMatchObject({ text: '2', color: '#bf8700' });
  expect(toolbarBadge(true, { error: 0, warning: 0, info: 4 })).toMatchObject({ text: '✓', color: '#1a7f37' });
  expect(toolbarBadge(true, { error: 120, warning: 0, info: 0 }).text).toBe('99+');
  expect(toolbarBadge(false, null)).toEqual({ text: '', title: '年报体检：此页不是年度报告，未检查' });
  expect(toolbarBadge(false, null, 'en').title).toBe('GovReport Checker: not an annual report, nothing checked');
  expect(undecidedBadge()).toEqual({ text: '', title: '年报体检' });
});
