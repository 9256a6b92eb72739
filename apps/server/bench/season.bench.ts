// Season creation benchmark (issue #6: "season creation of 500 performances completes in under
// 5 s"): the back office's createSeason — one transaction, one bulk insert of performances and
// one of their zones — as an admin with a second factor, under RLS, on a migrated database with
// a venue of 4 zones and 60 tables. Prints the time for 500 performances (and a re-run that skips
// them all); sets process.exitCode when over budget.
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { createDb } from '../src/db/database.ts';
import { createPool } from '../src/db/pool.ts';
import type { RequestClaims } from '../src/db/request-context.ts';
import { apiRoleUrl } from '../src/db/roles.ts';
import { createSeason } from '../src/modules/catalogue/performances-admin.service.ts';
import { openBenchDatabase } from './bench-database.ts';

const BUDGET_MS = 5_000;
const logger = pino({ level: 'warn' });
const database = await openBenchDatabase(logger);
const pool = createPool({
  connectionString: apiRoleUrl(database.ownerUrl),
  max: 4,
  applicationName: 'ladiva-bench-season',
  logger,
});
const db = createDb(pool);

const admin = await database.serviceDb
  .insertInto('users')
  .values({ email: 'season-bench@example.com', roles: ['admin'], emailVerifiedAt: new Date() })
  .returning('id')
  .executeTakeFirstOrThrow();
const claims: RequestClaims = {
  role: 'authenticated',
  sub: admin.id,
  roles: ['admin'],
  aal: 'aal2',
  session_id: randomUUID(),
};
const show = await database.serviceDb
  .insertInto('shows')
  .values({ slug: 'season-bench', titleFr: 'Banc', titleEn: 'Bench', durationMinutes: 100 })
  .returning('id')
  .executeTakeFirstOrThrow();
for (let z = 0; z < 4; z++) {
  const zone = await database.serviceDb
    .insertInto('zones')
    .values({ code: `bench-${z}`, nameFr: `Zone ${z}`, nameEn: `Zone ${z}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.serviceDb
    .insertInto('venueTables')
    .values(Array.from({ length: 15 }, (_, t) => ({ zoneId: zone.id, label: `T${t}`, seats: 4 })))
    .execute();
}

// Every day for 250 days at two times: 500 performances, across both clock changes.
const season = {
  showId: show.id,
  from: '2031-02-01',
  to: '2031-10-08',
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  times: ['15:00', '20:30'],
  doorsMinutesBefore: 90,
  exceptions: [],
};
const timed = async () => {
  const start = performance.now();
  const result = await createSeason(db, claims, season);
  return { ms: performance.now() - start, result };
};
const first = await timed();
const rerun = await timed();
const over = first.ms > BUDGET_MS;
if (over || first.result.created !== 500) process.exitCode = 1;
process.stdout.write(
  [
    '',
    'season creation (#6)',
    `  ${first.result.created} performances × 4 zones created in ${first.ms.toFixed(0)} ms ` +
      `(budget ${BUDGET_MS} ms${over ? ': OVER' : ''})`,
    `  re-run: ${rerun.result.skipped} skipped, ${rerun.result.created} created, in ${rerun.ms.toFixed(0)} ms`,
    '',
  ].join('\n'),
);

await pool.end();
await database.close();
