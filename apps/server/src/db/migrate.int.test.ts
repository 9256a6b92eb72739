import { mkdtemp, readdir, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDatabase, silentLogger } from '../../test/test-database.ts';
import { migrate, MIGRATIONS_DIR, readMigrations } from './migrate.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((fn) => fn()));
});

async function emptyDatabase() {
  const database = await createEmptyDatabase();
  cleanups.push(database.drop);
  return database.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of the real migrations plus extra files, in a temporary folder. */
async function migrationsWith(extra: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-migrations-'));
  for (const file of await readdir(MIGRATIONS_DIR)) {
    await copyFile(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
  }
  for (const [file, sql] of Object.entries(extra)) await writeFile(path.join(dir, file), sql);
  return dir;
}

describe('migrate', () => {
  it('applies every migration once and records it', async () => {
    const url = await emptyDatabase();
    const all = (await readMigrations()).map((m) => m.version);
    expect(await migrate(url, silentLogger)).toEqual(all);
    expect(await migrate(url, silentLogger)).toEqual([]);
    const rows = await query<{ version: number }>(
      url,
      'select version from ladiva_meta.schema_migrations order by 1',
    );
    expect(rows.map((r) => r.version)).toEqual(all);
  });

  it('lets two instances migrate at once: one applies, the other waits and finds nothing to do', async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrate(url, silentLogger), migrate(url, silentLogger)]);
    const total = (await readMigrations()).length;
    expect(results.map((r) => r.length).sort()).toEqual([0, total]);
  });

  it('rolls a failing migration back entirely and stops there', async () => {
    const url = await emptyDatabase();
    const next = String((await readMigrations()).length + 1).padStart(4, '0');
    const dir = await migrationsWith({
      [`${next}_broken.sql`]: 'create table public.half_done (id int);\nselect 1/0;',
    });
    await expect(migrate(url, silentLogger, dir)).rejects.toThrow(
      new RegExp(`${next}_broken failed`),
    );
    const tables = await query(url, `select 1 from pg_tables where tablename = 'half_done'`);
    expect(tables).toEqual([]);
    const recorded = await query(
      url,
      `select 1 from ladiva_meta.schema_migrations where name = 'broken'`,
    );
    expect(recorded).toEqual([]);
  });

  it('refuses to run when an applied migration was edited', async () => {
    const url = await emptyDatabase();
    await migrate(url, silentLogger);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      `update ladiva_meta.schema_migrations set checksum = 'edited' where version = 1`,
    );
    await client.end();
    await expect(migrate(url, silentLogger)).rejects.toThrow(/changed after it was applied/);
  });

  it('rejects badly named or gapped migration files', async () => {
    const next = (await readMigrations()).length + 2;
    await expect(
      readMigrations(
        await migrationsWith({ [`${String(next).padStart(4, '0')}_gap.sql`]: 'select 1;' }),
      ),
    ).rejects.toThrow(/without gaps/);
    await expect(
      readMigrations(await migrationsWith({ 'Add-Stuff.sql': 'select 1;' })),
    ).rejects.toThrow(/NNNN_snake_name/);
  });
});
