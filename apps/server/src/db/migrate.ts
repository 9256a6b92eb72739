// Forward-only SQL migrations (ADR 0003). Files are `NNNN_name.sql` in ./migrations; each runs in
// its own transaction and is recorded with a checksum. A session-level advisory lock makes two
// instances starting at once take turns: the second finds everything applied and does nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Logger } from 'pino';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 'ladiva.schema_migrations';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file name must be NNNN_snake_name.sql: ${file}`);
    const version = Number(match[1]);
    const expected = migrations.length + 1;
    if (version !== expected) {
      throw new Error(
        `Migrations must be numbered without gaps: expected ${expected}, found ${file}`,
      );
    }
    const sql = await fs.readFile(path.join(dir, file), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    migrations.push({ version, name: match[2]!, sql, checksum });
  }
  return migrations;
}

/** Applies the pending migrations as the schema owner; returns the versions it applied. */
export async function migrate(
  ownerUrl: string,
  logger: Logger,
  dir = MIGRATIONS_DIR,
): Promise<number[]> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'ladiva-migrate' });
  client.on('error', (err) =>
    logger.warn({ err: { message: err.message } }, 'migration connection error'),
  );
  await client.connect();
  const applied: number[] = [];
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [LOCK_KEY]);
    await client.query(`
      create schema if not exists ladiva_meta;
      create table if not exists ladiva_meta.schema_migrations (
        version integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      );
      alter table ladiva_meta.schema_migrations enable row level security;
    `);
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>(
      'select version, name, checksum from ladiva_meta.schema_migrations order by version',
    );
    const done = new Map(rows.map((row) => [row.version, row]));
    for (const row of rows) {
      const known = migrations.find((m) => m.version === row.version);
      if (!known) {
        throw new Error(
          `The database has migration ${row.version} (${row.name}) that this code does not know: is it older than the database?`,
        );
      }
      if (known.checksum !== row.checksum) {
        throw new Error(
          `Migration ${row.version} (${row.name}) was changed after it was applied. Migrations are forward-only: add a new one instead.`,
        );
      }
    }
    for (const migration of migrations.filter((m) => !done.has(m.version))) {
      const label = `${String(migration.version).padStart(4, '0')}_${migration.name}`;
      try {
        await client.query('begin');
        await client.query(migration.sql);
        await client.query(
          'insert into ladiva_meta.schema_migrations (version, name, checksum) values ($1, $2, $3)',
          [migration.version, migration.name, migration.checksum],
        );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw new Error(`Migration ${label} failed: ${(error as Error).message}`, { cause: error });
      }
      logger.info({ migration: label }, 'migration applied');
      applied.push(migration.version);
    }
  } finally {
    await client
      .query('select pg_advisory_unlock(hashtext($1))', [LOCK_KEY])
      .catch(() => undefined);
    await client.end().catch(() => undefined);
  }
  return applied;
}
