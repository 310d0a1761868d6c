/** Every rule, in catalogue order. docs/rules.md is generated from it (npm run docs:rules). */
import { detRules } from './det';
import { strRules } from './str';
import { sumRules } from './sum';
import { tblRules } from './tbl';
import { txtRules } from './txt';
import type { Rule } from './types';
import { xyRules } from './xy';

export const RULES: Rule[] = [...detRules, ...strRules, ...tblRules, ...sumRules, ...xyRules, ...txtRules];
