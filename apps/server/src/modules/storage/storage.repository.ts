// The SQL of stored objects (storage_objects, migration 0012). Every statement runs in the
// caller's transaction, so RLS decides which rows a caller sees, adds and removes.
import type { StorageBucket } from '@ladiva/contract/storage';
import { sql, type Selectable } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import type { StorageObjectsTable, StoredVariantRow } from '../../db/schema.ts';

export type StoredObjectRow = Selectable<StorageObjectsTable>;

export interface NewStoredObject {
  id: string;
  bucket: StorageBucket;
  key: string;
  contentType: string;
  sourceType: string;
  size: number;
  width: number | null;
  height: number | null;
  variants: StoredVariantRow[];
  /** Service role only: request roles cannot set it (it defaults to their own id). */
  createdBy?: string | null;
}

const COLUMNS = [
  'id',
  'bucket',
  'key',
  'contentType',
  'sourceType',
  'size',
  'width',
  'height',
  'variants',
  'createdBy',
  'createdAt',
] as const;

export function insertObject(tx: Tx, object: NewStoredObject): Promise<StoredObjectRow> {
  return tx
    .insertInto('storageObjects')
    .values({ ...object, variants: JSON.stringify(object.variants) })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export function findObject(
  tx: Tx,
  bucket: StorageBucket,
  id: string,
): Promise<StoredObjectRow | undefined> {
  return tx
    .selectFrom('storageObjects')
    .select(COLUMNS)
    .where('bucket', '=', bucket)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function deleteObject(
  tx: Tx,
  bucket: StorageBucket,
  id: string,
): Promise<StoredObjectRow | undefined> {
  return tx
    .deleteFrom('storageObjects')
    .where('bucket', '=', bucket)
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirst();
}

/**
 * A page of a bucket, newest first, after the previous page's last row. `cursorAt` keeps
 * PostgreSQL's microseconds, which a JavaScript Date would round away (and repeat or skip rows).
 */
export function listObjects(
  tx: Tx,
  bucket: StorageBucket,
  options: { limit: number; after?: { at: string; id: string }; since?: Date },
): Promise<(StoredObjectRow & { cursorAt: string })[]> {
  let query = tx
    .selectFrom('storageObjects')
    .select(COLUMNS)
    .select(
      sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'cursorAt',
      ),
    )
    .where('bucket', '=', bucket)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.since) query = query.where('createdAt', '>=', options.since);
  const after = options.after;
  if (after) {
    query = query.where(
      sql<boolean>`(created_at, id) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  }
  return query.execute();
}
