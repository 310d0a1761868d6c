/**
 * What the engine's session needs of the overlay on the page. The overlay itself is UI (plain DOM, in
 * components/overlay/controller.ts), in its own script (entrypoints/overlay.ts) that the background injects only
 * once the check has found something to draw (extension/page/overlay-loader.ts); the document page bundles it.
 */
import type { Anchors } from '@/core/anchor';
import type { Attachment } from '@/core/attachments';
import type { Finding } from '@/core/model';
import type { Settings } from '../settings';
import type { PageContext } from './lifecycle';

/** A checked report's findings and the page elements behind them. */
export interface ReportView {
  /** The report's title line among its paragraphs (core/anchor.ts titleParagraph): a badge's last resort. */
  titleLine?: number;
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

/** The small on-page offer to check the report's attached file (「检查附件」), where the page has no report tables. */
export interface AttachmentNotice {
  offer(attachment: Attachment | undefined): void;
  setSettings(settings: Settings): void;
}

/** What the engine does for the overlay: messages to the background stay in the engine's script. */
export interface PageActions {
  /** 「检查附件」: open the document page for this file in a new tab. */
  openDocument(url: string): void;
}

/** What the overlay's script hands the engine: the badges and the summary, bound to the engine's context. */
export type OverlayFactory = (ctx: PageContext, doc: Document) => PageOverlay;
/** What the notice's script hands the engine: the offer of a report file, bound to the engine's context. */
export type NoticeFactory = (ctx: PageContext, doc: Document, actions: PageActions) => AttachmentNotice;
