// One hub per server instance: it listens to the change feed's doorbell (LISTEN on a dedicated
// connection), reads the feed from its cursor, and fans each changed topic out to this instance's
// subscribers. Every instance reads the same feed, so a change made through one reaches the
// subscribers of all. A missed doorbell loses nothing: the hub also reads the feed every few
// seconds, and after its listening connection comes back.
//
// Availability is coalesced: a performance's snapshot (places left per zone) is sent at most once
// per COALESCE_MS while it changes, whatever the number of holds in between.
import type { AvailabilityData, ServerFrame } from '@ladiva/contract/realtime';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Db } from '../../db/database.ts';
import { ANONYMOUS } from '../../db/request-context.ts';
import { getPerformanceAvailability } from '../catalogue/catalogue.service.ts';
import {
  changedSince,
  cursorBefore,
  feedHorizon,
  oldestCursor,
  readChanges,
  type ChangeEvent,
} from './change-feed.ts';

export const COALESCE_MS = 100;
const POLL_MS = 2_000;
const RECONNECT_MS = 1_000;

/** A connection's side of a subscription. */
export interface Subscriber {
  send(frame: ServerFrame): void;
  /** The same frame already serialised once for every subscriber of a push. */
  sendSerialised(frame: ServerFrame, json: Buffer): void;
  /** Staff topics need a signed-in staff member with the right role. */
  mayReceive(audience: 'public' | 'staff'): boolean;
}

export interface RealtimeHubOptions {
  /** Connection settings of the service's pool, for the listening connection. */
  connection: pg.ClientConfig;
  serviceDb: Db;
  db: Db;
  logger: Logger;
}

type Channel = `availability:${string}` | `room:${string}`;

