// Stored files (ADR 0012): the rules of each bucket and the order of writes. Bytes are written
// before their row and removed after it, so a row never points at nothing; a file without a row
// is never served, because serving reads the row first, as the caller, under RLS.
import { createHash, randomUUID } from 'node:crypto';
import {
  DOCUMENT_TYPES,
  IMAGE_TYPES,
  type DocumentType,
  type ImageType,
  type StoredPoster,
} from '@ladiva/contract/storage';
import type { Db } from '../../db/database.ts';
import {
  withRequestContext,
  withServiceContext,
  type RequestClaims,
} from '../../db/request-context.ts';
import type { StoredVariantRow } from '../../db/schema.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { audit } from '../audit/audit.ts';
import type { RequestMeta } from '../auth/request-meta.ts';
import { isDocumentOfType, sniffContentType } from './content-sniffing.ts';
import { processPoster } from './image-variants.ts';
import type { StorageDriver, StoredBlob } from './storage-driver.ts';
import { extensionOf } from './storage-driver.ts';
import * as repository from './storage.repository.ts';

const WEBP = 'image/webp';

/** A strong entity tag of the bytes themselves: the same file always has the same tag. */
const etagOf = (data: Buffer) =>
  `"${createHash('sha256').update(data).digest('base64url').slice(0, 27)}"`;

export const posterUrl = (key: string) => `/api/storage/posters/${key}`;

export function toStoredPoster(row: repository.StoredObjectRow): StoredPoster {
  return {
    id: row.id,
    sourceType: row.sourceType as ImageType,
    width: row.width ?? 0,
    height: row.height ?? 0,
    variants: row.variants.map((variant) => ({
      width: variant.width,
      height: variant.height,
      size: variant.size,
      contentType: variant.contentType,
      url: posterUrl(variant.key),
    })),
    createdAt: row.createdAt.toISOString(),
  };
}

interface Logger {
  warn(object: object, message: string): void;
}

export class StorageService {
  constructor(
    private readonly db: Db,
    readonly driver: StorageDriver,
    private readonly logger: Logger,
  ) {}

  /** Removes bytes whose row is gone (or was never written); a failure only leaves an orphan. */
  private async removeBytes(bucket: 'posters' | 'exports', keys: string[]): Promise<void> {
    for (const key of keys) {
      try {
        await this.driver.delete(bucket, key);
      } catch (error) {
        this.logger.warn({ err: error, bucket, key }, 'stored file left behind');
      }
    }
  }

  /**
   * A poster: judged from its bytes, re-encoded into upright, metadata-free WebP renditions, and
   * recorded as the caller (RLS: admins and managers with a second factor).
   */
  async uploadPoster(claims: UserClaims, bytes: Buffer, meta: RequestMeta): Promise<StoredPoster> {
    const sourceType = sniffContentType(bytes);
    if (!sourceType || !(IMAGE_TYPES as readonly string[]).includes(sourceType)) {
      throw new AppError(
        'UNSUPPORTED_FILE_TYPE',
        415,
        'A poster must be a JPEG, PNG, WebP or AVIF image.',
        { detected: sourceType ?? null, accepted: [...IMAGE_TYPES] },
      );
    }
    const image = await processPoster(bytes, sourceType as ImageType);
    const id = randomUUID();
    const variants: StoredVariantRow[] = [];
    try {
      for (const variant of image.variants) {
        const key = `${id}-${variant.width}.webp`;
        await this.driver.put('posters', key, variant.data, { contentType: WEBP });
        variants.push({
          key,
          width: variant.width,
          height: variant.height,
          size: variant.data.length,
          contentType: WEBP,
          etag: etagOf(variant.data),
        });
      }
      const largest = variants.at(-1)!;
      const row = await withRequestContext(this.db, claims, async (tx) => {
        const inserted = await repository.insertObject(tx, {
          id,
          bucket: 'posters',
          key: largest.key,
          contentType: WEBP,
          sourceType,
          size: largest.size,
          width: image.width,
          height: image.height,
          variants,
        });
        await audit(tx, {
          action: 'storage.poster.uploaded',
          targetType: 'storage_object',
          targetId: id,
          after: { sourceType, width: image.width, height: image.height, bytes: bytes.length },
          ...meta,
        });
        return inserted;
      });
      return toStoredPoster(row);
    } catch (error) {
      await this.removeBytes(
        'posters',
        variants.map((variant) => variant.key),
      );
      throw error;
    }
  }

