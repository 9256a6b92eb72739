#!/usr/bin/env node
// `npm run dev`: the API in watch mode on API_PORT (default 3000) and Vite's dev server (5173),
// which proxies /api and /functions to it. Ctrl-C stops both; if one dies, the other is stopped.
import { spawn } from 'node:child_process';
import path from 'node:path';

const apiPort = process.env.API_PORT ?? '3000';
const children = [
  spawn('npm', ['run', 'dev', '-w', '@ladiva/server'], {
    stdio: 'inherit',
    // The server runs in apps/server: keep its data folder at the repository root, as `npm start` does.
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: apiPort,
      DATA_DIR: path.resolve(process.env.DATA_DIR ?? 'data'),
    },
  }),
  spawn('npm', ['run', 'dev', '-w', '@ladiva/web'], {
    stdio: 'inherit',
    env: { ...process.env, API_PORT: apiPort },
  }),
];

let stopping = false;
function stopAll(signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
for (const child of children) {
  child.on('exit', (code) => {
    stopAll();
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null))
      process.exit(code ?? 0);
  });
}
