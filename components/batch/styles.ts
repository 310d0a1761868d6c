/** The batch page's own styles, after the popup's. */
export const BATCH_CSS = `
.batch { max-width: 1280px; margin: 0 auto; padding: 12px 24px 80px; }
.batch > header h1 { font-size: 18px; margin: 8px 0 8px; }
.batch .file { color: #57606a; word-break: break-all; margin: 0 0 6px; }
.batch a { color: #0969da; }
.batch button { padding: 3px 10px; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; cursor: pointer; font: inherit; color: inherit; }
.batch button:disabled { opacity: 0.5; cursor: default; }
.batch input, .batch select { font: inherit; padding: 2px 6px; border: 1px solid #d0d7de; border-radius: 6px; }
.batch .message { padding: 10px 14px; border-radius: 6px; background: #fff8c5; border: 1px solid #d4a72c; margin: 12px 0; }
.batch .message.error { background: #ffebe9; border-color: #ff8182; }
.muted-inline { color: #57606a; }
.controls, .filters { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: 10px 0; }
.controls input[type="number"] { width: 5em; }
.filters input[type="search"] { width: 260px; }
.exports { display: inline-flex; gap: 8px; align-items: center; margin-left: auto; }
.batch .progress { display: flex; gap: 12px; align-items: center; margin: 10px 0; }
.batch .progress progress { width: 320px; }
.results { border-collapse: collapse; width: 100%; margin: 6px 0 16px; }
.results th, .results td { border-bottom: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
.results th { background: #f6f8fa; white-space: nowrap; }
.results th button { border: 0; background: none; padding: 0; font-weight: bold; }
.results .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.results tr.openable { cursor: pointer; }
.results tr.openable:hover { background: #f6f8fa; }
.results tr[data-state="waiting"], .results tr[data-state="cancelled"] { color: #8c959f; }
.results tr[data-state="working"] { background: #ddf4ff; }
.results .tally.error { color: #cf222e; font-weight: bold; }
.results .tally.warning { color: #9a6700; font-weight: bold; }
.results .problem, .results .first-warning { color: #9a6700; }
.results .problem button { margin-left: 8px; font-size: 12px; }
.results .clean { color: #1a7f37; }
.results .first-error { color: #a40e26; }
.results td[data-col="agency"] { white-space: nowrap; }
.batch-cross-year h2 { font-size: 16px; margin: 16px 0 6px; }
.batch-cross-year .pair { border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 12px; margin: 0 0 10px; }
.batch-cross-year h3 { font-size: 14px; margin: 4px 0; }
.batch-cross-year table { border-collapse: collapse; min-width: 520px; }
.batch-cross-year th, .batch-cross-year td { border-bottom: 1px solid #d0d7de; padding: 2px 8px; text-align: left; font-weight: normal; }
.batch-cross-year .n { text-align: right; font-variant-numeric: tabular-nums; }
.batch-cross-year .ok { color: #1a7f37; }
.batch-cross-year .bad { color: #cf222e; font-weight: bold; }
.batch-cross-year .xy { margin: 6px 0; padding-left: 18px; }
.batch-cross-year .xy .error { color: #cf222e; }
.batch-cross-year .xy .warning { color: #9a6700; }
/* The system's dark mode, as the popup and options follow it. */
@media (prefers-color-scheme: dark) {
  .batch a { color: #58a6ff; }
  .batch button, .batch input, .batch select { background: #21262d; color: #e6edf3; border-color: #30363d; }
  .muted-inline, .batch .file { color: #8b949e; }
  .results th { background: #161b22; }
  .results th, .results td, .batch-cross-year th, .batch-cross-year td { border-color: #30363d; }
  .results tr.openable:hover { background: #161b22; }
  .results tr[data-state="working"] { background: #0c2d6b; }
  .results .first-error, .results .tally.error, .batch-cross-year .bad { color: #ff7b72; }
  .results .problem, .results .first-warning, .results .tally.warning { color: #d29922; }
  .results .clean, .batch-cross-year .ok { color: #3fb950; }
  .batch-cross-year .pair { border-color: #30363d; }
  .batch .message { background: #2d2a14; border-color: #9e6a03; }
  .batch .message.error { background: #3d1418; border-color: #da3633; }
}
`;
