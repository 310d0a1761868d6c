/** Every rule, in catalogue order. The meta-test keeps this list and the catalogue in step. */
import { detRules } from './det';
import { strRules } from './str';
import { sumRules } from './sum';
import { tblRules } from './tbl';
import { txtRules } from './txt';
import type { Rule } from './types';

export const RULES: Rule[] = [...detRules, ...strRules, ...tblRules, ...sumRules, ...txtRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
