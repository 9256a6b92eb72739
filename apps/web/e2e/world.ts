// What every browser test file sets up: the real server on a fresh data folder, Chromium, and one
// browser context at a time (closed after each test).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../../test/spawn-server.ts';
import { launchChromium, watchForErrors } from './browser.ts';

/** The admin the server creates from ADMIN_EMAIL/ADMIN_PASSWORD (staff journeys). */
export const ADMIN_EMAIL = 'direction@ladiva.example';
export const ADMIN_PASSWORD = 'Rideau-de-velours-1925!';
export const ADMIN_ENV = { ADMIN_EMAIL, ADMIN_PASSWORD };

export interface E2eWorld {
  server: RunningServer;
  browser: Browser;
  dataDir: string;
  /** The context `open` made last, until the test ends or `closeContext`. */
  context: BrowserContext | undefined;
  /** A new context and page, with the page's errors collected in `problems`. */
  open(options: BrowserContextOptions): Promise<{ page: Page; problems: string[] }>;
  closeContext(): Promise<void>;
}

/**
 * Registers the file's hooks: before all, the server (with `env` added to DATA_DIR) and Chromium;
 * after each test, its context closed; after all, both stopped and the data folder removed.
 */
export function e2eWorld(prefix: string, env: Record<string, string> = {}): E2eWorld {
  const world = {
    context: undefined,
    async open(options) {
      world.context = await world.browser.newContext(options);
      const page = await world.context.newPage();
      return { page, problems: watchForErrors(page) };
    },
    async closeContext() {
      await world.context?.close();
      world.context = undefined;
    },
  } as E2eWorld;

  beforeAll(async () => {
    world.dataDir = await mkdtemp(path.join(os.tmpdir(), prefix));
    [world.server, world.browser] = await Promise.all([
      startServer({ DATA_DIR: world.dataDir, ...env }),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await world.browser?.close();
    await world.server?.stop('SIGTERM');
    await rm(world.dataDir, { recursive: true, force: true });
  });

  afterEach(() => world.closeContext());

  return world;
}
