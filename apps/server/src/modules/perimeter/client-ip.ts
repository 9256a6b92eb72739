// The address of the client, as far as it can be known. The socket's peer is the truth unless it
// is one of our own proxies; then X-Forwarded-For is read from the right (each proxy appends the
// address it saw), skipping our proxies, and the first other address is the client. Entries to
// its left were written by the client itself and prove nothing.
import { BlockList, isIP } from 'node:net';

/** What clientIp reads of a request (a FastifyRequest fits). */
export interface ClientIpRequest {
  socket: { remoteAddress?: string | undefined };
  headers: Record<string, string | string[] | undefined>;
}

const compiled = new Map<string, BlockList>();

/** A BlockList of CIDRs or single addresses, IPv4 or IPv6; throws on an invalid entry. */
export function trustedProxyList(cidrs: readonly string[]): BlockList {
  const cacheKey = cidrs.join(',');
  const cached = compiled.get(cacheKey);
  if (cached) return cached;
  const list = new BlockList();
  for (const entry of cidrs) {
    const [address = '', prefix, extra] = entry.trim().split('/');
    const version = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const max = version === 6 ? 128 : 32;
    if (
      !version ||
      extra !== undefined ||
      (bits !== undefined && (!/^\d{1,3}$/.test(prefix ?? '') || bits > max))
    ) {
      throw new Error(`Invalid trusted proxy (expected an address or a CIDR): "${entry}"`);
    }
    const type = version === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  compiled.set(cacheKey, list);
  return list;
}

/**
 * One address in canonical-enough form, or undefined when it is not an IP address. Accepts the
 * ports and brackets some proxies add (`1.2.3.4:5678`, `[2001:db8::1]:443`) and unwraps
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`), which is how a dual-stack socket reports IPv4 peers.
 */
export function normaliseIp(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  const version = isIP(value);
  if (version === 4) return value;
  if (version === 6) return value.toLowerCase();
  return undefined;
}

// Verdicts per list and address: the proxies' own addresses come back on every request, and a
// BlockList check builds a SocketAddress each time. Bounded: forgotten all at once when full.
const verdicts = new WeakMap<BlockList, Map<string, boolean>>();
const MAX_VERDICTS = 4096;

function isTrusted(list: BlockList, address: string): boolean {
  let known = verdicts.get(list);
  if (!known) {
    known = new Map();
    verdicts.set(list, known);
  }
  let verdict = known.get(address);
  if (verdict === undefined) {
    verdict = list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
    if (known.size >= MAX_VERDICTS) known.clear();
    known.set(address, verdict);
  }
  return verdict;
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy (CIDRs, IPv4 or
 * IPv6), in which case X-Forwarded-For is walked from the right past trusted hops. A malformed
 * entry stops the walk at the last address known to be real (we never key on garbage). Returns
 * 'unknown' only when the socket has no address (it was already closed).
 */
export function clientIp(request: ClientIpRequest, trustedProxies: readonly string[]): string {
  const peer = normaliseIp(request.socket.remoteAddress);
  if (!peer) return 'unknown';
  if (trustedProxies.length === 0) return peer;
  const trusted = trustedProxyList(trustedProxies);
  if (!isTrusted(trusted, peer)) return peer;

  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseIp(hops[i]);
    if (!hop) return client;
    client = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  // Every hop was one of ours: the furthest one is as close to the client as we can get.
  return client;
}

/**
 * The peer that sent X-Forwarded-For without being a trusted proxy, or undefined. Its header is
 * ignored (see clientIp): if the peer is a proxy, every client behind it shares its address.
 */
export function untrustedForwarder(
  request: ClientIpRequest,
  trustedProxies: readonly string[],
): string | undefined {
  if (request.headers['x-forwarded-for'] === undefined) return undefined;
  const peer = normaliseIp(request.socket.remoteAddress);
  if (!peer) return undefined;
  if (trustedProxies.length > 0 && isTrusted(trustedProxyList(trustedProxies), peer)) {
    return undefined;
  }
  return peer;
}