export class RealtimeHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  /** Where the next read starts; undefined until the database first answered. */
  private cursor: string | undefined;
  private listener: pg.Client | undefined;
  private poll: NodeJS.Timeout | undefined;
  private reading: Promise<void> | undefined;
  private readAgain = false;
  private stopped = false;
  /** Topics waiting for their coalesced push, and when it is due. */
  private readonly due = new Map<string, { cursor: string; timer: NodeJS.Timeout }>();

  constructor(private readonly options: RealtimeHubOptions) {}

  /**
   * Starts listening. Never fails: with the database away, the app starts all the same (its
   * health says 503) and the hub keeps trying until the database answers.
   */
  async start(): Promise<void> {
    this.poll = setInterval(() => this.wake(), POLL_MS);
    this.poll.unref();
    await this.relisten();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    for (const { timer } of this.due.values()) clearTimeout(timer);
    this.due.clear();
    await this.listener?.end().catch(() => {});
    await this.reading;
  }

  /** How many connections listen to a topic (for tests and metrics). */
  subscriberCount(topic: string): number {
    return this.subscribers.get(topic)?.size ?? 0;
  }

  /**
   * Adds a subscriber and brings it up to date: an availability channel gets its snapshot now; a
   * room channel resuming from a cursor is told whether the room changed meanwhile, or to read it
   * again when the feed no longer reaches back that far.
   */
  async subscribe(subscriber: Subscriber, channel: Channel, after?: string): Promise<void> {
    const set = this.subscribers.get(channel) ?? new Set();
    set.add(subscriber);
    this.subscribers.set(channel, set);
    this.cursor ??= await feedHorizon(this.options.serviceDb);
    const cursor = this.cursor;
    subscriber.send({ type: 'subscribed', channel, cursor });
    if (channel.startsWith('availability:')) {
      const data = await this.availability(channel);
      if (data) subscriber.send({ type: 'event', channel, cursor, data: { ...data } });
      return;
    }
    if (after === undefined) return;
    const { serviceDb } = this.options;
    if (cursorBefore(after, await oldestCursor(serviceDb))) {
      subscriber.send({ type: 'refetch', channel, cursor });
    } else if (await changedSince(serviceDb, channel, after)) {
      subscriber.send({ type: 'event', channel, cursor, data: {} });
    }
  }

  unsubscribe(subscriber: Subscriber, channel?: string): void {
    for (const [topic, set] of this.subscribers) {
      if (channel !== undefined && topic !== channel) continue;
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(topic);
    }
  }

  /** Reads the feed now (coalescing concurrent wake-ups into one read after the current one). */
  wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.read()
      .catch((error: unknown) => this.options.logger.warn({ err: error }, 'change feed unread'))
      .finally(() => {
        this.reading = undefined;
        if (this.readAgain) {
          this.readAgain = false;
          this.wake();
        }
      });
  }

  private async read(): Promise<void> {
    if (this.cursor === undefined) {
      this.cursor = await feedHorizon(this.options.serviceDb);
      return;
    }
    const { events, next } = await readChanges(this.options.serviceDb, this.cursor);
    this.cursor = next;
    const latest = new Map<string, ChangeEvent>();
    for (const event of events) latest.set(event.topic, event);
    for (const event of latest.values()) {
      if (this.subscribers.has(event.topic)) this.schedule(event.topic, next);
    }
  }

  /** At most one push per topic per COALESCE_MS: the last cursor wins. */
  private schedule(topic: string, cursor: string): void {
    const pending = this.due.get(topic);
    if (pending) {
      pending.cursor = cursor;
      return;
    }
    const timer = setTimeout(() => {
      const entry = this.due.get(topic);
      this.due.delete(topic);
      if (entry) void this.push(topic, entry.cursor);
    }, COALESCE_MS);
    timer.unref();
    this.due.set(topic, { cursor, timer });
  }

  private async push(topic: string, cursor: string): Promise<void> {
    const set = this.subscribers.get(topic);
    if (!set || set.size === 0) return;
    const channel = topic as Channel;
    try {
      const audience = topic.startsWith('availability:') ? 'public' : 'staff';
      const data = audience === 'public' ? await this.availability(channel) : {};
      if (!data) return;
      const frame: ServerFrame = { type: 'event', channel, cursor, data: { ...data } };
      // One serialisation for a thousand sockets.
      const json = Buffer.from(JSON.stringify(frame));
      for (const subscriber of set) {
        if (subscriber.mayReceive(audience)) subscriber.sendSerialised(frame, json);
      }
    } catch (error) {
      this.options.logger.warn({ err: error, topic }, 'realtime push failed');
    }
  }

  /** A performance's places left now (undefined if it no longer exists). */
  private async availability(channel: string): Promise<AvailabilityData | undefined> {
    const performanceId = channel.slice('availability:'.length);
    try {
      const availability = await getPerformanceAvailability(
        this.options.db,
        ANONYMOUS,
        performanceId,
      );
      return {
        salesOpen: availability.salesOpen,
        zones: availability.zones.map(({ zoneId, seatsLeft }) => ({ zoneId, seatsLeft })),
      };
    } catch {
      return undefined;
    }
  }

  /** LISTEN on a connection of its own; when it drops, listen again and read what was missed. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      ...this.options.connection,
      application_name: 'ladiva-realtime',
    });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'realtime listener lost its connection');
    });
    client.on('end', () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = undefined;
      setTimeout(() => void this.relisten(), RECONNECT_MS).unref();
    });
    this.listener = client;
    await client.connect();
    await client.query('listen change_feed');
  }

  private async relisten(): Promise<void> {
    try {
      this.cursor ??= await feedHorizon(this.options.serviceDb);
      await this.listen();
      this.wake();
    } catch (error) {
      const failed = this.listener;
      this.listener = undefined;
      await failed?.end().catch(() => {});
      this.options.logger.warn({ err: error }, 'realtime listener cannot reconnect yet');
      if (!this.stopped) setTimeout(() => void this.relisten(), RECONNECT_MS).unref();
    }
  }
}
