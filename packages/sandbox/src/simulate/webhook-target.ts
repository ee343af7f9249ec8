/**
 * Where a webhook may go: only to public Internet addresses, unless the operator allows private ones
 * (`allowPrivateWebhooks`, `--allow-private-webhooks`: local development with a receiver on
 * `http://127.0.0.1:…`), and only to a web port: 80, 443, or 1024 and above (`refusedPort`; always,
 * so a webhook cannot be aimed at a mail, SSH or other well-known service's port). Checked twice:
 * - at registration (`refusedHost`): a literal address that is not public, or a `localhost` name;
 * - at each delivery (`postWebhook`): a literal address again, and for a name every address it
 *   resolves to now; the connection then goes to the address that was checked (the check is the
 *   connection's own lookup), so a DNS server cannot answer a public address to the check and a
 *   private one to the connection (DNS rebinding).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Special-purpose ranges (RFC 6890 and its updates) a webhook never reaches. */
const nonPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", the unspecified address
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (where cloud metadata services answer)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const) nonPublic.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible
  ['64:ff9b:1::', 48], // local-use NAT64: carries an IPv4 address of a local network
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: carries an IPv4 address; refused rather than decoded
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) nonPublic.addSubnet(network, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 literal (`::` expanded, a trailing dotted IPv4 read as two). */
function ipv6Groups(ip: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  const text = dotted
    ? ip.slice(0, dotted.index) + [((+dotted[1]! << 8) | +dotted[2]!).toString(16), ((+dotted[3]! << 8) | +dotted[4]!).toString(16)].join(':')
    : ip;
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The IPv4 address an IPv6 address stands for, where it is only a way of writing one: IPv4-mapped
 * (`::ffff:0:0/96`), IPv4-translated (`::ffff:0:0:0/96`, RFC 2765) and the well-known NAT64 prefix
 * (`64:ff9b::/96`, RFC 6052), whose gateway connects to that IPv4 address; null otherwise. (6to4,
 * Teredo, IPv4-compatible and local-use NAT64 are refused whole, above.)
 */
function embeddedIPv4(ip: string): string | null {
  const g = ipv6Groups(ip);
  const prefix = g.slice(0, 6).map((group) => group.toString(16)).join(':');
  if (!['0:0:0:0:0:ffff', '0:0:0:0:ffff:0', '64:ff9b:0:0:0:0'].includes(prefix)) return null;
  return [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255].join('.');
}

/** Whether `address` (an IP literal) is a public Internet address. */
export function isPublicAddress(address: string): boolean {
  const ip = address.replace(/%.*$/, ''); // an IPv6 zone (fe80::1%eth0)
  const family = isIP(ip);
  if (family === 0) return false;
  if (family === 4) return !nonPublic.check(ip, 'ipv4');
  const v4 = embeddedIPv4(ip);
  return v4 !== null ? !nonPublic.check(v4, 'ipv4') : !nonPublic.check(ip, 'ipv6');
}

/** The URL's host as an address or a name: no brackets, no trailing dots, lower case. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.+$/, '').toLowerCase();

/** The ports a webhook may use: the web's own (80, 443) and the unprivileged ones (1024 and above). */
export function refusedPort(url: string): number | null {
  const target = new URL(url);
  const port = target.port ? Number(target.port) : target.protocol === 'https:' ? 443 : 80;
  return port === 80 || port === 443 || port >= 1024 ? null : port;
}

/**
 * The host of `url` when a webhook may not target it: a literal address that is not public, or
 * `localhost` and its subdomains (RFC 6761); null otherwise. Other names are checked at delivery.
 */
export function refusedHost(url: string): string | null {
  const host = hostOf(new URL(url));
  if (host === 'localhost' || host.endsWith('.localhost')) return host;
  return isIP(host) && !isPublicAddress(host) ? host : null;
}

/** Refused because the target is not a public address; recorded as the delivery's error. */
export class NotPublicError extends Error {
  readonly code = 'ENOTPUBLIC';
}

/** A DNS lookup that fails unless every address of the name is public. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || !addresses.length) {
      const reason = refused ? `resolves to ${refused.address}, which is not public` : 'has no address';
      return callback(new NotPublicError(`${hostname} ${reason}`), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/**
 * POSTs a webhook delivery to `url` and resolves with the answer's status (redirects are not
 * followed). Unless `allowPrivate`, a target that is not public fails with a `NotPublicError`.
 */
export function postWebhook(
  url: string, headers: OutgoingHttpHeaders, body: string, options: { timeoutMs: number; allowPrivate: boolean },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const host = hostOf(target);
    if (!options.allowPrivate && isIP(host) && !isPublicAddress(host)) {
      return reject(new NotPublicError(`${host} is not a public address`));
    }
    const port = refusedPort(url);
    if (port !== null) return reject(new NotPublicError(`port ${port} is not a web port (80, 443, or 1024 and above)`));
    const signal = AbortSignal.timeout(options.timeoutMs);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      agent: false,
      signal,
      ...(options.allowPrivate ? {} : { lookup: publicLookup }),
    }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error) => reject(signal.aborted ? signal.reason : error));
    req.end(body);
  });
}
