/**
 * The engine's first check without messaging. The engine's script gives the page's markup back as its result to
 * the background that injected it, and the background brings the answer by running a function in the engine's
 * world (extension/start-engine.ts, engine-calls.ts): a report page's first check and draw never touch the
 * extension API, whose set-up alone cost its main thread about a millisecond, nor send or receive a message. Later
 * checks (the tables changed, 「重新检查」) ask the background by message.
 */
import type { PageCheckAnswer, RequestOf } from '../protocol';
import { unwrapAnswer } from '../wire';
import type { Lifecycle } from './lifecycle';

export type CheckRequest = RequestOf<'check-page'>;
export type Ask = (request: CheckRequest) => Promise<PageCheckAnswer>;

/**
 * How long the first check's answer may take before the engine asks by message instead: a background that
 * restarted while it checked never brings it. Far longer than the check of the largest page takes.
 */
export const FIRST_ANSWER_MS = 60_000;

export class FirstCheck {
  /** What the first check asks, once it has: the engine's script gives it to the background (take()). */
  private request: { html: string; url: string; token: string } | undefined;
  /** Told apart from any other engine's first check: the answer must carry it. */
  private readonly token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  private used = false;
  private waiting: { resolve: (a: PageCheckAnswer) => void; reject: (e: unknown) => void } | undefined;
  private timer: number | undefined;

  /** `later`: how every other check asks (by message). */
  constructor(
    private readonly later: Ask,
    private readonly ctx: Lifecycle,
  ) {}

  /** The session's way to ask: the first time through the injection, then by message. */
  readonly ask: Ask = (request) => {
    // A first check that carries a previous year (none does: the engine has fetched nothing yet) asks by message.
    if (this.used || request.previous) return this.later(request);
    this.used = true;
    this.request = { html: request.html, url: request.url, token: this.token };
    return new Promise<PageCheckAnswer>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.timer = this.ctx.setTimeout(() => {
        const waiting = this.waiting;
        this.waiting = undefined;
        this.later(request).then(waiting?.resolve, waiting?.reject);
      }, FIRST_ANSWER_MS);
    });
  };

  /** The first check's request, once, for the engine's script to give back: the page keeps no copy of its markup. */
  take(): { html: string; url: string; token: string } | undefined {
    const request = this.request;
    this.request = undefined;
    return request;
  }

  /**
   * The background's answer envelope (extension/engine-calls.ts deliverFirstAnswer), taken if it carries this
   * check's token; a second one is ignored.
   */
  readonly answer = (envelope: unknown, token: string): boolean => {
    const waiting = this.waiting;
    if (!waiting || token !== this.token) return false;
    this.waiting = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    try {
      waiting.resolve(unwrapAnswer('check-page', envelope) as PageCheckAnswer);
    } catch (err) {
      waiting.reject(err);
    }
    return true;
  };
}
