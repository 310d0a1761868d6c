// The printable findings report of one tab: report.html?tabId=N, opened by the popup's 「打印报告」.
import { render } from 'preact';
import { PrintReport } from '@/components/report/PrintReport';
import { REPORT_CSS } from '@/components/report/styles';

const style = document.createElement('style');
style.textContent = REPORT_CSS;
document.head.append(style);

const app = document.getElementById('app')!;
const tabId = Number(new URLSearchParams(location.search).get('tabId'));
if (Number.isInteger(tabId) && tabId > 0) render(<PrintReport tabId={tabId} />, app);
else app.textContent = '年报体检：没有指定要打印的标签页 / no tab given';
