// graphile-worker keeps its queue in its own schema, migrated by the library. We run its
// migrations as the owner, then enable RLS on its tables: the API role has no grant there anyway,
// and "RLS on every table" then holds without exception (the owner, which runs the queue, is
// exempt from RLS on its own tables).
import { runMigrations } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { graphileLogger } from './queue-logger.ts';

export async function migrateQueue(ownerUrl: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: graphileLogger(logger) });
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'ladiva-migrate' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`
      do $$
      declare t record;
      begin
        for t in
          select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'graphile_worker' and c.relkind in ('r', 'p') and not c.relrowsecurity
        loop
          execute format('alter table %s enable row level security', t.name);
        end loop;
      end
      $$`);
  } finally {
    await client.end();
  }
}
