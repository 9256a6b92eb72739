// Whether the database can be reached, as this process last saw it (ADR 0018). The first
// connection-level failure (a lost connection, a read that timed out, a refused connect) marks it
// down: from then on, and for every request already waiting for a connection, the pools answer at
// once with DatabaseUnavailableError (503) instead of piling requests up behind a dead network. A
// probe then tries a fresh connection every half second and marks it up when one answers. It is
// this instance's own view: nothing another instance needs.
import pg from 'pg';
import type { Logger } from 'pino';
import { scrubSecrets } from '../lib/logger.ts';
import { DatabaseUnavailableError } from './pg-errors.ts';

export interface AvailabilityOptions {
  /** Where the probe connects (any role that may log in). */
  probeUrl: string;
  logger: Logger;
  probeIntervalMs?: number;
  /** How long one probe may take to connect and answer. */
  probeTimeoutMs?: number;
}

export class DatabaseAvailability {
  private outage: { since: number; reason: string } | undefined;
  private readonly waiters = new Set<(error: Error) => void>();
  private probing: Promise<void> | undefined;
  private closed = false;
  private readonly probeIntervalMs: number;
  private readonly probeTimeoutMs: number;

  constructor(private readonly options: AvailabilityOptions) {
    this.probeIntervalMs = options.probeIntervalMs ?? 500;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
  }

  get up(): boolean {
    return this.outage === undefined;
  }

  private unavailable(): DatabaseUnavailableError {
    return new DatabaseUnavailableError(
      `the database is unavailable (${this.outage?.reason ?? 'unknown'})`,
    );
  }

  /** A connection-level failure was seen: down until a probe gets an answer. */
  reportFailure(error: Error): void {
    if (this.outage || this.closed) return;
    this.outage = { since: Date.now(), reason: error.message };
    this.options.logger.warn(
      { reason: scrubSecrets(error.message), code: (error as { code?: unknown }).code },
      'database unavailable: answering 503 until it is back',
    );
    const failure = this.unavailable();
    for (const reject of this.waiters) reject(failure);
    this.waiters.clear();
    this.probing ??= this.probe().finally(() => (this.probing = undefined));
  }

  /**
   * Runs `acquire` (a connection from a pool) unless the database is known to be down, and gives
   * up on it as soon as it goes down meanwhile; a connection that arrives after that is handed
   * to `discard`.
   */
  guard<T>(acquire: () => Promise<T>, discard: (value: T) => void): Promise<T> {
    if (this.outage) return Promise.reject(this.unavailable());
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const abandon = (error: Error) => {
        settled = true;
        reject(error);
      };
      this.waiters.add(abandon);
      acquire().then(
        (value) => {
          this.waiters.delete(abandon);
          if (settled) discard(value);
          else resolve(value);
        },
        (error: Error) => {
          this.waiters.delete(abandon);
          if (!settled) reject(error);
        },
      );
    });
  }

  private async probe(): Promise<void> {
    const { logger } = this.options;
    while (this.outage && !this.closed) {
      if (await this.answers()) {
        const seconds = (Date.now() - this.outage.since) / 1000;
        this.outage = undefined;
        logger.info({ downSeconds: Math.round(seconds * 10) / 10 }, 'database available again');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, this.probeIntervalMs).unref());
    }
  }

  /** One fresh connection and one query, each within the probe's timeout. */
  private async answers(): Promise<boolean> {
    const client = new pg.Client({
      connectionString: this.options.probeUrl,
      application_name: 'ladiva-probe',
      connectionTimeoutMillis: this.probeTimeoutMs,
      query_timeout: this.probeTimeoutMs,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return true;
    } catch {
      // A black-holed connection would wait forever for a polite goodbye.
      (
        client as unknown as { connection?: { stream?: { destroy(): void } } }
      ).connection?.stream?.destroy();
      return false;
    }
  }

  /** Stops probing (the process is closing its pools). */
  close(): void {
    this.closed = true;
  }
}
