// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverlayController, resized, type OverlayContext } from '../../components/overlay/controller';
import { analyze } from '../../core/index';
import { OVERLAY_HOST_SELECTOR } from '../../core/overlay-host';
import { OVERLAY_CSS } from '../../components/overlay/styles';
import { loadFixture } from '../helpers';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** WXT's ctx as the controller uses it, with invalidation under the test's control; a frame is a 16 ms timer. */
function fakeLifecycle() {
  const onInvalid: (() => void)[] = [];
  let listeners = 0;
  const ctx: OverlayContext = {
    addEventListener: (target, type, handler, options) => {
      listeners++;
      target.addEventListener(type, handler, options);
    },
    requestAnimationFrame: (cb) => setTimeout(() => cb(0), 16) as unknown as number,
    setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number,
    onInvalidated: (cb) => void onInvalid.push(cb),
  };
  const invalidate = () => {
    for (const cb of onInvalid) cb();
  };
  return { ctx, invalidate, listeners: () => listeners };
}

function setup(name: string, showInfo = false) {
  const doc = loadFixture(name);
  const analysis = analyze(doc, 'http://127.0.0.1/x.html');
  if (!analysis.isReport) throw new Error('not a report');
  const life = fakeLifecycle();
  const controller = new OverlayController(life.ctx, doc, { lang: 'zh', showInfo });
  const before = doc.body.innerHTML;
  controller.show(analysis);
  const host = () => doc.querySelector(OVERLAY_HOST_SELECTOR);
  const badges = () => Array.from(host()?.shadowRoot?.querySelectorAll<HTMLElement>('.badge') ?? []);
  return { doc, analysis, controller, life, before, host, badges };
}

