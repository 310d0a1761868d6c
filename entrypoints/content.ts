// Content script: a cheap title gate, then the engine on the live DOM. This first step only marks a detected
// report (data-govreport on <html>) with its finding counts; the in-page overlay comes next.
import { analyze } from '@/core/index';
import { countFindings } from '@/core/export';
import { reportTitle } from '@/core/meta';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    if (!reportTitle(document)) return;
    const analysis = analyze(document, location.href);
    if (!analysis.isReport) return;
    const c = countFindings(analysis.findings);
    document.documentElement.setAttribute('data-govreport', `errors=${c.error};warnings=${c.warning};info=${c.info}`);
  },
});
