// `npm run bench`: every benchmark, one after the other, in this process's machine.
await import('./notifications.bench.ts');
await import('./auth.bench.ts');
