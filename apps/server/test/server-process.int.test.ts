// The process as an operator runs it: configuration errors, an external database, the embedded
// one created then reused, graceful stops that leave nothing behind, recovery after a SIGKILL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  postgresProcessesFor,
  runServerToExit,
  startServer,
  waitForExit,
} from '../../../test/spawn-server.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

const SERVER_ENTRY = path.resolve(import.meta.dirname, '../src/server.ts');
const WORKER_ENTRY = path.resolve(import.meta.dirname, '../src/worker.ts');
const tempDirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-data-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('server process', () => {
  it('refuses to start on invalid configuration, naming the keys', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
      env: {
        ...process.env,
        PORT: 'not-a-port',
        LOG_LEVEL: 'chatty',
        DATABASE_URL: 'mysql://root:pw@x/y',
      },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('LOG_LEVEL');
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).not.toContain('pw@');
  });

  describe('with DATABASE_URL', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database.close());

    it('refuses a weak ADMIN_PASSWORD in one line that says why, without a stack trace', async () => {
      const { code, output } = await runServerToExit({
        DATA_DIR: await tempDir(),
        DATABASE_URL: database.ownerUrl,
        PORT: String(await freePort()),
        ADMIN_EMAIL: 'marie.dupont@example.com',
        ADMIN_PASSWORD: 'Dupont-1925!',
      });
      expect(code).toBe(1);
      const said = output.filter((line) => line.includes('ADMIN_PASSWORD'));
      expect(said).toEqual(['  ADMIN_PASSWORD: contains part of ADMIN_EMAIL']);
      // The password itself is never echoed, and nothing looks like a stack trace.
      expect(output.join('\n')).not.toContain('Dupont-1925!');
      expect(output.filter((line) => /^\s+at |"stack"/.test(line))).toEqual([]);
      expect(output.join('\n')).not.toContain('Please choose another password');
    });

    it('uses that server, creates no embedded cluster, and stops cleanly on SIGTERM', async () => {
      const dataDir = await tempDir();
      const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: database.ownerUrl });
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
      expect(server.output.join('\n')).not.toContain(
        new URL(database.ownerUrl).password || '\u0000',
      );
      expect(await server.stop('SIGTERM')).toBe(0);
    });
  });

  describe('with the embedded PostgreSQL', () => {
    it('creates the cluster on first start, reuses it after, and leaves no process behind', async () => {
      const dataDir = await tempDir();
      const first = await startServer({ DATA_DIR: dataDir });
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
      expect(first.output.join('\n')).toContain('first start');
      expect(postgresProcessesFor(dataDir).length).toBeGreaterThan(0);
      // An impatient operator presses Ctrl-C twice: the second one must not cut the shutdown short.
      const exited = waitForExit(first.process);
      first.process.kill('SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 20));
      first.process.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);

      const second = await startServer({ DATA_DIR: dataDir });
      expect((await fetch(`${second.url}/api/venue`)).status).toBe(200);
      expect(second.output.join('\n')).not.toContain('first start');
      expect(await second.stop('SIGTERM')).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);
    });

    it('recovers a cluster left running by a process that was killed', async () => {
      const dataDir = await tempDir();
      const killed = await startServer({ DATA_DIR: dataDir });
      killed.process.kill('SIGKILL');
      await waitForExit(killed.process);
      expect(postgresProcessesFor(dataDir).length).toBeGreaterThan(0); // orphaned

      const next = await startServer({ DATA_DIR: dataDir });
      expect(next.output.join('\n')).toContain('left running');
      expect((await fetch(`${next.url}/api/health`)).status).toBe(200);
      expect(await next.stop('SIGTERM')).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);
    });
  });

  describe('npm run worker', () => {
    it('delivers what an API-only server enqueued, attached to its embedded database', async () => {
      const dataDir = await tempDir();
      const server = await startServer({
        DATA_DIR: dataDir,
        RUN_WORKER: 'false',
        ADMIN_EMAIL: 'ops@example.com',
        ADMIN_PASSWORD: 'Plumes et paillettes 1925',
      });
      // A public endpoint that enqueues an email: the bootstrapped admin asks for a reset link.
      const sent = await fetch(`${server.url}/api/auth/forgot-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ops@example.com' }),
      });
      expect(sent.status).toBe(202);
      const mailbox = async () =>
        (await readdir(path.join(dataDir, 'mailbox')).catch(() => [] as string[])).filter((name) =>
          name.endsWith('.eml'),
        );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await mailbox()).toEqual([]); // no worker in the server

      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
      delete env.DATABASE_URL;
      const worker = spawn(process.execPath, ['--import', 'tsx', WORKER_ENTRY], {
        env,
        stdio: 'ignore',
      });
      try {
        const deadline = Date.now() + 20_000;
        while ((await mailbox()).length === 0) {
          if (Date.now() > deadline) throw new Error('the worker did not deliver the message');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        const exited = waitForExit(worker);
        worker.kill('SIGTERM');
        expect(await exited).toBe(0);
      }
      expect(await server.stop('SIGTERM')).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);
    });
  });
});
