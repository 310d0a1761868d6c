/** The schema of a cross-year record (core/year-record.ts), for the background, which keeps and parses them. */
import * as z from 'zod/mini';
import { FORMAT_VERSIONS } from './ids';

export const YearRecordSchema = z.object({
  /** The site the report was read on ('' for a file): an agency is matched only on its own site. */
  host: z.string(),
  agency: z.string(),
  year: z.number(),
  url: z.string(),
  formatVersion: z.enum(FORMAT_VERSIONS),
  /** 表三 四、结转下年度继续办理, by column id; null where blank; absent where the cell holds text or is missing. */
  fwd: z.record(z.string(), z.nullable(z.number())),
  /** 表二 现行有效件数 by row id (2021 format: rules, normDocs). */
  valid: z.record(z.string(), z.nullable(z.number())),
  s5: z.string(),
});
