/** The finding list and severity colours, shared by the on-page summary and the popup. */
export const LIST_CSS = `
.sev-error { background-color: #cf222e; }
.sev-warning { background-color: #bf8700; }
.sev-info { background-color: #0969da; }
.counts { display: inline-flex; gap: 10px; }
.count { display: inline-flex; align-items: center; gap: 3px; }
.dot { width: 14px; height: 14px; border-radius: 7px; display: inline-block; color: #fff; font: bold 10px/14px Arial, sans-serif; text-align: center; }
.ok { color: #1a7f37; font-weight: bold; }
.group { padding: 4px 10px 2px; font-weight: bold; color: #57606a; font-size: 12px; }
.item { display: flex; gap: 6px; width: 100%; text-align: left; background: none; border: 0; padding: 4px 10px; cursor: pointer; align-items: flex-start; }
.item:hover, .item:focus-visible { background: #f6f8fa; }
.item .dot { margin-top: 3px; flex: none; }
.item .rule { color: #57606a; flex: none; font-size: 12px; }
`;

/**
 * The layer every host draws into (host.ts) and its buttons: all the attachment notice needs, its box being styled
 * inline. Not on paper, where the page shows as published.
 */
export const LAYER_CSS = `
.layer { position: fixed; inset: 0; pointer-events: none; font: 13px/1.45 "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; color: #1f2328; }
.layer * { box-sizing: border-box; }
button { font: inherit; color: inherit; margin: 0; }
@media print { .layer { display: none !important; } }
`;

/**
 * The overlay's stylesheet, applied inside its shadow root: page styles cannot reach it and it cannot reach the
 * page. Sizes are in px (never rem/em) because the host resets inheritance and pages set huge root font sizes.
 * The layer's font family and size are the page's own where they can be (page-type.ts); this font is the fallback.
 * Paper shows the page as published (LAYER_CSS): badges drawn at screen positions would land on the wrong lines.
 */
export const OVERLAY_CSS = `${LAYER_CSS}
.badge { position: fixed; width: 18px; height: 18px; padding: 0; border-radius: 9px; border: 2px solid #fff; box-shadow: 0 0 0 1px rgba(0,0,0,.45), 0 1px 3px rgba(0,0,0,.35); cursor: pointer; pointer-events: auto; display: block; }
.badge.small { width: 14px; height: 14px; border-width: 1px; }
/*
 * Each severity's mark, painted rather than written (× an error, ! a warning, i information): a glyph in a font and
 * weight of its own made the first draw load and shape that font, and marks built of ::before and ::after boxes
 * cost as much in layout. In % of the mark's box, so a small badge has it smaller.
 */
.badge.sev-error, .layer .dot.sev-error { background-repeat: no-repeat; background-image: linear-gradient(45deg, transparent 42%, #fff 42%, #fff 58%, transparent 58%), linear-gradient(-45deg, transparent 42%, #fff 42%, #fff 58%, transparent 58%); background-size: 64% 64%; background-position: center; }
.badge.sev-warning, .layer .dot.sev-warning { background-repeat: no-repeat; background-image: linear-gradient(#fff, #fff), linear-gradient(#fff, #fff); background-size: 2px 40%, 2px 2px; background-position: 50% 36%, 50% 81%; }
.badge.sev-info, .layer .dot.sev-info { background-repeat: no-repeat; background-image: linear-gradient(#fff, #fff), linear-gradient(#fff, #fff); background-size: 2px 2px, 2px 40%; background-position: 50% 25%, 50% 71%; }
.badge:focus-visible { outline: 3px solid #0969da; outline-offset: 1px; }
.badge.flash { animation: flash 1s ease-in-out infinite; }
/* Its cell is scrolled away or under a fixed header: not drawn, but still in the tab order (focus brings it back). */
.badge.off { opacity: 0; pointer-events: none; }
@keyframes flash { 50% { transform: scale(1.8); box-shadow: 0 0 0 6px rgba(255,196,0,.8); } }
/* The flash lasts until the user looks: without motion for those who asked for none, a steady ring instead. */
@media (prefers-reduced-motion: reduce) { .badge.flash { animation: none; box-shadow: 0 0 0 5px rgba(255,196,0,.9); } }
.outline { position: fixed; border: 2px solid #cf222e; box-shadow: 0 0 0 1px #fff, inset 0 0 0 1px #fff; pointer-events: none; }
.outline.sev-warning { border-color: #bf8700; background: none; }
.outline.sev-error { background: none; }
.outline.sev-info { border-color: #0969da; background: none; }
.tip { position: fixed; max-width: 380px; min-width: 220px; padding: 8px 10px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.25); pointer-events: none; white-space: normal; word-break: break-word; }
.tip .rule { font-weight: bold; margin-right: 6px; }
.tip .sev { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: 12px; }
.tip .msg { margin-top: 4px; }
.panel { position: fixed; right: 16px; bottom: 16px; pointer-events: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.2); max-width: 420px; }
.pill { display: flex; gap: 8px; align-items: center; padding: 6px 10px; background: none; border: 0; cursor: pointer; }
/* A triangle pointing right, down while the list is open. */
.caret { width: 0; height: 0; border: 4px solid transparent; border-right: 0; border-left: 6px solid currentColor; }
.pill[aria-expanded="true"] .caret { transform: rotate(90deg); }
.list { max-height: 55vh; overflow: auto; border-top: 1px solid #d0d7de; padding: 4px 0; }
.bar { display: flex; justify-content: flex-end; gap: 8px; padding: 4px 10px; border-top: 1px solid #d0d7de; }
.link { background: none; border: 0; color: #0969da; cursor: pointer; padding: 2px 0; }
${LIST_CSS}
/*
 * High contrast (Windows forced colours) drops background images and forces background and border colours: the
 * marks would be empty circles, the dots nothing and the caret a square. They keep their own colours, as icons do.
 */
@media (forced-colors: active) { .badge, .layer .dot, .caret { forced-color-adjust: none; } }
`;
