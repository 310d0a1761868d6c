/**
 * The canonical report model as zod schemas. Everything a rule reads is here and serialisable: rules are pure
 * functions of this model, and the export is this model plus the findings. DOM elements never enter it; the
 * extractor keeps them in a side table (Anchors) for the overlay.
 */
import * as z from 'zod/mini';
import { FORMAT_VERSIONS, SECTION_IDS, TABLE_IDS } from './ids';

export type { SectionId, TableId } from './ids';

export const SectionIdSchema = z.enum(SECTION_IDS);
export const TableIdSchema = z.enum(TABLE_IDS);
export const FormatVersionSchema = z.enum(FORMAT_VERSIONS);
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** Where a canonical value came from on the page. */
export const ProvenanceSchema = z.object({
  /** Ordinal of the <table> among the page's data tables. */
  pageTable: z.number(),
  /** Row and column in the expanded grid of the (merged) logical table. */
  gridRow: z.number(),
  gridCol: z.number(),
  /** A CSS selector for the source cell, from the document root. */
  selector: z.string(),
  /** For a document read from a PDF: the page (1-based) and the cell's box on it, in points from the top left. */
  page: z.optional(z.number()),
  box: z.optional(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  /** For a document read from a scan: how sure the reading of the cell is, 0…1 (core/readers/scan). */
  confidence: z.optional(z.number()),
});

export const CanonicalCellSchema = z.object({
  /** The number, or null where the cell is blank or holds text. */
  value: z.nullable(z.number()),
  status: z.enum(['number', 'blank', 'text']),
  raw: z.string(),
  unit: z.optional(z.string()),
  source: ProvenanceSchema,
});

export const CanonicalRowSchema = z.object({
  /** The label as the page writes it (normalised). */
  label: z.string(),
  /** True when the label differs from the canonical text after normalisation (TBL-06). */
  fuzzy: z.boolean(),
  /** How many data cells the page row has (TBL-05 when ≠ the table's width). */
  dataCells: z.number(),
  cells: z.record(z.string(), CanonicalCellSchema),
  source: z.nullable(ProvenanceSchema),
});

export const CanonicalTableSchema = z.object({
  id: TableIdSchema,
  /** The page tables this table was read from (more than one where the CMS split it: 续表). */
  pageTables: z.array(z.number()),
  /** Canonical rows by id; T3/T4 may also hold sub3…sub6 subtotal rows (local variant). */
  rows: z.record(z.string(), CanonicalRowSchema),
  /** Column ids present in the header (T3: the 7 and optionally orgSub; T2: per block). */
  columns: z.array(z.string()),
  numericCells: z.number(),
  /** The expected number of data cells per row (T3: 7 or 8, T4: 15). */
  width: z.number(),
  /** T2 (八) header text (for the 万元 check). */
  feeHeader: z.optional(z.string()),
  /** Fuzzy column headers (TBL-06). */
  fuzzyColumns: z.array(z.object({ col: z.string(), label: z.string() })),
});

export const ParagraphSchema = z.object({
  /** Raw text as on the page (for TXT-07, which looks at blanks). */
  raw: z.string(),
  /** NFKC, whitespace removed: the text the narrative regexes run on. */
  text: z.string(),
});

export const SectionSchema = z.object({
  id: SectionIdSchema,
  /** The heading as the page writes it. */
  heading: z.string(),
  /** The numeral in front of the heading (一 → 1), null when there is none. */
  numeral: z.nullable(z.number()),
  /** Position among the sections found, in page order. */
  order: z.number(),
  /** Paragraph index (in Report.paragraphs) of the heading. */
  headingParagraph: z.number(),
  /** How many times this heading occurs. */
  occurrences: z.number(),
  /** Body paragraphs: indexes into Report.paragraphs. */
  paragraphs: z.array(z.number()),
  /** Data tables that follow the heading before the next one. */
  tables: z.array(z.number()),
});

export const RawGridSchema = z.object({
  pageTable: z.number(),
  section: z.nullable(SectionIdSchema),
  rows: z.array(z.array(z.nullable(z.string()))),
});

export const ReportSchema = z.object({
  url: z.string(),
  title: z.string(),
  agency: z.string(),
  year: z.nullable(z.number()),
  formatVersion: FormatVersionSchema,
  /** 发布日期 from the CMS meta tags or a 发布日期 line, as YYYY-MM-DD. */
  publishDate: z.nullable(z.string()),
  /** Text before the first section (the preamble). */
  preamble: z.array(z.number()),
  paragraphs: z.array(ParagraphSchema),
  sections: z.array(SectionSchema),
  tables: z.object({
    T2: z.optional(CanonicalTableSchema),
    T3: z.optional(CanonicalTableSchema),
    T4: z.optional(CanonicalTableSchema),
  }),
  rawGrids: z.array(RawGridSchema),
  /**
   * For a document whose tables were read from text positions (a PDF without ruling lines): how many of each
   * national table's cells were read, of those the form has. A table read short is not checked (DET-05).
   */
  reading: z.optional(z.partialRecord(TableIdSchema, z.object({ read: z.number(), expected: z.number() }))),
});

export type Severity = z.infer<typeof SeveritySchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type CanonicalCell = z.infer<typeof CanonicalCellSchema>;
export type CanonicalRow = z.infer<typeof CanonicalRowSchema>;
export type CanonicalTable = z.infer<typeof CanonicalTableSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Report = z.infer<typeof ReportSchema>;

export const CellRefSchema = z.object({ table: TableIdSchema, row: z.string(), col: z.string() });
export type CellRef = z.infer<typeof CellRefSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  /** Chinese message with the numbers filled in. */
  message: z.string(),
  messageEn: z.string(),
  section: z.optional(SectionIdSchema),
  table: z.optional(TableIdSchema),
  cells: z.optional(z.array(CellRefSchema)),
  /** Paragraph index (Report.paragraphs) for a finding in the text, with the matched words. */
  paragraph: z.optional(z.number()),
  excerpt: z.optional(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A rule that threw on this report: it could not check, which is neither a pass nor a finding. */
export const RuleFailureSchema = z.object({ rule: z.string(), error: z.string() });
export type RuleFailure = z.infer<typeof RuleFailureSchema>;
