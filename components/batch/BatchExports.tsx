/** The batch's downloads: Excel (汇总 + 问题), CSV (汇总) and JSON (one array of the reports' exports). */
import { useState } from 'preact/hooks';
import { batchEntries, batchJson, type BatchRow } from '@/extension/batch/results';
import { download } from '../download';
import type { Lang } from '../i18n';
import { t } from '../page-strings';
import { bt } from './strings';

/** 年报体检-批量-2025-01-20.xlsx: the day of the check names the file (the column has no one agency). */
function fileName(ext: string): string {
  return `年报体检-批量-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

export function BatchExports(props: { rows: BatchRow[]; lang: Lang; disabled: boolean }) {
  const { rows, lang } = props;
  const [notice, setNotice] = useState('');
  const none = !rows.some((r) => r.state === 'done');

  async function save(kind: 'xlsx' | 'csv' | 'json') {
    try {
      const name = fileName(kind);
      if (kind === 'json') download(JSON.stringify(batchJson(rows), null, 2), name);
      else {
        // Loaded on the click, as in the popup: the sheet layout and the zip writer.
        const files = await import('@/extension/spreadsheet-files');
        const entries = batchEntries(rows);
        download(kind === 'xlsx' ? files.batchWorkbook(entries) : files.batchCsv(entries), name);
      }
      setNotice(bt(lang, 'exported') + name);
    } catch (err) {
      setNotice(t(lang, 'exportFailed') + String((err as Error).message ?? err));
    }
  }

  return (
    <span class="exports">
      {(['xlsx', 'csv', 'json'] as const).map((kind) => (
        <button
          type="button"
          key={kind}
          data-action={`export-${kind}`}
          disabled={props.disabled || none}
          onClick={() => void save(kind)}
        >
          {bt(lang, kind === 'xlsx' ? 'exportXlsx' : kind === 'csv' ? 'exportCsv' : 'exportJson')}
        </button>
      ))}
      {notice && (
        <span class="notice" role="status" data-field="export-notice">
          {notice}
        </span>
      )}
    </span>
  );
}
