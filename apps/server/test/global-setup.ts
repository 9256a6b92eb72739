// Integration tests run against a real PostgreSQL: TEST_DATABASE_URL when set (any PostgreSQL ≥ 15,
// connected as a role that may create databases and roles), otherwise an embedded cluster started
// here in a temporary folder. The schema is migrated once into a template database; each test file
// then gets its own database cloned from it (≈ 0.1 s), so files run in parallel and never share rows.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { prepareDatabase } from '../src/db/database.ts';
import { migrateQueue } from '../src/jobs/queue-schema.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL without a database path, as a role that can create databases. */
    pgServerUrl: string;
    templateDatabase: string;
  }
}

export function serverUrlOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '';
  return parsed.toString().replace(/\/$/, '');
}

export default async function setup(project: TestProject) {
  const logger = pino({ level: 'warn' });
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let serverUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    serverUrl = serverUrlOf(process.env.TEST_DATABASE_URL);
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-it-'));
    embedded = await startEmbeddedPostgres(dataDir, logger);
    serverUrl = serverUrlOf(embedded.url);
  }

  const template = `ladiva_it_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  await prepareDatabase(`${serverUrl}/${template}`, logger, [migrateQueue]);
  await admin.end();

  project.provide('pgServerUrl', serverUrl);
  project.provide('templateDatabase', template);

  return async () => {
    const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like 'ladiva_it_%'`,
    );
    for (const { datname } of rows) {
      await client.query(
        `drop database if exists ${client.escapeIdentifier(datname)} with (force)`,
      );
    }
    await client.end();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
