/**
 * What the engine's session needs of the overlay on the page. The overlay itself is UI (Preact, in
 * components/overlay/controller.ts); entrypoints/engine.ts hands one to the session.
 */
import type { Anchors } from '@/core/anchor';
import type { Finding, Report } from '@/core/model';
import type { Settings } from '../settings';

/** A checked report and the page elements behind it. */
export interface ReportView {
  report: Report;
  findings: Finding[];
  anchors: Anchors;
}

export interface PageOverlay {
  /** True once the overlay has been drawn on this page (a report was seen). */
  readonly mounted: boolean;
  readonly visible: boolean;
  /** Draws (or redraws) the findings of a report. */
  show(view: ReportView): void;
  setSettings(settings: Settings): void;
  setVisible(visible: boolean): void;
  /** Scrolls to a finding and flashes it; false when there is no such finding. */
  focus(index: number): boolean;
}
