/**
 * The one way the rule tests run rules: in debug mode, so a rule that throws fails its cases instead of being
 * recorded as a failure beside the findings.
 */
import { check } from '../../core/check';
import type { Finding, Report } from '../../core/model';
import type { Rule } from '../../core/rules/types';

export function runRules(report: Report, ...rules: Rule[]): Finding[] {
  return check(report, { rules, debug: true }).findings;
}
