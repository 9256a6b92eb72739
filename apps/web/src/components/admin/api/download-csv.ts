// A CSV export of the API saved as a file. A plain link cannot carry the access token (held in
// memory, never in a cookie), so the file is fetched with it and handed to the browser as a blob.
import { apiResponse } from '../../../lib/api/api-request';
import { useCallback, useState } from 'react';
import { ApiError } from '../../../lib/api/api-request';
import { useToast } from '../../shared/toast-context';
import { useStaffT } from '../staff-messages';

/** The file name the server gave in Content-Disposition, if any. */
export function attachmentName(header: string | null): string | undefined {
  const match = /filename="?([^";]+)"?/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Fetches `path` (which asks for `format=csv`) and saves the answer under its own name, in the
 * spreadsheet format of the language the staff member reads the app in (`;` and decimal commas
 * in French): the server reads it from Accept-Language (reports/csv.ts).
 */
export async function downloadCsv(path: string, fallbackName: string): Promise<string> {
  const language = document.documentElement.lang === 'en' ? 'en' : 'fr';
  const response = await apiResponse(path, {
    headers: { accept: 'text/csv', 'accept-language': language },
  });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  const name = attachmentName(response.headers.get('content-disposition')) ?? fallbackName;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: the download has its own copy by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/**
 * `download(path, name)` with its pending state and the last failure. A finished download says so
 * in a toast, with the file's name: the browser's own sign of it is easy to miss, on a tablet above
 * all.
 */
export function useCsvDownload() {
  const { t } = useStaffT();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const download = useCallback(
    async (path: string, fallbackName: string) => {
      setPending(true);
      setError(null);
      try {
        const file = await downloadCsv(path, fallbackName);
        toast(t('admin.csv.saved', { file }));
      } catch (caught) {
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'NETWORK', String(caught)));
      } finally {
        setPending(false);
      }
    },
    [t, toast],
  );
  return { download, pending, error };
}
