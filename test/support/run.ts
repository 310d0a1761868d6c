/**
 * The one way the rule tests run rules. The runner's API is about to change: when it does, this line is the
 * only one to follow it.
 */
import { check } from '../../core/check';
import type { Finding, Report } from '../../core/model';
import type { Rule } from '../../core/rules/types';

export function runRules(report: Report, ...rules: Rule[]): Finding[] {
  return check(report, rules);
}
