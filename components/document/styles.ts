/** The document page's own styles, after the popup's (summary, actions, finding list). */
export const DOCUMENT_CSS = `
.document { max-width: 1000px; margin: 0 auto; padding: 12px 24px 80px; }
.document > header h1 { font-size: 18px; margin: 8px 0 12px; }
.drop { border: 2px dashed #8c959f; border-radius: 8px; padding: 24px; text-align: center; color: #57606a; margin: 12px 0; }
.drop.over { border-color: #0969da; background: #ddf4ff; }
.drop label { color: #0969da; cursor: pointer; text-decoration: underline; }
.drop input { position: absolute; width: 1px; height: 1px; opacity: 0; }
.progress { display: flex; gap: 12px; align-items: center; margin: 16px 0; }
.progress progress { width: 320px; }
.progress button, .message button { padding: 3px 10px; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; cursor: pointer; font: inherit; color: inherit; }
.message { padding: 10px 14px; border-radius: 6px; background: #fff8c5; border: 1px solid #d4a72c; margin: 12px 0; }
.message.error { background: #ffebe9; border-color: #ff8182; }
.notes { color: #9a6700; margin: 6px 0; }
.file { color: #57606a; word-break: break-all; margin: 0 0 6px; }
.summary { border: 1px solid #d0d7de; border-radius: 8px; margin: 0 0 12px; }
.views { display: flex; gap: 0; margin: 12px 0; }
.views button { padding: 4px 14px; border: 1px solid #d0d7de; background: #f6f8fa; cursor: pointer; font: inherit; }
.views button:first-child { border-radius: 6px 0 0 6px; }
.views button:last-child { border-radius: 0 6px 6px 0; border-left: 0; }
.views button[aria-pressed="true"] { background: #0969da; color: #fff; border-color: #0969da; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 12px; align-items: start; }
/* Wide windows: the list beside the pages, always in view. */
@media (min-width: 1340px) {
  .document { max-width: 1340px; }
  .layout { grid-template-columns: minmax(0, 1fr) 340px; }
  .findings-box { order: 2; position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; }
}
.pdf-page { margin: 0 0 20px; }
.pdf-page .label { color: #57606a; font-size: 12px; margin: 0 0 4px; }
.sheet { position: relative; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.sheet canvas { display: block; }
.src-box { position: absolute; pointer-events: none; }
.read-view { background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px; padding: 12px 16px; overflow-x: auto; }
.read-view table { border-collapse: collapse; margin: 8px 0; font-size: 12px; }
/* Room on each cell's right and height for its badge, which would otherwise cover the text of the cell beside or
   above it (表四's 总计 head). */
.read-view td { border: 1px solid #8c959f; padding: 5px 20px 5px 6px; vertical-align: middle; }
.read-view h1 { font-size: 17px; text-align: center; }
.read-view p { margin: 4px 0; }
.read-view .cell-image { display: block; max-width: 100%; margin-bottom: 2px; border: 1px dashed #d0d7de; }
.read-view td.unsure { background: #fff8c5; }
.findings-box { border: 1px solid #d0d7de; border-radius: 8px; }
@media (prefers-color-scheme: dark) {
  .drop { color: #8b949e; }
  .summary, .findings-box { border-color: #30363d; }
  .views button, .progress button, .message button { background: #21262d; color: #e6edf3; border-color: #30363d; }
  .message { background: #3b2e00; border-color: #9e6a03; }
  .message.error { background: #490202; border-color: #f85149; }
}
`;
