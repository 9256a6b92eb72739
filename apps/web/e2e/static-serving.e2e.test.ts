// How the server delivers the built app: hashed assets cached for a year and pre-compressed,
// index.html revalidated, client-side routes answered with the app, API misses with JSON.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../test/spawn-server.ts';

const dist = path.resolve(import.meta.dirname, '../dist');
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-e2e-static-'));
  server = await startServer({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await server?.stop('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
});

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

/** The chunks a guest loads before any interaction: the entry and its static imports. */
async function initialChunks(): Promise<{ manifest: Manifest; initial: Set<string> }> {
  const manifest = JSON.parse(
    await readFile(path.join(dist, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('no entry in the build manifest');
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const child of manifest[key]?.imports ?? []) visit(child);
  };
  visit(entry);
  return { manifest, initial };
}

async function entryAsset(): Promise<string> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const match = /src="(\/assets\/[^"]+\.js)"/.exec(html);
  if (!match?.[1]) throw new Error('no entry script in index.html');
  return match[1];
}

describe('serving the web app', () => {
  it('revalidates index.html on every visit and forbids inline scripts', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toMatch(/<html[^>]*lang="fr"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  });

  it('serves hashed assets immutable and pre-compressed', async () => {
    const asset = await entryAsset();
    const brotli = await fetch(`${server.url}${asset}`, { headers: { 'accept-encoding': 'br' } });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    const gzip = await fetch(`${server.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers a client-side route with the app and an API miss with JSON', async () => {
    const page = await fetch(`${server.url}/admin/anything`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const api = await fetch(`${server.url}/api/nope`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('does not serve build metadata', async () => {
    for (const file of ['/.vite/manifest.json', '/.build-stamp']) {
      const response = await fetch(`${server.url}${file}`);
      expect(response.status).toBe(404);
    }
  });

  it('keeps the admin area out of the guest entry chunk', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(dist, '.vite/manifest.json'), 'utf8'),
    ) as Record<
      string,
      { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
    >;
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
    expect(entry).toBeDefined();
    // Walk the static import graph from the entry: no admin module may be reached.
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const child of manifest[key]?.imports ?? []) visit(child);
    };
    visit(entry![0]);
    expect([...seen].filter((key) => key.includes('components/admin'))).toEqual([]);
    const adminChunks = Object.keys(manifest).filter((key) => key.includes('components/admin'));
    expect(adminChunks.length).toBeGreaterThan(0);
  });

  it('loads at most 90 KB of gzipped JavaScript before the first interaction (DESIGN.md budget)', async () => {
    const { manifest, initial } = await initialChunks();
    let bytes = 0;
    for (const key of initial) {
      const file = manifest[key]!.file;
      if (file.endsWith('.js')) bytes += gzipSync(await readFile(path.join(dist, file))).length;
    }
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThanOrEqual(90 * 1024);
  });
});
