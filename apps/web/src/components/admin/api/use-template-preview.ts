// GET /api/notifications/templates/:kind/preview?locale=: a message kind rendered with sample data.
import type { templatePreviewSchema } from '@ladiva/contract/notifications';
import { useCallback } from 'react';
import type { z } from 'zod';
import { apiRequest, hasStrings, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from './use-api-query';
import type { MessageLocale, TemplateKind } from './vocabulary';

export type TemplatePreview = z.infer<typeof templatePreviewSchema> & {
  /** A short-lived signed URL of the rendered HTML, for the frame (servers with staff sign-in). */
  htmlUrl?: string;
};

const isPreview = (value: unknown): value is TemplatePreview =>
  isRecord(value) &&
  hasStrings(value, ['kind', 'locale', 'subject', 'html', 'text', 'sms']) &&
  isRecord(value.push) &&
  hasStrings(value.push, ['title', 'body']);

export function fetchTemplatePreview(
  kind: TemplateKind,
  locale: MessageLocale,
  signal?: AbortSignal,
): Promise<TemplatePreview> {
  const path = `/api/notifications/templates/${kind}/preview?locale=${locale}`;
  return apiRequest(path, { signal, guard: isPreview });
}

export function useTemplatePreview(kind: TemplateKind, locale: MessageLocale) {
  const fetcher = useCallback(
    (signal: AbortSignal) => fetchTemplatePreview(kind, locale, signal),
    [kind, locale],
  );
  return useApiQuery(`templates/${kind}/${locale}`, fetcher);
}
