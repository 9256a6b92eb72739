// POST /api/storage/posters (multipart, field `file`) with upload progress. fetch cannot report
// the progress of a request body, so this one call uses XMLHttpRequest, with the same access token
// and the same single refresh after a 401 as every other call (lib/auth/session.ts).
import type { StoredPoster } from '@ladiva/contract/storage';
import { currentSession, refreshSession } from '../../../../lib/auth/session';
import { ApiError, isRecord } from '../../../../lib/api/api-request';

export type { StoredPoster };

function send(
  file: File,
  token: string | undefined,
  onProgress: (fraction: number) => void,
  signal: AbortSignal | undefined,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/storage/posters');
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : null;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, 'NETWORK', 'POST /api/storage/posters: the server could not be reached'),
      );
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** Uploads one image; resolves with the stored poster and its WebP renditions. */
export async function uploadPoster(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<StoredPoster> {
  const used = currentSession()?.accessToken;
  let answer = await send(file, used, onProgress, signal);
  if (answer.status === 401 && used && (await refreshSession())) {
    answer = await send(file, currentSession()?.accessToken, onProgress, signal);
  }
  const { status, body } = answer;
  if (status === 201 && isRecord(body) && Array.isArray(body.variants)) {
    return body as unknown as StoredPoster;
  }
  if (isRecord(body) && typeof body.code === 'string') {
    throw new ApiError(
      status,
      body.code as ApiError['code'],
      String(body.message ?? ''),
      typeof body.requestId === 'string' ? body.requestId : undefined,
      isRecord(body.details) ? body.details : {},
    );
  }
  throw new ApiError(
    status,
    status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE',
    'Unexpected upload answer',
  );
}
