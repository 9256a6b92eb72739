// Identity benchmark (issue #4), through the real app (in-process HTTP injection):
//  1. the cost of being signed in: GET /api/venue anonymously vs with a bearer token (signature
//     check + the session lookup every authenticated request makes), interleaved;
//  2. refresh: median latency of a cookie refresh (rotation + new access token);
//  3. sign-in throughput at the argon2id parameters (bounded by the CPU, by design).
import { pino } from 'pino';
import { hashPassword } from '../src/modules/auth/password-hashing.ts';
import { openBenchApp, openBenchDatabase, percentile } from './bench-database.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 40);
const PASSWORD = 'Un soir au cabaret 1925';

const logger = pino({ level: 'warn' });
const database = await openBenchDatabase(logger);
const { app, close } = await openBenchApp(database, logger);

const hash = await hashPassword(PASSWORD);
await database.serviceDb
  .insertInto('users')
  .values({ email: 'bench@example.com', passwordHash: hash, emailVerifiedAt: new Date() })
  .execute();

const signIn = () =>
  app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: 'bench@example.com', password: PASSWORD },
  });
const first = await signIn();
const { accessToken, csrfToken } = first.json() as { accessToken: string; csrfToken: string };
let refreshCookie = first.cookies.find((c) => c.name === '__Host-ladiva-refresh')!.value;

const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

// 1. Anonymous vs authenticated, alternating.
const anonymous: number[] = [];
const signedIn: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  anonymous.push(await timed(() => app.inject({ url: '/api/venue' })));
  signedIn.push(
    await timed(() =>
      app.inject({ url: '/api/venue', headers: { authorization: `Bearer ${accessToken}` } }),
    ),
  );
}

// 2. Refresh latency.
const refresh: number[] = [];
for (let i = 0; i < ROUNDS / 4; i++) {
  refresh.push(
    await timed(async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        headers: {
          cookie: `__Host-ladiva-refresh=${refreshCookie}; __Host-ladiva-csrf=${csrfToken}`,
          'x-csrf-token': csrfToken,
        },
      });
      if (response.statusCode !== 200) throw new Error(`refresh failed: ${response.body}`);
      refreshCookie = response.cookies.find((c) => c.name === '__Host-ladiva-refresh')!.value;
    }),
  );
}

// 3. Sign-ins per second, two at a time (one per core).
const started = performance.now();
for (let i = 0; i < SIGN_INS; i += 2) await Promise.all([signIn(), signIn()]);
const signInsPerSecond = SIGN_INS / ((performance.now() - started) / 1000);

const anonymousMedian = median(anonymous);
const signedInMedian = median(signedIn);
process.stdout.write(
  [
    '',
    'identity (#4)',
    `  GET /api/venue median: anonymous ${anonymousMedian.toFixed(2)} ms, signed in ${signedInMedian.toFixed(2)} ms ` +
      `(ratio ${(signedInMedian / anonymousMedian).toFixed(2)}, +${(signedInMedian - anonymousMedian).toFixed(2)} ms for token + session check)`,
    `  refresh median ${median(refresh).toFixed(2)} ms (rotation + new access token)`,
    `  sign-in throughput ${signInsPerSecond.toFixed(1)}/s (argon2id m=19 MiB, t=2)`,
    '',
  ].join('\n'),
);

await close();
await database.close();
