/**
 * The on-page layer: one badge per finding at its cell or heading, a tip with the message and outlines of every
 * involved cell on hover or focus, and a floating summary that opens the list. Positions are measured on the live
 * page on every render (measure.ts) and worked out in layout.ts; the controller re-renders (at most once per
 * frame) when the page scrolls, resizes or reflows. A badge whose cell cannot be seen stays in the tab order,
 * transparent, so that the keyboard can reach it and bring it into view.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnchorCandidate } from '@/core/anchor';
import type { Counts as CountsT } from '@/core/export';
import type { Finding } from '@/core/model';
import { Counts, FindingList } from '../FindingList';
import { findingMessage, severityLabel, t, type Lang } from '../i18n';
import {
  type AnchorGeometry,
  BADGE,
  type Box,
  intersect,
  isRendered,
  placeBadge,
  type Point,
  tipPosition,
} from './layout';
import { Frame, type LayoutCache } from './measure';
import { SEVERITY_GLYPH } from '../severity';

export interface BadgeSpec {
  index: number;
  finding: Finding;
  chain: AnchorCandidate[];
  /** Every page cell the relation involves, outlined while the badge is active. */
  cells: Element[];
}

export interface OverlayProps {
  /** The page's document (not necessarily the global one: tests run it on a parsed page). */
  doc: Document;
  /** The element the overlay renders into (fixed, covering the window): measures the overlay's own zoom. */
  layer: HTMLElement;
  /** What the overlay measured of the page and keeps until it reflows. */
  cache: LayoutCache;
  specs: BadgeSpec[];
  counts: CountsT;
  lang: Lang;
  showInfo: boolean;
  visible: boolean;
  flash: number | null;
  /** The summary's list is open (the controller closes it to show a finding). */
  listOpen: boolean;
  onList: (open: boolean) => void;
  onSelect: (index: number) => void;
  /** A badge got keyboard focus: bring its anchor into view. */
  onReveal: (index: number) => void;
  onHide: () => void;
}

interface Placed {
  spec: BadgeSpec;
  anchor: Element;
  at: Point;
  size: number;
  shown: boolean;
  clip: Box;
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
    const g = geometry.get(anchor.el) ?? frame.geometry(anchor);
    geometry.set(anchor.el, g);
    // Only badges near this one can meet it.
    const near = taken.filter((t) => Math.abs(t.top - g.box.top) < g.box.height + 40);
    const p = placeBadge(g, slot, frame.scale, near);
    taken.push({ left: p.at.x, top: p.at.y, width: p.size, height: p.size });
    placed.push({ spec, anchor: anchor.el, ...p, key: anchor.key });
  }
  return placed.sort((a, b) =>
    a.anchor === b.anchor ? 0 : a.anchor.compareDocumentPosition(b.anchor) & 4 /* FOLLOWING */ ? -1 : 1,
  );
}

/** CSS for a box drawn at `at` (viewport px) in an overlay zoomed by `scale`, cut to `clip`. */
function boxStyle(at: Box, clip: Box, scale: number): Record<string, string> {
  const cut = {
    top: Math.max(0, clip.top - at.top),
    right: Math.max(0, at.left + at.width - (clip.left + clip.width)),
    bottom: Math.max(0, at.top + at.height - (clip.top + clip.height)),
    left: Math.max(0, clip.left - at.left),
  };
  const style: Record<string, string> = { left: `${at.left / scale}px`, top: `${at.top / scale}px` };
  if (cut.top || cut.right || cut.bottom || cut.left) {
    style['clip-path'] =
      `inset(${cut.top / scale}px ${cut.right / scale}px ${cut.bottom / scale}px ${cut.left / scale}px)`;
  }
  return style;
}

