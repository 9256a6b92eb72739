// Email attachments travel with the notification row: base64 under a reserved key of its data,
// which the templates' schemas ignore (they strip unknown keys). The worker decodes them when it
// builds the email, so a retry sends exactly the files of the first attempt.
import { z } from 'zod';
import type { Attachment } from './channels/channel.ts';

export const ATTACHMENTS_KEY = '_attachments';

const storedSchema = z.array(
  z.object({
    filename: z.string().min(1).max(200),
    contentType: z.string().min(1).max(200),
    contentBase64: z.string(),
  }),
);

export function toStoredAttachments(attachments: readonly Attachment[]) {
  return {
    [ATTACHMENTS_KEY]: attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      contentBase64: a.content.toString('base64'),
    })),
  };
}

export function storedAttachments(data: unknown): Attachment[] {
  const stored = (data as Record<string, unknown> | null | undefined)?.[ATTACHMENTS_KEY];
  if (stored === undefined) return [];
  return storedSchema.parse(stored).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: Buffer.from(a.contentBase64, 'base64'),
  }));
}
