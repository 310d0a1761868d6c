/**
 * What a reader is told about the whole check, beside the list of findings: which tables were read and how many
 * relations held. A correct report is told so plainly ("表二、表三、表四已读取，44项勾稽关系全部成立") even when it
 * has info notes; silence alone is not an answer.
 */
import type { Finding, Report } from './model';
import type { Label } from './vocabulary';
import { TABLE_IDS, tableDef } from './vocabulary';

export function checkSummary(report: Report, findings: Finding[], relationsChecked: number): Label {
  const read = TABLE_IDS.filter((id) => report.tables[id]);
  // The relations the rules tally: the tables' sums, and last year's figures against this year's (XY-01, XY-02).
  const failed = findings.filter((f) => /^(SUM-|XY-0[12])/.test(f.rule)).length;
  const tables = {
    zh: read.length ? `${read.map((id) => tableDef(id).short).join('、')}已读取` : '未读取到统计表',
    en: read.length ? `${read.map((id) => `table ${tableDef(id).n}`).join(', ')} read` : 'no tables read',
  };
  if (relationsChecked === 0)
    return { zh: `${tables.zh}，没有可核对的勾稽关系`, en: `${tables.en}; no relation could be checked` };
  const held = relationsChecked - failed;
  return failed === 0
    ? {
        zh: `${tables.zh}，${relationsChecked}项勾稽关系全部成立`,
        en: `${tables.en}; all ${relationsChecked} relations hold`,
      }
    : {
        zh: `${tables.zh}，${relationsChecked}项勾稽关系中${held}项成立、${failed}项不成立`,
        en: `${tables.en}; ${held} of ${relationsChecked} relations hold, ${failed} do not`,
      };
}