  async listPosters(
    claims: RequestClaims,
    options: { limit: number; after?: { at: string; id: string }; since?: Date },
  ) {
    return withRequestContext(this.db, claims, (tx) =>
      repository.listObjects(tx, 'posters', options),
    );
  }

  /** The rendition a poster file name stands for, if the caller may see it (anyone may). */
  async findPosterFile(claims: RequestClaims, fileName: string): Promise<StoredVariantRow> {
    const id = fileName.slice(0, 36);
    const row = await withRequestContext(this.db, claims, (tx) =>
      repository.findObject(tx, 'posters', id),
    );
    const variant = row?.variants.find((candidate) => candidate.key === fileName);
    if (!variant) throw notFound('No such poster.');
    return variant;
  }

  /** The bytes of a stored file whose row the caller was allowed to read. */
  async openFile(bucket: 'posters' | 'exports', key: string): Promise<StoredBlob> {
    const blob = await this.driver.get(bucket, key);
    if (!blob) {
      this.logger.warn({ bucket, key }, 'stored file missing for its row');
      throw notFound('This file is no longer available.');
    }
    return blob;
  }

  async deletePoster(claims: UserClaims, id: string, meta: RequestMeta): Promise<void> {
    const row = await withRequestContext(this.db, claims, async (tx) => {
      const deleted = await repository.deleteObject(tx, 'posters', id);
      if (deleted) {
        await audit(tx, {
          action: 'storage.poster.deleted',
          targetType: 'storage_object',
          targetId: id,
          before: { sourceType: deleted.sourceType, width: deleted.width, height: deleted.height },
          ...meta,
        });
      }
      return deleted;
    });
    if (!row) throw notFound('No such poster.');
    await this.removeBytes(
      'posters',
      row.variants.map((variant) => variant.key),
    );
  }

  /**
   * A document written by the server (a report, a list) into the private exports bucket. Runs as
   * the service role: no request role may add an export (migration 0012), since its content is
   * ours, not the caller's. `createdBy` records on whose behalf it was made.
   */
  async storeExport(input: {
    bytes: Buffer;
    contentType: DocumentType;
    createdBy?: string;
  }): Promise<{ id: string; key: string }> {
    const { bytes, contentType } = input;
    if (!(DOCUMENT_TYPES as readonly string[]).includes(contentType)) {
      throw new Error(`exports hold ${DOCUMENT_TYPES.join(', ')}, not ${contentType}`);
    }
    if (!isDocumentOfType(bytes, contentType)) {
      throw new Error(`the bytes of this export are not ${contentType}`);
    }
    const id = randomUUID();
    const key = `${id}.${extensionOf(contentType)!}`;
    await this.driver.put('exports', key, bytes, { contentType });
    try {
      await withServiceContext(this.db, (tx) =>
        repository.insertObject(tx, {
          id,
          bucket: 'exports',
          key,
          contentType,
          sourceType: contentType,
          size: bytes.length,
          width: null,
          height: null,
          variants: [],
          createdBy: input.createdBy ?? null,
        }),
      );
    } catch (error) {
      await this.removeBytes('exports', [key]);
      throw error;
    }
    return { id, key };
  }

  /** An export and its bytes, for admins and managers with a second factor (RLS decides). */
  async openExport(claims: UserClaims, id: string) {
    const row = await withRequestContext(this.db, claims, (tx) =>
      repository.findObject(tx, 'exports', id),
    );
    if (!row) throw notFound('No such export.');
    return { row, blob: await this.openFile('exports', row.key) };
  }
}
