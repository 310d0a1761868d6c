/**
 * The one way the rule tests run rules: in debug mode, so a rule that throws fails its cases instead of being
 * recorded as a failure beside the findings.
 */
import { check } from '../../core/check';
import type { Finding, Report } from '../../core/model';
import type { Rule, RuleContext } from '../../core/rules/types';

export function runRules(report: Report, ...rules: Rule[]): Finding[] {
  return check(report, { rules, debug: true }).findings;
}

/** The same with what the rules may know beyond the report (the previous year's record, for the XY rules). */
export function runRulesWith(report: Report, context: RuleContext, ...rules: Rule[]): Finding[] {
  return check(report, { ...context, rules, debug: true }).findings;
}
