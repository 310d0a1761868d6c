/**
 * A Lifecycle for the gate without WXT's content-script runtime. That runtime imports the polyfill and costs
 * every matching page about 4 ms of script time in Chromium (npm run bench), against well under 1 ms for the
 * gate alone. It keeps WXT's contract: when the extension is updated or reloaded (runtime.id disappears) or a
 * newer gate starts, every timer registered here stops. The engine uses one too (plainPageContext): constructing
 * WXT's context cost it about 10 ms a page. The extension is asked whether it is still there when a timer, frame or
 * event fires, never when one is registered: the gate, which many pages run, then never touches the extension API.
 */
import type { Lifecycle, PageContext } from './lifecycle';

export interface PlainLifecycle extends Lifecycle {
  /** Asks the extension (the runtime's id), and invalidates if it is gone. */
  readonly isValid: boolean;
  /** Invalidated already, as far as is known without asking the extension. */
  readonly ended: boolean;
  invalidate(): void;
}

export function plainLifecycle(runtime: () => { id?: string } | undefined): PlainLifecycle {
  let dead = false;
  const callbacks: (() => void)[] = [];
  /** Timers not yet fired, cleared with the context: a fired one is forgotten (a slice, a debounce, a flash). */
  const timers = new Set<number>();
  const invalidate = () => {
    if (dead) return;
    dead = true;
    for (const id of timers) clearTimeout(id);
    timers.clear();
    for (const cb of callbacks.splice(0)) cb();
  };
  /** True while the extension that injected us is still there; invalidates on the first check that fails. */
  const alive = () => {
    if (dead) return false;
    let id: string | undefined;
    try {
      id = runtime()?.id;
    } catch {
      id = undefined;
    }
    if (!id) invalidate();
    return !!id;
  };
  return {
    get isValid() {
      return alive();
    },
    get ended() {
      return dead;
    },
    invalidate,
    onInvalidated: (cb) => void (dead ? cb() : callbacks.push(cb)),
    setTimeout: (cb, ms) => {
      const id = window.setTimeout(() => {
        timers.delete(id);
        if (alive()) cb();
      }, ms);
      if (!dead) timers.add(id);
      return id;
    },
  };
}

/** The engine's context: a plain lifecycle whose listeners and animation frames also stop with it. */
export function plainPageContext(runtime: () => { id?: string } | undefined): PlainLifecycle & PageContext {
  const life = plainLifecycle(runtime);
  return {
    get isValid() {
      return life.isValid;
    },
    get ended() {
      return life.ended;
    },
    invalidate: life.invalidate,
    onInvalidated: life.onInvalidated,
    setTimeout: life.setTimeout,
    addEventListener: (target, type, handler, options) => {
      if (life.ended) return;
      const guarded = (e: Event) => void (life.isValid && handler(e));
      target.addEventListener(type, guarded, options);
      life.onInvalidated(() => target.removeEventListener(type, guarded, options));
    },
    // Checked when it fires rather than cancelled: one a frame while scrolling, none to keep track of.
    requestAnimationFrame: (cb) => window.requestAnimationFrame((t) => void (life.isValid && cb(t))),
  };
}
