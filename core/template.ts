/**
 * Pages that carry the report's form rather than a report (issue: a State Council notice whose attachment is the
 * blank official template got three red "只有表头" errors). They have the six headings and the three tables, so
 * the structure alone cannot tell them apart; what gives them away is what a reader sees at once: the title names
 * the form, a notice or a guide; the text is placeholders; the tables hold no number.
 */
import type { Paragraph, Report } from './model';

/** The title names the form itself, or instructions for filling it in. */
const FORM_TITLE = /年度报告(的)?(格式|模板|样式|范本|样表|填报说明|编制说明|编制指引|指引)|格式(的)?(通知|说明)/;
/** A notice, opinion or letter ("关于印发…的通知"): a report only when it carries one, with its year and numbers. */
const NOTICE_TITLE = /^关于.*(通知|意见|函)$|(的通知|的意见|的函)$/;
/** The template's own placeholders. */
const PLACEHOLDER = /^[(（]?(文字描述|此处填写|填写说明|请填写)[)）]?$/;

export function isTemplatePage(
  title: string,
  year: number | null,
  paragraphs: Paragraph[],
  tables: Report['tables'],
): boolean {
  const t = title.replace(/\s+/g, '');
  if (FORM_TITLE.test(t)) return true;
  const numbers = (tables.T2?.numericCells ?? 0) + (tables.T3?.numericCells ?? 0) + (tables.T4?.numericCells ?? 0);
  if (numbers > 0) return false;
  if (NOTICE_TITLE.test(t) && year === null) return true;
  return paragraphs.filter((p) => PLACEHOLDER.test(p.text.replace(/[。.]$/, ''))).length >= 2;
}
