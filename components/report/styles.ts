/** The printable report: readable on screen, and on paper (A4, black on white, marks as well as colours). */
export const REPORT_CSS = `
body { margin: 0; font: 14px/1.6 "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; color: #1f2328; background: #fff; }
.print-report { max-width: 960px; margin: 0 auto; padding: 16px 24px 32px; }
.toolbar { position: sticky; top: 0; background: #fff; padding: 8px 0; border-bottom: 1px solid #d0d7de; margin-bottom: 12px; }
.toolbar button { padding: 4px 14px; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; cursor: pointer; font: inherit; }
.kicker { color: #57606a; margin: 0; }
h1 { font-size: 20px; margin: 4px 0 12px; }
h2 { font-size: 15px; margin: 20px 0 6px; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0 0 8px; }
.facts dt { color: #57606a; }
.facts dd { margin: 0; }
.url { word-break: break-all; }
.countline { margin: 8px 0 4px; }
.counts { display: inline-flex; gap: 14px; }
.dot { display: inline-block; width: 14px; height: 14px; border-radius: 50%; color: #fff; font: bold 10px/14px sans-serif; text-align: center; margin-right: 4px; }
.sev-error.dot { background: #cf222e; } .sev-warning.dot { background: #bf8700; } .sev-info.dot { background: #0969da; }
.checked { color: #57606a; margin: 0 0 12px; }
.failures { color: #9a6700; }
.findings-table { width: 100%; border-collapse: collapse; }
.findings-table th, .findings-table td { border: 1px solid #d0d7de; padding: 4px 6px; vertical-align: top; text-align: left; }
.findings-table thead th { background: #f6f8fa; white-space: nowrap; }
.group-row th { background: #eaeef2; font-weight: bold; }
.num, .rule { white-space: nowrap; }
td.sev { white-space: nowrap; font-weight: bold; }
td.sev-error { color: #cf222e; } td.sev-warning { color: #9a6700; } td.sev-info { color: #0969da; }
.where { color: #57606a; min-width: 10em; }
.legend dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0; }
.legend dt { font-family: monospace; }
.legend dd { margin: 0; }
.ok { color: #1a7f37; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  .no-print { display: none !important; }
  body { font-size: 11pt; }
  .print-report { max-width: none; padding: 0; }
  .findings-table thead { display: table-header-group; }
  .findings-table tr { break-inside: avoid; }
  .findings-table thead th, .group-row th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  td.sev-error, td.sev-warning, td.sev-info { color: #000; }
}
`;
