// Stored files (#6, ADR 0012): posters (public images, uploaded by admins and managers) and exports
// (private documents written by the server, read by admins and managers).
import { z } from 'zod';
import { text } from './text.ts';

export const STORAGE_BUCKETS = ['posters', 'exports'] as const;
export type StorageBucket = (typeof STORAGE_BUCKETS)[number];

/** What an upload may be, judged from its bytes (never its name or declared type). */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;
export const DOCUMENT_TYPES = ['application/pdf', 'text/csv'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Largest image accepted by the upload (bytes). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Widths of the WebP renditions of a poster; an image is never enlarged to reach one. */
export const POSTER_WIDTHS = [480, 960, 1600] as const;

const datetime = z.iso.datetime({ offset: true });

export const storedVariantSchema = z
  .object({
    width: z.number().int(),
    height: z.number().int(),
    size: z.number().int().describe('Bytes'),
    contentType: z.string(),
    url: z.string().describe('Path of the file, cacheable for a year (the file never changes)'),
  })
  .meta({ id: 'StoredVariant' });
export type StoredVariant = z.infer<typeof storedVariantSchema>;

export const storedPosterSchema = z
  .object({
    id: z.uuid(),
    sourceType: z
      .enum(IMAGE_TYPES)
      .describe('Type of the uploaded file, as detected from its content'),
    width: z.number().int().describe('Width of the upright image as uploaded'),
    height: z.number().int().describe('Height of the upright image as uploaded'),
    variants: z
      .array(storedVariantSchema)
      .describe('WebP renditions, narrowest first, metadata removed'),
    createdAt: datetime,
  })
  .meta({ id: 'StoredPoster' });
export type StoredPoster = z.infer<typeof storedPosterSchema>;

/**
 * The multipart form of an upload, for the OpenAPI document only: the server reads the file as a
 * stream and checks its size and content itself (the form is never parsed into an object).
 */
export const uploadPosterBodySchema = z.object({
  file: z.string().meta({ format: 'binary' }).describe('JPEG, PNG, WebP or AVIF, 10 MB at most'),
});

/** A poster file: `<poster id>-<width>.webp`, as listed in the poster's variants. */
export const posterFileParamsSchema = z.strictObject({
  id: text().regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[1-9][0-9]{0,4}\.webp$/,
    'a poster file name, <poster id>-<width>.webp',
  ),
});

export const storedObjectParamsSchema = z.strictObject({ id: z.uuid() });

export const posterListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  cursor: text().max(200).optional().describe('nextCursor of the previous page'),
  since: datetime.optional().describe('Only posters uploaded at or after this instant'),
});

export const posterPageSchema = z
  .object({
    items: z.array(storedPosterSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'PosterPage' });
