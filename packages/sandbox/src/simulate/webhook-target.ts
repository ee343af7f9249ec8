/**
 * Where a webhook may go: only to public Internet addresses, unless the operator allows private ones
 * (`allowPrivateWebhooks`, `--allow-private-webhooks`: local development with a receiver on
 * `http://127.0.0.1:…`). Checked twice:
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
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: carries an IPv4 address; refused rather than decoded
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) nonPublic.addSubnet(network, prefix, 'ipv6');
// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are checked against the IPv4 ranges by BlockList.

/** Whether `address` (an IP literal) is a public Internet address. */
export function isPublicAddress(address: string): boolean {
  const ip = address.replace(/%.*$/, ''); // an IPv6 zone (fe80::1%eth0)
  const family = isIP(ip);
  return family !== 0 && !nonPublic.check(ip, family === 6 ? 'ipv6' : 'ipv4');
}

/** The URL's host as an address or a name: no brackets, no trailing dot, lower case. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();

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
