/**
 * The one message protocol between popup, background, gate and engine: for each message type its request and
 * its answer. Requests are checked on arrival by whoever answers them (extension/messaging.ts): the background
 * parses with the zod schemas here, the engine with the small hand checks of extension/engine-requests.ts (no zod
 * in report pages). A request that does not parse gets no answer; an answer travels in an envelope with the
 * handler's error, if any (extension/wire.ts). The popup parses the engine's answers (a page's state, an export)
 * with the schemas here; the background's answers are its own (records it parsed when it read them) and are
 * taken as they come.
 */
import * as z from 'zod/mini';
import { YearRecordSchema } from '@/core/year-record-schema';
import { CountsSchema, ExportSchema } from '@/core/export-schema';
import { FindingSchema, RuleFailureSchema } from '@/core/model';
import type { EngineMessage, EngineRequests } from './engine-requests';
import { unwrapAnswer, type RequestParsers } from './wire';

/** A report file the page links to (core/attachments.ts), which the document page can check. */
export const AttachmentSchema = z.object({
  url: z.string(),
  text: z.string(),
  kind: z.enum(['pdf', 'docx', 'doc']),
  namesReport: z.boolean(),
});

export const PageStateSchema = z.discriminatedUnion('isReport', [
  z.object({
    isReport: z.literal(true),
    url: z.string(),
    title: z.string(),
    agency: z.string(),
    year: z.nullable(z.number()),
    formatVersion: z.string(),
    counts: CountsSchema,
    findings: z.array(FindingSchema),
    /** Where each finding is, in the report's words, in both languages (core/location.ts), by index. */
    locations: z.array(z.object({ zh: z.string(), en: z.string() })),
    /** What each rule that found something checks, by rule id: the popup's legend for the codes. */
    legend: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
    /** Which tables were read and how many relations held, in both languages (core/summary.ts). */
    summary: z.object({ zh: z.string(), en: z.string() }),
    /** Rules that could not check this page: shown as such, never as findings. */
    failures: z.array(RuleFailureSchema),
    /** 「与上年对比」: the same agency's previous year, when a record of it is kept (core/cross-year.ts). */
    crossYear: z.nullable(
      z.object({
        year: z.number(),
        url: z.string(),
        rows: z.array(
          z.object({
            zh: z.string(),
            en: z.string(),
            now: z.nullable(z.number()),
            expected: z.nullable(z.number()),
            agrees: z.boolean(),
          }),
        ),
      }),
    ),
    overlayVisible: z.boolean(),
    /** A report page without tables that links its report as a file: 「检查附件」. */
    attachments: z.optional(z.array(AttachmentSchema)),
  }),
  z.object({
    isReport: z.literal(false),
    url: z.string(),
    reason: z.enum(['no-title', 'no-structure', 'template', 'several-reports', 'unreadable']),
    /** A report title without the report's structure (reason 'no-structure'). */
    title: z.optional(z.string()),
    /** Why the page could not be read (reason 'unreadable'). */
    error: z.optional(z.string()),
    /** The page is still being watched for a late-loading article. */
    watching: z.boolean(),
    /** Report files the page links to (a report title, the report as an attachment): 「检查附件」. */
    attachments: z.optional(z.array(AttachmentSchema)),
    /** The tab shows a PDF in the browser's viewer (Chrome: the gate runs in the viewer's wrapper): 「检查此 PDF」. */
    pdfTab: z.optional(z.boolean()),
    /** The extension's document page, with no file checked yet (or a file that is no report). */
    documentPage: z.optional(z.boolean()),
  }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

/**
 * The engine in the page answers these (extension/engine-requests.ts, checked by hand: no zod in report pages), and
 * so does the document page (entrypoints/document) for its own tab; the popup sends them (sendToTab).
 * The gate never answers. tabs.sendMessage never reaches an extension page, so a request for the document page
 * travels as a runtime message carrying the tab it is for (TO_TAB).
 */
export { ENGINE_REQUESTS, type EngineMessage } from './engine-requests';
export { TO_TAB } from './wire';

export const ENGINE_ANSWERS = {
  'get-state': PageStateSchema,
  recheck: PageStateSchema,
  'focus-finding': PageStateSchema,
  'set-overlay': PageStateSchema,
  export: ExportSchema,
  'fetch-previous': PageStateSchema,
} satisfies Record<EngineMessage, z.ZodMiniType>;

/** The parts of the page's code the engine asks the background for (files: extension/inject.ts PART_FILES). */
export const SCRIPT_PARTS = ['overlay', 'notice', 'previous'] as const;
export type ScriptPart = (typeof SCRIPT_PARTS)[number];

/** An address a page sends: far longer than any report's, short enough that no page can send megabytes as one. */
const PAGE_URL = z.string().check(z.maxLength(64 * 1024));

/** What the toolbar badge says of a page (extension/page/lifecycle.ts PageStatus). */
const PAGE_STATUS = { isReport: z.boolean(), counts: z.nullable(CountsSchema) };

/**
 * The background answers these; the engine and the extension's pages send them (sendToRuntime). (The gate asks
 * for nothing: it answers the background's executeScript, extension/tab-gate.ts.)
 */
const BACKGROUND_REQUEST_SCHEMAS = {
  /**
   * engine → background: inject a part of the page's code into this frame, once there is something for it: the
   * overlay (a report's badges and summary), the notice (a report file to offer), the previous-year finder
   * (「获取上年度报告并比对」 clicked).
   */
  'load-script': z.object({ type: z.literal('load-script'), part: z.enum(SCRIPT_PARTS) }),
  /** engine → background: what the toolbar badge of this tab should say. */
  status: z.object({ type: z.literal('status'), ...PAGE_STATUS }),
  /**
   * engine, document and batch pages → background: keep this report's cross-year record (the engine: also of a
   * fetched previous year's report); the answer is the same agency's previous year, if kept.
   */
  'year-record': z.object({ type: z.literal('year-record'), record: YearRecordSchema }),
  /** engine → background: the on-page notice's 「检查附件」: open the document page for this file in a new tab. */
  'open-document': z.object({ type: z.literal('open-document'), url: PAGE_URL }),
  /**
   * popup → background: 「检查此页」 on a page without an engine: inject it (extension/start-engine.ts), which checks
   * the page; answered once it runs there (the popup then asks it, and its answer waits for the check).
   */
  'start-engine': z.object({ type: z.literal('start-engine'), tabId: z.number() }),
};

/**
 * What the engine's script gives back where an engine runs already (the tab's address changed within the page): what
 * its toolbar badge says, or null before its first check is shown.
 */
export const RunningEngineSchema = z.object({
  running: z.nullable(z.object(PAGE_STATUS)),
});

type BackgroundRequests = {
  [K in keyof typeof BACKGROUND_REQUEST_SCHEMAS]: z.infer<(typeof BACKGROUND_REQUEST_SCHEMAS)[K]>;
};
export type BackgroundMessage = keyof BackgroundRequests;

/** The background parses what the pages' scripts send it with zod: it keeps records and sets the toolbar from them. */
export const BACKGROUND_REQUESTS = Object.fromEntries(
  Object.entries(BACKGROUND_REQUEST_SCHEMAS).map(([type, schema]) => [
    type,
    (raw: unknown) => {
      const parsed = (schema as z.ZodMiniType).safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
  ]),
) as RequestParsers<BackgroundRequests>;

/** Nothing beyond "done" (or the error) but for `year-record`, which answers with a record or null. */
export const BACKGROUND_ANSWERS = {
  'load-script': z.literal(null),
  status: z.literal(null),
  'year-record': z.nullable(YearRecordSchema),
  'open-document': z.literal(null),
  'start-engine': z.literal(null),
} satisfies Record<BackgroundMessage, z.ZodMiniType>;

type Requests = EngineRequests & BackgroundRequests;
type Answers = typeof ENGINE_ANSWERS & typeof BACKGROUND_ANSWERS;
export type MessageType = keyof Requests;
export type RequestOf<T extends MessageType> = Requests[T];
export type AnswerOf<T extends MessageType> = z.infer<Answers[T]>;

/**
 * The value of an answer envelope, checked against the answer schema; throws the handler's error or a mismatch.
 * The popup checks what the engine says of a page so; the engine takes the background's answers as they come.
 */
export function parseAnswer<A extends z.ZodMiniType>(type: string, schema: A, raw: unknown): z.infer<A> {
  const value = schema.safeParse(unwrapAnswer(type, raw));
  if (!value.success) throw new Error(`unexpected answer to ${type}`);
  return value.data;
}
