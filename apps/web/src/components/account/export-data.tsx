import { useState } from 'react';
import { useT } from '../../hooks/use-t';
import { exportData } from './api/account-api';
import { downloadFile } from '../../lib/download-file';
import { errorMessage } from '../../lib/api/error-message';
import { Button } from '../shared/button';
import { Alert } from '../shared/alert';

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
      <Button onClick={download} disabled={pending}>
        {pending ? t('auth.pending') : t('account.data.export')}
      </Button>
      <Alert tone="error">{error}</Alert>
      {!error && <Alert tone="success">{done ? t('account.data.exported') : null}</Alert>}
    </div>
  );
}
