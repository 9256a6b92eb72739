import { useState } from 'react';
import { useT } from '../../hooks/use-t';
import { exportData } from './api/account-api';
import { downloadFile } from './ui/download-file';
import { buttonSecondary } from './ui/classes';
import { errorMessage } from './ui/error-message';
import { FormAlert } from './ui/form-alert';

/** Everything the venue holds about the account, as a JSON file (GDPR, right of access). */
export function ExportData() {
  const { t } = useT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function download() {
    setError(null);
    setDone(false);
    setPending(true);
    try {
      downloadFile(await exportData(), 'ladiva-mes-donnees.json');
      setDone(true);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <button type="button" onClick={download} disabled={pending} className={buttonSecondary}>
        {pending ? t('auth.pending') : t('account.data.export')}
      </button>
      <FormAlert error={error} success={done ? t('account.data.exported') : null} />
    </div>
  );
}
