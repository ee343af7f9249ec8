import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The address of the connection a request came on (the socket's peer), or `unknown` when the
 * request did not come over a Node socket. One place for it, so the rate limiter and the upload
 * quota name a client the same way.
 */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'unknown';
}
