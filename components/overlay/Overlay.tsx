/**
 * The on-page layer: one badge per finding at its cell or heading, a tip with the message and outlines of every
 * involved cell on hover or focus, and a floating summary that opens the list. Positions are read from the live
 * page on every render; the controller re-renders (at most once per frame) when the page scrolls, resizes or
 * reflows.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnchorCandidate } from '@/core/anchor';
import type { Counts as CountsT } from '@/core/export';
import type { Finding } from '@/core/model';
import { Counts, FindingList } from '../FindingList';
import { findingMessage, severityLabel, t, type Lang } from '../i18n';
import { badgePosition, isRendered, tipPosition, type Box, type Point } from './layout';
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
  specs: BadgeSpec[];
  counts: CountsT;
  lang: Lang;
  showInfo: boolean;
  visible: boolean;
  flash: number | null;
  onSelect: (index: number) => void;
  onHide: () => void;
}

interface Placed {
  spec: BadgeSpec;
  at: Point;
  key?: string;
}

function viewport(doc: Document): { width: number; height: number } {
  const win = doc.defaultView;
  return {
    width: doc.documentElement.clientWidth || win?.innerWidth || 0,
    height: win?.innerHeight || doc.documentElement.clientHeight,
  };
}

/** Lay out the shown badges: the first rendered anchor of each chain, with a slot per badge sharing it. */
function place(specs: BadgeSpec[], vw: number): Placed[] {
  const slots = new Map<Element, number>();
  const rects = new Map<Element, Box>();
  const rectOf = (el: Element): Box => {
    let r = rects.get(el);
    if (!r) {
      r = el.isConnected ? el.getBoundingClientRect() : { left: 0, top: 0, width: 0, height: 0 };
      rects.set(el, r);
    }
    return r;
  };
  const placed: Placed[] = [];
  for (const spec of specs) {
    const anchor = spec.chain.find((c) => isRendered(rectOf(c.el))) ?? spec.chain[spec.chain.length - 1];
    if (!anchor) continue;
    const slot = slots.get(anchor.el) ?? 0;
    slots.set(anchor.el, slot + 1);
    const line = anchor.placement === 'block' ? firstLineBox(anchor.el) : undefined;
    placed.push({ spec, at: badgePosition(rectOf(anchor.el), anchor.placement, slot, vw, line), key: anchor.key });
  }
  return placed;
}

/** The box of the first line of an element's text (a heading's words), via a Range: no page change needed. */
function firstLineBox(el: Element): Box | undefined {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const first = Array.from(range.getClientRects()).find(isRendered);
  range.detach();
  return first;
}

export function Overlay(props: OverlayProps) {
  const { doc, specs, counts, lang, showInfo, visible, flash, onSelect, onHide } = props;
  const [active, setActive] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  if (!visible) return null;

  const vp = viewport(doc);
  const shown = specs.filter((s) => showInfo || s.finding.severity !== 'info' || s.index === flash);
  const placed = place(shown, vp.width);
  const current = active ?? flash;
  const focus = placed.find((p) => p.spec.index === current);

  return (
    <>
      {focus && <Outlines spec={focus.spec} />}
      {placed.map(({ spec, at, key }) => (
        <button
          type="button"
          key={spec.index}
          class={`badge sev-${spec.finding.severity}${flash === spec.index ? ' flash' : ''}`}
          style={{ left: `${at.x}px`, top: `${at.y}px` }}
          data-rule={spec.finding.rule}
          data-severity={spec.finding.severity}
          data-index={spec.index}
          data-cell={key}
          aria-label={`${severityLabel(lang, spec.finding.severity)} ${spec.finding.rule}: ${findingMessage(spec.finding, lang)}`}
          onMouseEnter={() => setActive(spec.index)}
          onMouseLeave={() => setActive(null)}
          onFocus={() => setActive(spec.index)}
          onBlur={() => setActive(null)}
        >
          {SEVERITY_GLYPH[spec.finding.severity]}
        </button>
      ))}
      {focus && <Tip finding={focus.spec.finding} at={focus.at} lang={lang} avoid={focus.spec.cells} viewport={vp} />}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the panel closes the list; the buttons inside are the controls. */}
      <div class="panel" data-govreport-summary onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        <button type="button" class="pill" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span class="name">{t(lang, 'appName')}</span>
          <Counts counts={counts} lang={lang} />
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
        {open && (
          <>
            <div class="list">
              <FindingList findings={specs.map((s) => s.finding)} lang={lang} onSelect={onSelect} />
            </div>
            <div class="bar">
              <button type="button" class="link" onClick={() => setOpen(false)}>
                {t(lang, 'hideList')}
              </button>
              <button type="button" class="link" onClick={onHide}>
                {t(lang, 'closeOverlay')}
              </button>
            </div>
          </>
        )}
      </div>
    </>
  );
}

/** Rings around the involved cells, just outside their borders so the numbers stay readable. */
function Outlines(props: { spec: BadgeSpec }) {
  return (
    <>
      {props.spec.cells.map((el, i) => {
        if (!el.isConnected) return null;
        const r = el.getBoundingClientRect();
        if (!isRendered(r)) return null;
        return (
          <div
            key={i}
            class={`outline sev-${props.spec.finding.severity}`}
            style={{
              left: `${r.left - 2}px`,
              top: `${r.top - 2}px`,
              width: `${r.width + 4}px`,
              height: `${r.height + 4}px`,
            }}
          />
        );
      })}
    </>
  );
}

function Tip(props: {
  finding: Finding;
  at: Point;
  lang: Lang;
  avoid: Element[];
  viewport: { width: number; height: number };
}) {
  const { finding, at, lang, avoid, viewport } = props;
  const ref = useRef<HTMLDivElement>(null);
  // Measured after render, then moved so it stays on screen.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const cells = avoid.slice(0, 60).map((c) => c.getBoundingClientRect());
    const p = tipPosition(at, { width: el.offsetWidth, height: el.offsetHeight }, viewport, cells);
    el.style.left = `${p.x}px`;
    el.style.top = `${p.y}px`;
  });
  return (
    <div class="tip" ref={ref} role="tooltip" data-rule={finding.rule}>
      <span class="rule">{finding.rule}</span>
      <span class={`sev sev-${finding.severity}`}>{severityLabel(lang, finding.severity)}</span>
      <div class="msg">{findingMessage(finding, lang)}</div>
    </div>
  );
}
