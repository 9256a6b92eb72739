import { buildApp, type App } from '../src/app.ts';
import type { TestDatabase } from './test-database.ts';
import { silentLogger } from './test-database.ts';

/** The real app, wired to a test database, without a web build. */
export function buildTestApp(database: Pick<TestDatabase, 'db' | 'pool'>): Promise<App> {
  return buildApp({
    config: { publicUrl: 'http://localhost:3000', webDistDir: '/nonexistent/web-dist' },
    db: database.db,
    pool: database.pool,
    logger: silentLogger,
  });
}
