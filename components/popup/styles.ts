/** Styles of the extension's own pages (popup and options). */
import { LIST_CSS } from '../overlay/styles';

export const PAGE_CSS = `
body { margin: 0; font: 13px/1.5 "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; color: #1f2328; }
.popup { width: 420px; max-height: 580px; overflow: auto; }
.top { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
.link { color: #0969da; text-decoration: none; background: none; border: 0; cursor: pointer; }
.summary, .empty { padding: 8px 12px; border-bottom: 1px solid #d0d7de; }
.title { font-size: 15px; margin: 0 0 6px; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 6px; }
.facts dt { color: #57606a; }
.facts dd { margin: 0; }
.countline { margin: 6px 0; }
.checked { color: #57606a; margin: 0 0 6px; }
.failures { color: #9a6700; margin: 0 0 6px; }
.cross-year { margin: 0 0 6px; }
.cross-year summary { cursor: pointer; color: #57606a; }
.cross-year summary a { color: #0969da; }
.cross-year table { border-collapse: collapse; width: 100%; margin-top: 4px; }
.cross-year th, .cross-year td { border-bottom: 1px solid #d0d7de; padding: 2px 4px; text-align: left; font-weight: normal; }
.cross-year th { color: #57606a; }
.cross-year .n { text-align: right; font-variant-numeric: tabular-nums; }
.cross-year .ok { color: #1a7f37; } .cross-year .bad { color: #cf222e; font-weight: bold; }
.actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.actions button, .empty button, .options button { padding: 3px 10px; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; cursor: pointer; font: inherit; }
.switch { display: inline-flex; align-items: center; gap: 4px; margin-right: auto; }
.notice { color: #1a7f37; margin: 6px 0 0; word-break: break-all; }
.muted { color: #57606a; padding: 8px 12px; }
.findings { padding: 4px 0 8px; }
.row { display: flex; align-items: flex-start; }
.row .item { flex: 1; }
.copy-one { flex: none; margin: 3px 8px 0 0; padding: 0 6px; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; color: #57606a; font: 12px/18px inherit; cursor: pointer; }
.options { max-width: 640px; padding: 16px 24px; }
.options h1 { font-size: 18px; }
.options fieldset { border: 1px solid #d0d7de; border-radius: 6px; margin: 0 0 12px; padding: 8px 12px; }
.options ul { padding-left: 18px; }
.options .error { color: #cf222e; }
.options .records { max-height: 240px; overflow: auto; margin: 0; }
.options .muted { color: #57606a; padding: 0; }
${LIST_CSS}
/* Follow the system's dark mode (popup and options; the on-page overlay stays light, on a light page). */
@media (prefers-color-scheme: dark) {
  body { background: #0d1117; color: #e6edf3; }
  .top { background: #161b22; border-color: #30363d; }
  .summary, .empty { border-color: #30363d; }
  .facts dt, .muted, .checked, .group, .item .rule { color: #8b949e; }
  .link { color: #58a6ff; }
  .actions button, .empty button, .options button, .copy-one { background: #21262d; color: #e6edf3; border-color: #30363d; }
  .item { color: #e6edf3; }
  .item:hover, .item:focus-visible { background: #161b22; }
  .notice, .ok { color: #3fb950; }
  .failures { color: #d29922; }
  .options fieldset { border-color: #30363d; }
  .options input { background: #0d1117; color: #e6edf3; border: 1px solid #30363d; }
}
`;
