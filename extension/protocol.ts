/**
 * The one message protocol between popup, background, gate and engine: for each message type its request and
 * its answer, both parsed on arrival (extension/messaging.ts). A request that does not parse gets no answer; an
 * answer travels in an envelope with the handler's error, if any, and one that does not parse is an error for
 * the sender. The table is split by who answers, and requests apart from answers, only so that each bundle
 * carries just the schemas it checks (the engine parses requests, never a page state or an export).
 */
import * as z from 'zod/mini';
import { YearRecordSchema } from '@/core/year-record';
import { CountsSchema, ExportSchema } from '@/core/export';
import { FindingSchema, RuleFailureSchema } from '@/core/model';

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
    reason: z.enum(['no-title', 'no-structure', 'template', 'unreadable']),
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
 * The engine in the page answers these, and so does the document page (entrypoints/document) for its own tab;
 * the popup sends them (sendToTab). The gate never answers. tabs.sendMessage never reaches an extension page, so
 * a request for the document page travels as a runtime message carrying the tab it is for (TO_TAB).
 */
export const ENGINE_REQUESTS = {
  /** What is on this page? */
  'get-state': z.object({ type: z.literal('get-state') }),
  /** Analyse the page again, now (「检查此页」/「重新检查」). */
  recheck: z.object({ type: z.literal('recheck') }),
  /** Scroll to a finding's badge and flash it (this shows a hidden overlay). */
  'focus-finding': z.object({ type: z.literal('focus-finding'), index: z.number() }),
  /** Hide or show the overlay. */
  'set-overlay': z.object({ type: z.literal('set-overlay'), visible: z.boolean() }),
  /** The export object. */
  export: z.object({ type: z.literal('export') }),
  /** 「获取上年度报告并比对」: find and fetch the agency's previous report, and check this one against it. */
  'fetch-previous': z.object({ type: z.literal('fetch-previous') }),
};

export const ENGINE_ANSWERS = {
  'get-state': PageStateSchema,
  recheck: PageStateSchema,
  'focus-finding': PageStateSchema,
  'set-overlay': PageStateSchema,
  export: ExportSchema,
  'fetch-previous': PageStateSchema,
} satisfies Record<keyof typeof ENGINE_REQUESTS, z.ZodMiniType>;

/** The background answers these; the gate and the engine send them (sendToRuntime). */
export const BACKGROUND_REQUESTS = {
  /** gate → background: the page looks like a report; inject the engine into this frame. */
  'load-engine': z.object({ type: z.literal('load-engine') }),
  /** engine → background: the check found something to draw; inject the overlay's script into this frame. */
  'load-overlay': z.object({ type: z.literal('load-overlay') }),
  /** engine → background: what the toolbar badge of this tab should say. */
  status: z.object({ type: z.literal('status'), isReport: z.boolean(), counts: z.nullable(CountsSchema) }),
  /** engine → background: keep this report's cross-year record; the answer is the previous year's, if kept. */
  'year-record': z.object({ type: z.literal('year-record'), record: YearRecordSchema }),
  /** engine → background: the on-page notice's 「检查附件」: open the document page for this file in a new tab. */
  'open-document': z.object({ type: z.literal('open-document'), url: z.string() }),
};

/** The key of a runtime message that names the tab whose page should answer (see sendToTab). */
export const TO_TAB = 'toTab';

/** Mostly nothing beyond "done" (or the error); `year-record` answers with the previous year's record, if kept. */
export const BACKGROUND_ANSWERS = {
  'load-engine': z.literal(null),
  'load-overlay': z.literal(null),
  status: z.literal(null),
  'year-record': z.nullable(YearRecordSchema),
  'open-document': z.literal(null),
} satisfies Record<keyof typeof BACKGROUND_REQUESTS, z.ZodMiniType>;

type Requests = typeof ENGINE_REQUESTS & typeof BACKGROUND_REQUESTS;
type Answers = typeof ENGINE_ANSWERS & typeof BACKGROUND_ANSWERS;
export type RequestSchemas = typeof ENGINE_REQUESTS | typeof BACKGROUND_REQUESTS;
export type MessageType = keyof Requests;
export type EngineMessage = keyof typeof ENGINE_REQUESTS;
export type BackgroundMessage = keyof typeof BACKGROUND_REQUESTS;
export type RequestOf<T extends MessageType> = z.infer<Requests[T]>;
export type AnswerOf<T extends MessageType> = z.infer<Answers[T]>;
/** Any request of one receiver's table. */
export type RequestIn<S extends RequestSchemas> = RequestOf<keyof S & MessageType>;

/** How every answer travels: the handler's value, or why it failed. (A plain object, not a union: smaller.) */
const EnvelopeSchema = z.object({ ok: z.boolean(), value: z.optional(z.unknown()), error: z.optional(z.string()) });
export type Envelope = { ok: true; value: unknown } | { ok: false; error: string };

/** The request if `raw` is one of the given message types and carries what that type needs, else undefined. */
export function parseRequest<S extends RequestSchemas>(requests: S, raw: unknown): RequestIn<S> | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(requests, type)) return undefined;
  const parsed = (requests[type as keyof S] as z.ZodMiniType).safeParse(raw);
  return parsed.success ? (parsed.data as RequestIn<S>) : undefined;
}

/** The value of an answer envelope, checked against the answer schema; throws the handler's error or a mismatch. */
export function parseAnswer<A extends z.ZodMiniType>(type: string, schema: A, raw: unknown): z.infer<A> {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new Error(`no valid answer to ${type}`);
  if (!envelope.data.ok) throw new Error(envelope.data.error ?? `${type} failed`);
  const value = schema.safeParse(envelope.data.value);
  if (!value.success) throw new Error(`unexpected answer to ${type}`);
  return value.data;
}
