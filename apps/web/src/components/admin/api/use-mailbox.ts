// GET /api/mailbox: what the product "sent" while no SMTP or SMS provider is configured.
import type { mailboxListSchema } from '@ladiva/contract/notifications';
import type { z } from 'zod';
import { isItemList } from './api-client';
import { apiRequest, hasStrings, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from './use-api-query';
import { isChannel } from './vocabulary';

export type MailboxEntry = z.infer<typeof mailboxListSchema>['items'][number];

const mailboxKey = 'mailbox/list';

export function isMailboxEntry(value: unknown): value is MailboxEntry {
  return (
    isRecord(value) &&
    hasStrings(value, ['id', 'to', 'subject', 'date']) &&
    isChannel(value.channel)
  );
}

const isMailboxList = (value: unknown): value is { items: MailboxEntry[] } =>
  isItemList(value, isMailboxEntry);

/** Newest first, whatever order the files were read in. */
export async function fetchMailbox(signal?: AbortSignal): Promise<MailboxEntry[]> {
  const { items } = await apiRequest('/api/mailbox', { signal, guard: isMailboxList });
  return [...items].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

export function useMailbox() {
  return useApiQuery(mailboxKey, fetchMailbox);
}
