/**
 * Watches a page for content that arrives after load (CMSs that fetch the article by script). Mutations are
 * debounced; our own overlay lives outside <body>, and anything inside it is ignored anyway.
 */
import { OVERLAY_HOST_SELECTOR } from '@/core/overlay-host';
import type { Lifecycle } from './lifecycle';

/** Late-loading articles usually arrive within seconds; after this a page that is not a report is left alone. */
export const WATCH_FOR_ARTICLE_MS = 30_000;
/** Quiet time after the last added node before the page is read again. */
export const ARTICLE_DEBOUNCE_MS = 400;

export interface WatchOptions {
  /** Quiet time before calling back. */
  debounceMs: number;
  /** Stop watching after this long (a page that never becomes a report costs nothing afterwards). */
  giveUpMs?: number;
  /** Only mutations for which this returns true count. */
  relevant: (m: MutationRecord) => boolean;
}

export interface Watch {
  /** False once stopped, given up, or the extension went away. */
  readonly active: boolean;
  stop(): void;
}

export function watchMutations(ctx: Lifecycle, target: Node, opts: WatchOptions, onChange: () => void): Watch {
  let timer: number | undefined;
  let stopped = false;
  const observer = new MutationObserver((records) => {
    if (stopped) return;
    const counts = records.some((m) => !insideOverlay(m.target) && opts.relevant(m));
    if (!counts) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (!stopped) onChange();
    }, opts.debounceMs);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  ctx.onInvalidated(stop);
  if (opts.giveUpMs) ctx.setTimeout(stop, opts.giveUpMs);
  return {
    get active() {
      return !stopped;
    },
    stop,
  };
}

/**
 * The one watch for an article that arrives after the page, shared by the gate (until a title names a report)
 * and the engine (until the page checks as a report). Only added nodes count: a ticker or a clock that rewrites
 * text must not re-run either of them for 30 seconds.
 */
export function watchForArticle(ctx: Lifecycle, doc: Document, onNodesAdded: () => void): Watch {
  const root = doc.body ?? doc.documentElement;
  const relevant = (m: MutationRecord) => m.addedNodes.length > 0;
  return watchMutations(
    ctx,
    root,
    { debounceMs: ARTICLE_DEBOUNCE_MS, giveUpMs: WATCH_FOR_ARTICLE_MS, relevant },
    onNodesAdded,
  );
}

function insideOverlay(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(OVERLAY_HOST_SELECTOR);
}

/** A mutation that can change what the engine reads from a report: in or around a table, or adding one. */
export function touchesTables(m: MutationRecord): boolean {
  const el = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
  if (el?.closest('table')) return true;
  for (const n of [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)]) {
    if (n.nodeType === 1 && ((n as Element).tagName === 'TABLE' || (n as Element).querySelector?.('table')))
      return true;
  }
  return false;
}