describe('OverlayController', () => {
  it('draws nothing until the settings are read, then draws once in the user’s language', () => {
    const doc = loadFixture('planted-arithmetic');
    const analysis = analyze(doc, 'http://127.0.0.1/x.html');
    if (!analysis.isReport) throw new Error('not a report');
    const controller = new OverlayController(fakeLifecycle().ctx, doc);
    controller.show(analysis);
    const shadow = () => doc.querySelector(OVERLAY_HOST_SELECTOR)?.shadowRoot;
    expect(shadow()?.querySelectorAll('.badge').length ?? 0).toBe(0);
    controller.setSettings({ lang: 'en', showInfo: false });
    expect(shadow()!.querySelectorAll('.badge').length).toBeGreaterThan(0);
    expect(shadow()!.querySelector('.pill')!.textContent).toContain('GovReport Checker');
    // Each severity has its own mark besides its colour (grayscale pages on mourning days, colour blindness),
    // painted by the stylesheet (styles.ts), not written in a font of its own.
    const dots = Array.from(shadow()!.querySelectorAll('.pill .count .dot'));
    expect(dots.map((d) => d.className)).toEqual(['dot sev-error', 'dot sev-warning', 'dot sev-info']);
    expect(dots.map((d) => d.textContent)).toEqual(['', '', '']);
    for (const s of ['error', 'warning', 'info']) {
      expect(OVERLAY_CSS).toMatch(
        new RegExp(`\\.badge\\.sev-${s}, \\.layer \\.dot\\.sev-${s} \\{[^}]*background-image`),
      );
    }
  });

  it('mounts one open shadow host outside <body> and leaves the page untouched', () => {
    const { doc, before, host, badges, analysis } = setup('planted-arithmetic');
    expect(doc.querySelectorAll(OVERLAY_HOST_SELECTOR)).toHaveLength(1);
    expect(host()!.parentElement).toBe(doc.documentElement);
    expect(host()!.shadowRoot).not.toBeNull();
    // Its own styles inline and !important: no page rule can move or hide it.
    const style = (host() as HTMLElement).style;
    for (const prop of ['position', 'z-index', 'display', 'transform', 'pointer-events']) {
      expect(style.getPropertyPriority(prop), prop).toBe('important');
    }
    expect([style.position, style.zIndex, style.pointerEvents]).toEqual(['fixed', '2147483647', 'none']);
    expect(doc.body.innerHTML).toBe(before);
    expect(badges()).toHaveLength(analysis.findings.filter((f) => f.severity !== 'info').length);
    expect(badges().every((b) => b.dataset.rule && b.dataset.severity)).toBe(true);
  });

  it('badges every finding when info badges are on, and hides them all on request', () => {
    const { controller, badges, analysis } = setup('planted-arithmetic', true);
    expect(badges().map((b) => Number(b.dataset.index))).toEqual(analysis.findings.map((_, i) => i));
    controller.setVisible(false);
    expect(badges()).toHaveLength(0);
    controller.setVisible(true);
    expect(badges()).toHaveLength(analysis.findings.length);
  });

  it('shows a finding, even an info one without a badge: closes the list and flashes until the user looks', async () => {
    const { controller, badges, analysis, host, doc } = setup('planted-arithmetic');
    const root = host()!.shadowRoot!;
    const flashing = (i: number) =>
      badges()
        .find((b) => Number(b.dataset.index) === i)
        ?.classList.contains('flash') ?? false;
    (root.querySelector('.pill') as HTMLElement).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelector('.list')).not.toBeNull();
    const info = analysis.findings.findIndex((f) => f.severity === 'info');
    expect(controller.focus(info)).toBe(true);
    expect(flashing(info)).toBe(true);
    // The on-page list would hide the page: closed.
    expect(root.querySelector('.list')).toBeNull();
    // Still flashing while the user is elsewhere (in the popup)…
    await vi.advanceTimersByTimeAsync(5000);
    expect(flashing(info)).toBe(true);
    // …and for a moment more once they move on the page.
    doc.defaultView!.dispatchEvent(new Event('pointermove'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(flashing(info)).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(badges().some((b) => Number(b.dataset.index) === info)).toBe(false);
    // A user who never comes back: it stops by itself.
    const error = analysis.findings.findIndex((f) => f.severity === 'error');
    controller.focus(error);
    await vi.advanceTimersByTimeAsync(14_000);
    expect(flashing(error)).toBe(true);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(flashing(error)).toBe(false);
    expect(controller.focus(999)).toBe(false);
  });

  it('opens the summary list from the pill and closes it with Escape', async () => {
    const { host, analysis } = setup('planted-arithmetic');
    const root = host()!.shadowRoot!;
    (root.querySelector('.pill') as HTMLElement).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelectorAll('.list .item')).toHaveLength(analysis.findings.length);
    root.querySelector('.panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelector('.list')).toBeNull();
  });

  it('moves the badges it drew on a redraw instead of making new ones, and builds the list only when opened', async () => {
    const { doc, host, badges } = setup('planted-arithmetic');
    const root = host()!.shadowRoot!;
    const before = badges();
    const added: Node[] = [];
    new MutationObserver((records) => {
      for (const r of records) added.push(...Array.from(r.addedNodes));
    }).observe(root, { childList: true, subtree: true });
    doc.defaultView!.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(20);
    expect(badges()).toEqual(before);
    expect(added).toEqual([]);
    // Nothing of the list exists until the user asks for it.
    expect(root.querySelectorAll('.item, .list, .bar')).toHaveLength(0);
    (root.querySelector('.pill') as HTMLElement).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelectorAll('.list .item').length).toBeGreaterThan(0);
    expect(root.querySelector('.pill')!.getAttribute('aria-expanded')).toBe('true');
    expect(badges()).toEqual(before);
  });

  it('keeps the open list (and the focus in it) when a re-check brings the same findings as new objects', async () => {
    const { host, analysis, controller } = setup('planted-arithmetic');
    const root = host()!.shadowRoot!;
    (root.querySelector('.pill') as HTMLElement).click();
    await vi.advanceTimersByTimeAsync(0);
    const item = root.querySelector<HTMLElement>('.list .item')!;
    item.focus();
    // What the background answers a re-check with: equal findings, not the same objects.
    controller.show({ ...analysis, findings: JSON.parse(JSON.stringify(analysis.findings)) });
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelector('.list .item')).toBe(item);
    expect(root.activeElement).toBe(item);
    // Different findings do build it again.
    controller.show({ ...analysis, findings: analysis.findings.slice(1) });
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelectorAll('.list .item')).toHaveLength(analysis.findings.length - 1);
    expect(root.querySelector('.list .item')).not.toBe(item);
  });

  it('the list’s buttons show a finding and hide the markers', async () => {
    const { host, badges, analysis } = setup('planted-arithmetic');
    const root = host()!.shadowRoot!;
    (root.querySelector('.pill') as HTMLElement).click();
    const error = analysis.findings.findIndex((f) => f.severity === 'error');
    (root.querySelector(`.list .item[data-index="${error}"]`) as HTMLElement).click();
    expect(root.querySelector('.list')).toBeNull();
    expect(
      badges()
        .find((b) => Number(b.dataset.index) === error)!
        .classList.contains('flash'),
    ).toBe(true);
    (root.querySelector('.pill') as HTMLElement).click();
    const [collapse, hide] = Array.from(root.querySelectorAll<HTMLElement>('.bar .link'));
    expect([collapse!.textContent, hide!.textContent]).toEqual(['收起', '隐藏标记']);
    collapse!.click();
    expect(root.querySelector('.list')).toBeNull();
    (root.querySelector('.pill') as HTMLElement).click();
    (root.querySelector('.bar .link:last-child') as HTMLElement).click();
    expect(badges()).toHaveLength(0);
    expect(root.querySelector('.pill')).toBeNull();
  });

  it('redraws in the other language when the settings change, on the same elements', () => {
    const { controller, host, badges } = setup('planted-arithmetic');
    const before = badges();
    expect(before[0]!.getAttribute('aria-label')).toMatch(/^(错误|警告) /);
    controller.setSettings({ lang: 'en', showInfo: false });
    expect(badges()).toEqual(before);
    expect(before[0]!.getAttribute('aria-label')).toMatch(/^(Error|Warning) /);
    expect(host()!.shadowRoot!.querySelector('.pill .name')!.textContent).toBe('GovReport Checker');
  });

  it('removes everything when the extension context is invalidated', () => {
    const { life, host, doc, before } = setup('seed-000-shahe-2024');
    expect(life.listeners()).toBeGreaterThan(0);
    life.invalidate();
    expect(host()).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('reflow from the ResizeObserver', () => {
  const entry = (target: Element, width: number, height: number) =>
    ({ target, contentRect: { width, height } }) as unknown as ResizeObserverEntry;

  it('redraws when an observed box changes size, not when it is first reported', () => {
    const body = document.createElement('div');
    const table = document.createElement('table');
    const reflow = vi.fn();
    const callback = resized(reflow);
    const observer = {} as ResizeObserver;
    callback([entry(body, 1000, 3000)], observer);
    callback([entry(table, 600, 400)], observer);
    expect(reflow).not.toHaveBeenCalled();
    callback([entry(body, 1000, 3000), entry(table, 600, 400)], observer);
    expect(reflow).not.toHaveBeenCalled();
    callback([entry(table, 600, 420)], observer);
    expect(reflow).toHaveBeenCalledTimes(1);
  });
});