export function Overlay(props: OverlayProps) {
  const {
    doc,
    layer,
    cache,
    specs,
    counts,
    lang,
    showInfo,
    visible,
    flash,
    listOpen,
    onList,
    onSelect,
    onReveal,
    onHide,
  } = props;
  const [active, setActive] = useState<number | null>(null);
  if (!visible) return null;

  const frame = new Frame(doc, layer, cache);
  const shownSpecs = specs.filter((s) => showInfo || s.finding.severity !== 'info' || s.index === flash);
  const placed = place(shownSpecs, frame);
  const current = active ?? flash;
  const focus = placed.find((p) => p.spec.index === current && p.shown);

  return (
    <>
      {focus && <Outlines spec={focus.spec} frame={frame} />}
      {placed.map(({ spec, at, size, key, shown, clip }) => (
        <button
          type="button"
          key={spec.index}
          class={`badge sev-${spec.finding.severity}${size < BADGE * frame.scale ? ' small' : ''}${flash === spec.index ? ' flash' : ''}${shown ? '' : ' off'}`}
          style={boxStyle({ left: at.x, top: at.y, width: size, height: size }, clip, frame.scale)}
          data-rule={spec.finding.rule}
          data-severity={spec.finding.severity}
          data-index={spec.index}
          data-cell={key}
          aria-label={`${severityLabel(lang, spec.finding.severity)} ${spec.finding.rule}: ${findingMessage(spec.finding, lang)}`}
          onMouseEnter={() => setActive(spec.index)}
          onMouseLeave={() => setActive(null)}
          onFocus={() => {
            setActive(spec.index);
            onReveal(spec.index);
          }}
          onBlur={() => setActive(null)}
        >
          {SEVERITY_GLYPH[spec.finding.severity]}
        </button>
      ))}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the panel closes the list; the buttons inside are the controls. */}
      <div class="panel" data-govreport-summary onKeyDown={(e) => e.key === 'Escape' && onList(false)}>
        <button type="button" class="pill" aria-expanded={listOpen} onClick={() => onList(!listOpen)}>
          <span class="name">{t(lang, 'appName')}</span>
          <Counts counts={counts} lang={lang} />
          <span aria-hidden="true">{listOpen ? '▾' : '▸'}</span>
        </button>
        {listOpen && (
          <>
            <div class="list">
              <FindingList findings={specs.map((s) => s.finding)} lang={lang} onSelect={onSelect} />
            </div>
            <div class="bar">
              <button type="button" class="link" onClick={() => onList(false)}>
                {t(lang, 'hideList')}
              </button>
              <button type="button" class="link" onClick={onHide}>
                {t(lang, 'closeOverlay')}
              </button>
            </div>
          </>
        )}
      </div>
      {/* After the panel, so that it is drawn over it should they ever meet. */}
      {focus && (
        <Tip
          finding={focus.spec.finding}
          at={focus.at}
          size={focus.size}
          lang={lang}
          avoid={focus.spec.cells}
          frame={frame}
        />
      )}
    </>
  );
}

/** Rings around the involved cells, just outside their borders so the numbers stay readable; cut like the cells. */
function Outlines(props: { spec: BadgeSpec; frame: Frame }) {
  const { spec, frame } = props;
  return (
    <>
      {spec.cells.map((el, i) => {
        const r = frame.rect(el);
        const clip = frame.clip(el);
        const seen = intersect(r, clip);
        if (!isRendered(r) || seen.width <= 0 || seen.height <= 0) return null;
        const ring = { left: r.left - 2, top: r.top - 2, width: r.width + 4, height: r.height + 4 };
        const style = boxStyle(ring, clip, frame.scale);
        return (
          <div
            key={i}
            class={`outline sev-${spec.finding.severity}`}
            style={{ ...style, width: `${ring.width / frame.scale}px`, height: `${ring.height / frame.scale}px` }}
          />
        );
      })}
    </>
  );
}

function Tip(props: { finding: Finding; at: Point; size: number; lang: Lang; avoid: Element[]; frame: Frame }) {
  const { finding, at, size: badge, lang, avoid, frame } = props;
  const ref = useRef<HTMLDivElement>(null);
  // Measured after render, then moved so it stays on screen, off the relation's cells and off the summary.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const cells = avoid.slice(0, 60).map((c) => frame.rect(c));
    const panel = el.parentElement?.querySelector('.panel')?.getBoundingClientRect();
    const k = frame.scale;
    const size = { width: el.offsetWidth * k, height: el.offsetHeight * k };
    const p = tipPosition(at, size, frame.viewport, cells, panel ? [panel] : [], badge);
    el.style.left = `${p.x / k}px`;
    el.style.top = `${p.y / k}px`;
  });
  return (
    <div class="tip" ref={ref} role="tooltip" data-rule={finding.rule}>
      <span class="rule">{finding.rule}</span>
      <span class={`sev sev-${finding.severity}`}>{severityLabel(lang, finding.severity)}</span>
      <div class="msg">{findingMessage(finding, lang)}</div>
    </div>
  );
}
