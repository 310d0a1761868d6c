/**
 * What the popup asks the engine in a page (and the document page for its own tab), checked by hand rather than
 * with zod: they are this small, they come only from the extension's own pages, and the engine is injected into
 * report pages, whose main thread would otherwise build zod's schemas on every load.
 */
import type { RequestParsers } from './wire';

export interface EngineRequests {
  /** What is on this page? */
  'get-state': { type: 'get-state' };
  /** Analyse the page again, now (「检查此页」/「重新检查」). */
  recheck: { type: 'recheck' };
  /** Scroll to a finding's badge and flash it (this shows a hidden overlay). */
  'focus-finding': { type: 'focus-finding'; index: number };
  /** Hide or show the overlay. */
  'set-overlay': { type: 'set-overlay'; visible: boolean };
  /** The export object. */
  export: { type: 'export' };
  /** 「获取上年度报告并比对」: find and fetch the agency's previous report, and check this one against it. */
  'fetch-previous': { type: 'fetch-previous' };
}

export type EngineMessage = keyof EngineRequests;

/** A request that carries nothing but its type. */
const bare =
  <T extends EngineMessage>(type: T) =>
  () =>
    ({ type }) as EngineRequests[T];

export const ENGINE_REQUESTS: RequestParsers<EngineRequests> = {
  'get-state': bare('get-state'),
  recheck: bare('recheck'),
  'focus-finding': ({ index }) =>
    Number.isInteger(index) ? { type: 'focus-finding', index: index as number } : undefined,
  'set-overlay': ({ visible }) => (typeof visible === 'boolean' ? { type: 'set-overlay', visible } : undefined),
  export: bare('export'),
  'fetch-previous': bare('fetch-previous'),
};
