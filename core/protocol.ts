/**
 * The one message protocol between popup, background and content script. Every payload that crosses a context
 * is parsed with these schemas on arrival; anything that does not parse is dropped with a clear error.
 */
import * as z from 'zod/mini';
import { CountsSchema } from './export';
import { FindingSchema } from './model';

export const RequestSchema = z.discriminatedUnion('type', [
  /** popup → content: what is on this page? */
  z.object({ type: z.literal('get-state') }),
  /** popup → content: analyse the page again, now (「检查此页」). */
  z.object({ type: z.literal('recheck') }),
  /** popup → content: scroll to a finding's badge and flash it. */
  z.object({ type: z.literal('focus-finding'), index: z.number() }),
  /** popup → content: hide or show the overlay. */
  z.object({ type: z.literal('set-overlay'), visible: z.boolean() }),
  /** popup → content: the export object of the engine. */
  z.object({ type: z.literal('export') }),
  /** gate → background: the page looks like a report; inject the engine into this frame. */
  z.object({ type: z.literal('load-engine') }),
  /** content → background: what the toolbar badge of this tab should say. */
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
    /** Whether the engine is loaded in the page (else only the gate answered). */
    engine: z.boolean(),
  }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

export const AckSchema = z.object({ ok: z.boolean(), error: z.optional(z.string()) });
export type Ack = z.infer<typeof AckSchema>;

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
