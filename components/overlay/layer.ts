/**
 * The on-page layer: one badge per finding at its cell or heading, a tip with the message and outlines of every
 * involved cell on hover or focus, and a floating summary that opens the list. Positions are measured on the live
 * page on every draw (measure.ts; anchors well outside the window are not measured until a scroll brings them
 * near) and worked out in layout.ts; the controller redraws (at most once per frame)
 * when the page scrolls, resizes or reflows. A draw moves the elements it made before and makes only what is new.
 * A badge whose cell cannot be seen stays in the tab order, transparent, so that the keyboard can reach it and
 * bring it into view.
 */
import type { AnchorCandidate } from '@/core/anchor';
import type { Counts as CountsT } from '@/core/counts';
import type { Finding } from '@/core/model';
import { findingMessage, severityLabel, t, type Lang } from '../i18n';
import { arrange, el, setAttr } from './dom';
import {
  type AnchorGeometry,
  BADGE,
  type BadgePlace,
  type Box,
  intersect,
  isRendered,
  NEAR,
  placeBadge,
  tipPosition,
  unseenBadge,
} from './layout';
import { counts, findingList } from './list';
import { Frame, type LayoutCache } from './measure';

export interface BadgeSpec {
  index: number;
  finding: Finding;
  chain: AnchorCandidate[];
  /** Every page cell the relation involves, outlined while the badge is active. */
  cells: Element[];
}

/** What the controller draws. */
export interface LayerState {
  specs: BadgeSpec[];
  counts: CountsT;
  lang: Lang;
  showInfo: boolean;
  visible: boolean;
  flash: number | null;
  /** The summary's list is open (the controller closes it to show a finding). */
  listOpen: boolean;
}

export interface LayerActions {
  onList(open: boolean): void;
  onSelect(index: number): void;
  /** A badge got keyboard focus: bring its anchor into view. */
  onReveal(index: number): void;
  onHide(): void;
}

/** A badge as placed on its anchor (layout.ts placeBadge), with the finding it stands for. */
interface Placed extends BadgePlace {
  spec: BadgeSpec;
  anchor: Element;
  key?: string;
}

/** The anchor a finding's badge goes on: the first rendered one of its chain. */
export function chosenAnchor(spec: BadgeSpec, rect: (el: Element) => Box): AnchorCandidate | undefined {
  return spec.chain.find((c) => isRendered(rect(c.el))) ?? spec.chain[spec.chain.length - 1];
}

/** Lay out the shown badges, a slot per badge sharing an anchor, in the page's order (the tab order). */
function place(specs: BadgeSpec[], frame: Frame): Placed[] {
  const slots = new Map<Element, number>();
  const geometry = new Map<Element, AnchorGeometry>();
  const placed: Placed[] = [];
  const taken: Box[] = [];
  for (const spec of specs) {
    const anchor = chosenAnchor(spec, (el) => frame.rect(el));
    if (!anchor) continue;
    const slot = slots.get(anchor.el) ?? 0;
    slots.set(anchor.el, slot + 1);
    const unseen = unseenBadge(anchor.placement, frame.rect(anchor.el), frame.scale, frame.viewport);
    if (unseen) {
      placed.push({ spec, anchor: anchor.el, ...unseen, key: anchor.key });
      continue;
    }
    const g = geometry.get(anchor.el) ?? frame.geometry(anchor);
    geometry.set(anchor.el, g);
    // Only badges near this one can meet it.
    const near = taken.filter((t) => Math.abs(t.top - g.box.top) < g.box.height + NEAR);
    const p = placeBadge(g, slot, frame.scale, near);
    taken.push({ left: p.at.x, top: p.at.y, width: p.size, height: p.size });
    placed.push({ spec, anchor: anchor.el, ...p, key: anchor.key });
  }
  return placed.sort((a, b) =>
    a.anchor === b.anchor ? 0 : a.anchor.compareDocumentPosition(b.anchor) & 4 /* FOLLOWING */ ? -1 : 1,
  );
}

/** Moves `e` to `at` (viewport px) in an overlay zoomed by `scale`, cut to `clip`. */
function moveBox(e: HTMLElement, at: Box, clip: Box, scale: number): void {
  const cut = {
    top: Math.max(0, clip.top - at.top),
    right: Math.max(0, at.left + at.width - (clip.left + clip.width)),
    bottom: Math.max(0, at.top + at.height - (clip.top + clip.height)),
    left: Math.max(0, clip.left - at.left),
  };
  e.style.left = `${at.left / scale}px`;
  e.style.top = `${at.top / scale}px`;
  e.style.clipPath =
    cut.top || cut.right || cut.bottom || cut.left
      ? `inset(${cut.top / scale}px ${cut.right / scale}px ${cut.bottom / scale}px ${cut.left / scale}px)`
      : '';
}

interface Badge {
  button: HTMLButtonElement;
  /** What its text and labels were written for: rewritten when the finding or the language changes. */
  finding?: Finding;
  lang?: Lang;
}

