// Who is calling, as far as the network tells: the client's address, read through trusted proxies only.
import type { IncomingMessage } from 'node:http';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';

/**
 * The proxies whose `X-Forwarded-For` is believed: addresses (`10.0.0.5`) or ranges in CIDR notation
 * (`10.0.0.0/8`, `fd00::/8`). Anything else in the header is ignored: a client can write whatever it
 * likes there.
 */
export function trustedProxies(list: readonly string[]): BlockList {
  const trusted = new BlockList();
  for (const entry of list) {
    const [address, prefix] = entry.trim().split('/');
    const type = isIPv4(address ?? '') ? 'ipv4' : isIPv6(address ?? '') ? 'ipv6' : null;
    if (!type) throw new Error(`trusted proxy "${entry}" is not an IP address or CIDR range`);
    if (prefix === undefined) trusted.addAddress(address!, type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (type === 'ipv4' ? 32 : 128)) {
        throw new Error(`trusted proxy "${entry}" has an invalid prefix length`);
      }
      trusted.addSubnet(address!, bits, type);
    }
  }
  return trusted;
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; other addresses unchanged. */
const unmapped = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * The address of one `X-Forwarded-For` hop, as proxies write it: `203.0.113.7`, `2001:db8::5`, and
 * with a port (Azure's gateway, some CDNs) `203.0.113.7:5678` or `[2001:db8::5]:443`. Null for
 * anything else (`unknown`, an obfuscated id).
 */
function hopAddress(hop: string): string | null {
  const bracketed = hop.match(/^\[([^\]]+)\](?::\d+)?$/);
  const candidate = unmapped(bracketed ? bracketed[1]! : /^\d+\.\d+\.\d+\.\d+:\d+$/.test(hop) ? hop.slice(0, hop.lastIndexOf(':')) : hop);
  return isIPv4(candidate) || isIPv6(candidate) ? candidate : null;
}

const isTrusted = (trusted: BlockList, address: string) =>
  isIPv4(address) ? trusted.check(address, 'ipv4') : isIPv6(address) ? trusted.check(address, 'ipv6') : false;

/**
 * The client's address: the connection's peer, or, when that peer is a trusted proxy, the nearest
 * address in `X-Forwarded-For` (read from the right) that is not a trusted proxy itself.
 */
export function clientAddress(c: Context, trusted: BlockList): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  let address = unmapped(incoming?.socket.remoteAddress ?? 'unknown');
  if (!isTrusted(trusted, address)) return address;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hopAddress(hops[i]!);
    // A hop that names no address: the client is the last proxy that forwarded it (never one id
    // shared by every such request, which one client could spend for all of them).
    if (hop === null) return address;
    address = hop;
    if (!isTrusted(trusted, address)) return address;
  }
  return address;
}

/**
 * The id budgets count under for an address: IPv6 clients by their /64 (one household or phone gets a
 * whole /64, so counting single addresses would give each of them billions of budgets).
 */
export function addressId(address: string): string {
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  // A dotted IPv4 tail (`::ffff:1.2.3.4`, `64:ff9b::1.2.3.4`) takes two groups' room.
  const groupsOf = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const left = groupsOf(head);
  const right = groupsOf(tail);
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}
