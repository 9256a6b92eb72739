// GET /api/mailbox/:id: one message of the local mailbox, with its bodies and attachments.
import type { mailboxMessageSchema } from '@ladiva/contract/notifications';
import { useCallback } from 'react';
import type { z } from 'zod';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from './use-api-query';
import { isMailboxEntry } from './use-mailbox';

export type MailboxMessage = z.infer<typeof mailboxMessageSchema> & {
  /** A short-lived signed URL of the HTML body, for the frame (servers with staff sign-in). */
  htmlUrl?: string;
};

function isMailboxMessage(value: unknown): value is MailboxMessage {
  if (!isRecord(value) || !isMailboxEntry(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.text === 'string' &&
    (v.html === null || typeof v.html === 'string') &&
    Array.isArray(v.attachments) &&
    typeof v.maskedLinks === 'number'
  );
}

export function fetchMailboxMessage(id: string, signal?: AbortSignal): Promise<MailboxMessage> {
  return apiRequest(`/api/mailbox/${encodeURIComponent(id)}`, { signal, guard: isMailboxMessage });
}

export function useMailboxMessage(id: string | null) {
  const fetcher = useCallback((signal: AbortSignal) => fetchMailboxMessage(id ?? '', signal), [id]);
  return useApiQuery(id === null ? null : `mailbox/message/${id}`, fetcher);
}
