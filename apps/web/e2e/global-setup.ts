// Browser tests need Debian's Chromium and a current build of the web app (served by the real
// server). A missing browser fails the run with the command that installs it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath } from './browser.ts';

export default function setup() {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium was not found at ${executable}. Install it with:\n\n    sudo apt-get install -y chromium\n\n` +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  }
  const root = path.resolve(import.meta.dirname, '../../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/ensure-web-build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
