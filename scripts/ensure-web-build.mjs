#!/usr/bin/env node
// Builds the web app when its sources changed since the last build, so `npm start` serves a
// current app without paying for a build (≈ 5 s) on every start. The stamp is a hash of every
// input file's content.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'apps/web');
const dist = path.join(web, 'dist');
const stampFile = path.join(dist, '.build-stamp');
const inputs = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/build',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'packages/contract/src',
  'package-lock.json',
];

function* files(entry) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
  } else {
    yield entry;
  }
}

const hash = createHash('sha256');
for (const input of inputs) {
  for (const file of files(path.join(root, input))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
}
const stamp = hash.digest('hex');

const current = existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp;
if (current && existsSync(path.join(dist, 'index.html'))) {
  process.exit(0);
}
console.log('Building the web app (its sources changed since the last build)…');
// Always a production build, even when called from a test runner that sets NODE_ENV=test (React's
// development build and no service worker would be shipped otherwise).
execFileSync('npm', ['run', 'build', '--silent', '-w', '@ladiva/web'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
writeFileSync(stampFile, `${stamp}\n`);