interface Panel {
  root: HTMLElement;
  pill: HTMLButtonElement;
  /** The pill's contents as last drawn, rewritten when the counts or the language change. */
  drawn: string;
  /** The open list and its bar, built when the user opens it; `key`: what it shows (language, findings). */
  list?: { nodes: HTMLElement[]; key: string };
}

export class OverlayLayer {
  private readonly badges = new Map<number, Badge>();
  private readonly outlines: HTMLElement[] = [];
  private tip: { root: HTMLElement; finding?: Finding; lang?: Lang } | undefined;
  private panel: Panel | undefined;
  /** The badge under the pointer or with the keyboard focus. */
  private active: number | null = null;
  private state: LayerState | undefined;
  /** A draw is under way: a focus or blur event it causes (moving a focused badge) redraws after it, not inside. */
  private drawing = false;
  private again = false;

  /** `layer` is the element the overlay draws into (fixed, covering the window): it measures the overlay's zoom. */
  constructor(
    private readonly doc: Document,
    private readonly layer: HTMLElement,
    private readonly cache: LayoutCache,
    private readonly actions: LayerActions,
    /** Called before a draw measures the page (the host's show, host.ts). */
    private readonly beforeMeasure: () => void = () => undefined,
  ) {}

  draw(state: LayerState): void {
    this.state = state;
    if (this.drawing) {
      this.again = true;
      return;
    }
    this.drawing = true;
    try {
      this.drawNow(state);
    } finally {
      this.drawing = false;
    }
    if (this.again) {
      this.again = false;
      this.redraw();
    }
  }

  private drawNow(state: LayerState): void {
    if (!state.visible) {
      this.layer.replaceChildren();
      return;
    }
    // The summary in place before the page is measured: the layout that measuring forces lays it out too, instead
    // of a second one in the next frame.
    const panel = this.drawPanel(state);
    if (!panel.isConnected) this.layer.append(panel);
    this.beforeMeasure();
    const frame = new Frame(this.doc, this.layer, this.cache);
    const { specs, showInfo, flash, lang } = state;
    const placed = place(
      specs.filter((s) => showInfo || s.finding.severity !== 'info' || s.index === flash),
      frame,
    );
    const current = this.active ?? flash;
    const focus = placed.find((p) => p.spec.index === current && p.shown);

    const buttons = placed.map((p) => this.badge(p, frame.scale, state));
    const kept = new Set(placed.map((p) => p.spec.index));
    for (const i of this.badges.keys()) if (!kept.has(i)) this.badges.delete(i);
    const outlines = focus ? this.drawOutlines(focus.spec, frame) : [];
    // The tip after the panel, so that it is drawn over it should they ever meet.
    const tip = focus ? this.drawTip(focus.spec.finding, lang) : undefined;
    arrange(this.layer, [...outlines, ...buttons, panel, ...(tip ? [tip] : [])]);
    if (focus && tip) this.placeTip(tip, focus, frame);
  }

  private redraw(): void {
    if (this.state) this.draw(this.state);
  }

  private setActive(index: number | null): void {
    if (this.active === index) return;
    this.active = index;
    this.redraw();
  }

  private badge(p: Placed, scale: number, state: LayerState): HTMLButtonElement {
    const { spec, at, size, key, shown } = p;
    const { index, finding } = spec;
    let badge = this.badges.get(index);
    if (!badge) {
      const button = el(this.doc, 'button', { type: 'button', 'data-index': String(index) });
      button.addEventListener('mouseenter', () => this.setActive(index));
      button.addEventListener('mouseleave', () => this.setActive(null));
      button.addEventListener('focus', () => {
        this.setActive(index);
        this.actions.onReveal(index);
      });
      button.addEventListener('blur', () => this.setActive(null));
      badge = { button };
      this.badges.set(index, badge);
    }
    const { button } = badge;
    if (badge.finding !== finding || badge.lang !== state.lang) {
      badge.finding = finding;
      badge.lang = state.lang;
      button.dataset.rule = finding.rule;
      button.dataset.severity = finding.severity;
      const label = `${severityLabel(state.lang, finding.severity)} ${finding.rule}: ${findingMessage(finding, state.lang)}`;
      button.setAttribute('aria-label', label);
    }
    const small = size < BADGE * scale ? ' small' : '';
    const flash = state.flash === index ? ' flash' : '';
    setAttr(button, 'class', `badge sev-${finding.severity}${small}${flash}${shown ? '' : ' off'}`);
    if (key === undefined) button.removeAttribute('data-cell');
    else setAttr(button, 'data-cell', key);
    moveBox(button, { left: at.x, top: at.y, width: size, height: size }, p.clip, scale);
    return button;
  }

