// A sale in progress, for fault tests: buyers hold places and confirm them over real HTTP, again
// and again, until stopped; every answer is recorded with its time, so a test can say what the
// guests were told while the database was away, and check it against what the database kept.
// A buyer whose confirmation answers 503 retries it (same booking) as the web app does. Most
// buyers only hold (a rush of holds; guests take minutes to fill in their details): the first
// `confirmers` confirm each of their holds.

export interface SaleTarget {
  base: string;
  performanceId: string;
  formulaId: string;
  zoneId: string;
}

export interface Answer {
  op: 'hold' | 'confirm';
  /** When it was sent, in ms since the sale began. */
  at: number;
  ms: number;
  /** HTTP status, or 0 when no answer came (network error, or none in `timeoutMs`). */
  status: number;
  code?: string;
}

export interface Sale {
  readonly answers: Answer[];
  /** Bookings a 2xx confirmation answered for: the guests were told they are booked. */
  readonly confirmed: Set<string>;
  /** ms since the sale began. */
  now(): number;
  /** Resolves once a hold made after `since` (ms) has been answered 201. */
  holdSucceededAfter(since: number, withinMs: number): Promise<number>;
  stop(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startSale(
  target: SaleTarget,
  {
    buyers = 200,
    confirmers = 25,
    timeoutMs = 30_000,
    confirmPauseMs = 2_000,
  }: { buyers?: number; confirmers?: number; timeoutMs?: number; confirmPauseMs?: number } = {},
): Sale {
  const started = performance.now();
  const now = () => performance.now() - started;
  const answers: Answer[] = [];
  const confirmed = new Set<string>();
  let running = true;

  async function call(
    op: Answer['op'],
    path: string,
    headers: Record<string, string>,
    body: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const at = now();
    let status = 0;
    let json: Record<string, unknown> = {};
    try {
      const response = await fetch(`${target.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    } catch {
      status = 0;
    }
    const code = typeof json.code === 'string' ? json.code : undefined;
    answers.push({ op, at, ms: now() - at, status, ...(code ? { code } : {}) });
    return { status, body: json };
  }

  async function buyer(index: number) {
    for (let attempt = 0; running; attempt++) {
      const guests = 1 + ((index + attempt) % 4);
      // Many addresses through a trusted proxy: the per-address hold limit is not under test.
      const forwarded = { 'x-forwarded-for': `10.${index >> 8}.${index & 255}.${attempt & 255}` };
      const hold = await call('hold', '/api/bookings/holds', forwarded, {
        performanceId: target.performanceId,
        lines: [{ formulaId: target.formulaId, zoneId: target.zoneId, guests }],
        idempotencyKey: `sale-${index}-${attempt}-${Math.round(started)}`,
      });
      if (hold.status !== 201) {
        await pause(hold.status === 0 || hold.status >= 500 ? 200 : 50);
        continue;
      }
      if (index >= confirmers) continue;
      const bookingId = String(hold.body.bookingId);
      const headers = { ...forwarded, 'x-booking-token': String(hold.body.bookingToken) };
      const details = {
        contact: { name: `Buyer ${index}`, email: `buyer${index}@example.com` },
        guests: Array.from({ length: guests }, () => ({})),
        payment: 'at_venue',
      };
      // Confirming is safe to repeat: a 503 or no answer is retried until the truth is known.
      for (let tries = 0; tries < 50; tries++) {
        const answer = await call(
          'confirm',
          `/api/bookings/${bookingId}/confirm`,
          headers,
          details,
        );
        if (answer.status >= 200 && answer.status < 300) confirmed.add(bookingId);
        if (answer.status !== 0 && answer.status < 500) break;
        await pause(200);
      }
      // A guest who has just booked takes a while before booking again: the emails of the sale
      // stay a number the test's queue can send while the faults go on.
      await pause(confirmPauseMs);
    }
  }

  const all = Promise.all(Array.from({ length: buyers }, (_, index) => buyer(index)));
  return {
    answers,
    confirmed,
    now,
    async holdSucceededAfter(since, withinMs) {
      const deadline = now() + withinMs;
      while (now() < deadline) {
        const found = answers.find((a) => a.op === 'hold' && a.status === 201 && a.at >= since);
        if (found) return found.at + found.ms;
        await pause(50);
      }
      throw new Error(`no hold succeeded within ${withinMs} ms after ${Math.round(since)} ms`);
    },
    async stop() {
      running = false;
      await all;
    },
  };
}
