/**
 * The one message protocol between popup, background, gate and engine. Every payload that crosses a context is
 * parsed with these schemas on arrival: a request that does not parse gets no answer, an answer that does not
 * parse is an error the popup shows.
 */
import * as z from 'zod/mini';
import { CountsSchema } from '@/core/export';
import { FindingSchema } from '@/core/model';

export const RequestSchema = z.discriminatedUnion('type', [
  /** popup → engine: what is on this page? (The gate never answers: no answer means no engine in the page.) */
  z.object({ type: z.literal('get-state') }),
  /** popup → engine: analyse the page again, now (「检查此页」/「重新检查」). */
  z.object({ type: z.literal('recheck') }),
  /** popup → engine: scroll to a finding's badge and flash it. */
  z.object({ type: z.literal('focus-finding'), index: z.number() }),
  /** popup → engine: hide or show the overlay. */
  z.object({ type: z.literal('set-overlay'), visible: z.boolean() }),
  /** popup → engine: the export object. */
  z.object({ type: z.literal('export') }),
  /** gate → background: the page looks like a report; inject the engine into this frame. */
  z.object({ type: z.literal('load-engine') }),
  /** engine → background: what the toolbar badge of this tab should say. */
  z.object({ type: z.literal('status'), isReport: z.boolean(), counts: z.nullable(CountsSchema) }),
]);
export type Request = z.infer<typeof RequestSchema>;

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
    overlayVisible: z.boolean(),
  }),
  z.object({
    isReport: z.literal(false),
    url: z.string(),
    reason: z.string(),
    title: z.optional(z.string()),
    /** The page is still being watched for a late-loading article. */
    watching: z.boolean(),
  }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

export const AckSchema = z.object({ ok: z.boolean(), error: z.optional(z.string()) });
export type Ack = z.infer<typeof AckSchema>;

/** The answer to 'export': the envelope here, the data itself against ExportSchema by its reader. */
export const ExportAnswerSchema = z.object({ ok: z.boolean(), data: z.optional(z.unknown()), error: z.optional(z.string()) });

/** What each request is answered with (the export is checked against ExportSchema by its reader). */
export interface Responses {
  'get-state': PageState;
  recheck: PageState;
  'focus-finding': Ack;
  'set-overlay': PageState;
  export: { ok: true; data: unknown } | { ok: false; error: string };
  status: Ack;
  'load-engine': Ack;
}

export function parseRequest(raw: unknown): Request | undefined {
  const r = RequestSchema.safeParse(raw);
  return r.success ? r.data : undefined;
}
