// The browser's side of /api/realtime (#15): one WebSocket per tab, shared by every subscriber.
// It reconnects with a growing delay and subscribes again `after` the last cursor it saw on each
// channel (the server sends what was missed, or asks to read again); staff channels are
// authenticated with the session's access token, sent again whenever the session refreshes it.
// Only the contract's types are imported: zod stays out of the browser bundle.
import type { ServerFrame } from '@ladiva/contract/realtime';
import { currentSession, refreshSession, subscribeSession } from '../auth/session';

export type RealtimeListener = (
  event: { kind: 'event'; data: Record<string, unknown> } | { kind: 'refetch' },
) => void;

const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000];

class RealtimeClient {
  private socket: WebSocket | null = null;
  private readonly listeners = new Map<string, Set<RealtimeListener>>();
  private readonly cursors = new Map<string, string>();
  private attempt = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private sentToken: string | null = null;
  private unsubscribeSession: (() => void) | undefined;

  subscribe(channel: string, listener: RealtimeListener): () => void {
    const set = this.listeners.get(channel) ?? new Set();
    const first = set.size === 0;
    set.add(listener);
    this.listeners.set(channel, set);
    if (first) this.sendSubscribe(channel);
    this.open();
    return () => {
      set.delete(listener);
      if (set.size > 0) return;
      this.listeners.delete(channel);
      this.cursors.delete(channel);
      this.send({ type: 'unsubscribe', channel });
      if (this.listeners.size === 0) this.close();
    };
  }

  private open(): void {
    if (this.socket || typeof WebSocket === 'undefined') return;
    const url = new URL('/api/realtime', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.sentToken = null;
      this.authenticate();
      for (const channel of this.listeners.keys()) this.sendSubscribe(channel);
    });
    socket.addEventListener('message', (message) => this.receive(String(message.data)));
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.listeners.size === 0) return;
      const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)]!;
      this.attempt += 1;
      this.retry = setTimeout(() => this.open(), delay);
    });
    this.unsubscribeSession ??= subscribeSession(() => this.authenticate());
  }

  private close(): void {
    clearTimeout(this.retry);
    this.unsubscribeSession?.();
    this.unsubscribeSession = undefined;
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }

  /** Sends the session's token when it differs from the one the server has. */
  private authenticate(): void {
    const token = currentSession()?.accessToken ?? null;
    if (!token || token === this.sentToken) return;
    if (this.send({ type: 'auth', token })) this.sentToken = token;
  }

  private sendSubscribe(channel: string): void {
    const after = this.cursors.get(channel);
    this.send({ type: 'subscribe', channel, ...(after ? { after } : {}) });
  }

  private send(frame: object): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  private receive(text: string): void {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(text) as ServerFrame;
    } catch {
      return;
    }
    if (frame.type === 'event' || frame.type === 'refetch' || frame.type === 'subscribed') {
      this.cursors.set(frame.channel, frame.cursor);
    }
    if (frame.type === 'authenticated' && this.listeners.size > 0) {
      // Staff channels refused before the token arrived: ask again now.
      for (const channel of this.listeners.keys()) {
        if (channel.startsWith('room:')) this.sendSubscribe(channel);
      }
    }
    if (frame.type === 'error' && frame.code === 'TOKEN_EXPIRED') {
      this.sentToken = null;
      void refreshSession().then(() => {
        this.authenticate();
      });
      return;
    }
    if (frame.type !== 'event' && frame.type !== 'refetch') return;
    const event =
      frame.type === 'event'
        ? { kind: 'event' as const, data: frame.data }
        : { kind: 'refetch' as const };
    for (const listener of this.listeners.get(frame.channel) ?? []) listener(event);
  }
}

let client: RealtimeClient | undefined;

/** Follows a channel (availability:<id>, room:<id>) until the returned function is called. */
export function followChannel(channel: string, listener: RealtimeListener): () => void {
  client ??= new RealtimeClient();
  return client.subscribe(channel, listener);
}
