// `npm run bench`: every benchmark, one after the other, in this process's machine. Each sets
// process.exitCode when it misses its target; the process then exits (open handles of a library
// must not keep it alive).
await import('./notifications.bench.ts');
await import('./auth.bench.ts');
await import('./rush.bench.ts');
await import('./realtime.bench.ts');
await import('./catalogue.bench.ts');
await import('./season.bench.ts');
process.exit(process.exitCode ?? 0);
