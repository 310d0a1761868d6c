/** Options: the cross-year records kept in this browser (extension/year-records.ts), listed and clearable. */
import { useEffect, useState } from 'preact/hooks';
import type { YearRecord } from '@/core/year-record';
import { clearRecords, loadRecords } from '@/extension/year-records';
import type { Lang } from '../i18n';
import { t } from '../page-strings';

export function YearRecords(props: { lang: Lang }) {
  const { lang } = props;
  const [records, setRecords] = useState<YearRecord[] | null>(null);
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    void loadRecords().then(setRecords);
  }, []);

  async function clear() {
    await clearRecords();
    setRecords(await loadRecords());
    setCleared(true);
  }

  if (!records) return null;
  return (
    <fieldset data-field="year-records">
      <legend>{t(lang, 'yearRecords')}</legend>
      <p>{t(lang, 'yearRecordsHelp')}</p>
      <p>
        {t(lang, 'yearRecordsCount')}
        <span data-field="record-count">{records.length}</span>{' '}
        <button type="button" data-action="clear-records" disabled={records.length === 0} onClick={() => void clear()}>
          {t(lang, 'clearRecords')}
        </button>
        {cleared && <span role="status"> {t(lang, 'recordsCleared')}</span>}
      </p>
      {records.length > 0 && (
        <ul class="records">
          {records.map((r) => (
            <li key={`${r.host}|${r.agency}|${r.year}`}>
              <a href={r.url} target="_blank" rel="noreferrer">
                {r.agency} {r.year}
              </a>{' '}
              <span class="muted">{r.host}</span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