  /** Rings around the involved cells, just outside their borders so the numbers stay readable; cut like the cells. */
  private drawOutlines(spec: BadgeSpec, frame: Frame): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const cell of spec.cells) {
      const r = frame.rect(cell);
      const clip = frame.clip(cell);
      const seen = intersect(r, clip);
      if (!isRendered(r) || seen.width <= 0 || seen.height <= 0) continue;
      const ring = { left: r.left - 2, top: r.top - 2, width: r.width + 4, height: r.height + 4 };
      const e = this.outlines[out.length] ?? el(this.doc, 'div');
      this.outlines[out.length] = e;
      setAttr(e, 'class', `outline sev-${spec.finding.severity}`);
      moveBox(e, ring, clip, frame.scale);
      e.style.width = `${ring.width / frame.scale}px`;
      e.style.height = `${ring.height / frame.scale}px`;
      out.push(e);
    }
    return out;
  }

  /** The summary: the pill with the counts, and under it the list when open. Escape anywhere in it closes the list. */
  private drawPanel(state: LayerState): HTMLElement {
    const { lang, listOpen } = state;
    let panel = this.panel;
    if (!panel) {
      const root = el(this.doc, 'div', { class: 'panel', 'data-govreport-summary': '' });
      root.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') this.actions.onList(false);
      });
      const pill = el(this.doc, 'button', { type: 'button', class: 'pill' });
      pill.addEventListener('click', () => this.actions.onList(!this.state?.listOpen));
      root.append(pill);
      panel = { root, pill, drawn: '' };
      this.panel = panel;
    }
    const { pill } = panel;
    const drawn = `${lang} ${state.counts.error} ${state.counts.warning} ${state.counts.info} ${listOpen}`;
    if (panel.drawn !== drawn) {
      panel.drawn = drawn;
      setAttr(pill, 'aria-expanded', String(listOpen));
      pill.replaceChildren(
        el(this.doc, 'span', { class: 'name' }, t(lang, 'appName')),
        counts(this.doc, state.counts, lang),
        // Drawn in CSS: a glyph such as ▸ sends the page's first layout of the overlay hunting for a font that has it.
        el(this.doc, 'span', { class: 'caret', 'aria-hidden': 'true' }),
      );
    }
    if (listOpen) {
      const findings = state.specs.map((s) => s.finding);
      // By content, not identity: a re-check's findings are new objects (they come from the background), and a
      // list built again would lose the focus and scroll of the user reading it.
      const key = `${lang}\n${findings.map((f) => `${f.rule} ${f.message} ${JSON.stringify(f.cells ?? [])}`).join('\n')}`;
      if (panel.list?.key !== key) panel.list = { nodes: this.listNodes(findings, lang), key };
    }
    arrange(panel.root, [pill, ...(listOpen ? (panel.list?.nodes ?? []) : [])]);
    return panel.root;
  }

  private listNodes(findings: Finding[], lang: Lang): HTMLElement[] {
    const link = (text: string, onClick: () => void) => {
      const b = el(this.doc, 'button', { type: 'button', class: 'link' }, text);
      b.addEventListener('click', onClick);
      return b;
    };
    return [
      el(
        this.doc,
        'div',
        { class: 'list' },
        findingList(this.doc, findings, lang, (i) => this.actions.onSelect(i)),
      ),
      el(
        this.doc,
        'div',
        { class: 'bar' },
        link(t(lang, 'hideList'), () => this.actions.onList(false)),
        link(t(lang, 'closeOverlay'), () => this.actions.onHide()),
      ),
    ];
  }

  private drawTip(finding: Finding, lang: Lang): HTMLElement {
    this.tip ??= { root: el(this.doc, 'div', { class: 'tip', role: 'tooltip' }) };
    const tip = this.tip;
    if (tip.finding !== finding || tip.lang !== lang) {
      tip.finding = finding;
      tip.lang = lang;
      tip.root.dataset.rule = finding.rule;
      tip.root.replaceChildren(
        el(this.doc, 'span', { class: 'rule' }, finding.rule),
        el(this.doc, 'span', { class: `sev sev-${finding.severity}` }, severityLabel(lang, finding.severity)),
        el(this.doc, 'div', { class: 'msg' }, findingMessage(finding, lang)),
      );
    }
    return tip.root;
  }

  /** Measured once in place, then moved so it stays on screen, off the relation's cells and off the summary. */
  private placeTip(tip: HTMLElement, focus: Placed, frame: Frame): void {
    const cells = focus.spec.cells.slice(0, 60).map((c) => frame.rect(c));
    const panel = this.panel?.root.getBoundingClientRect();
    const k = frame.scale;
    // Measured from the same place every time: its width depends on the room to its right.
    tip.style.left = '0px';
    tip.style.top = '0px';
    const size = { width: tip.offsetWidth * k, height: tip.offsetHeight * k };
    const p = tipPosition(focus.at, size, frame.viewport, cells, panel ? [panel] : [], focus.size);
    tip.style.left = `${p.x / k}px`;
    tip.style.top = `${p.y / k}px`;
  }
}
