// Email attachments travel with the notification row: base64 under a reserved key of its data,
// which the templates' schemas ignore (they strip unknown keys). The worker decodes them when it
// builds the email, so a retry sends exactly the files of the first attempt.
import { z } from 'zod';
import type { Attachment } from './channels/channel.ts';

// No underscore in these keys: rows are read through Kysely's CamelCasePlugin, which rewrites
// nested keys too ("_attachments" would come back as "Attachments").
export const ATTACHMENTS_KEY = 'attachedFiles';
/**
 * Attachments made by the worker when it sends: a provider's name and what it needs. The write
 * path that enqueues the message then does no rendering inside its transaction (a ticket PDF under
 * the inventory's locks would hold every buyer up).
 */
export const ATTACHMENTS_FROM_KEY = 'attachmentsFrom';

export interface AttachmentsFrom {
  provider: string;
  ref: Record<string, string>;
}

/** Renders the attachments of one message, at send time; [] when there is nothing to attach. */
export type AttachmentProvider = (ref: Record<string, string>) => Promise<Attachment[]>;

const fromSchema = z.object({
  provider: z.string().min(1).max(60),
  ref: z.record(z.string(), z.string().max(200)),
});

export function toAttachmentsFrom(from: AttachmentsFrom) {
  return { [ATTACHMENTS_FROM_KEY]: from };
}

export function attachmentsFrom(data: unknown): AttachmentsFrom | undefined {
  const stored = (data as Record<string, unknown> | null | undefined)?.[ATTACHMENTS_FROM_KEY];
  return stored === undefined ? undefined : fromSchema.parse(stored);
}

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
