import { randomUUID } from 'node:crypto';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { RequestError } from '@hono/node-server';
import { formatBytes } from './body.js';
import { problemBody, problemResponse } from './problem.js';

// Requests refused before the app sees them still get a problem document, as every refusal does.
// Nothing of such a request can be trusted (not even Accept-Language), so the answer is in
// Vietnamese, the API's default language, and names no path.

function problem(status: number, code: 'bad_request' | 'internal_error') {
  const requestId = randomUUID();
  const { instance: _, ...body } = problemBody('vi', status, code, {}, requestId, '');
  return problemResponse(body, 'vi', { 'request-id': requestId, 'x-content-type-options': 'nosniff' });
}

/**
 * For `serve({ errorHandler })`: a request Node parsed but the adapter cannot turn into a web
 * Request (a backslash in the path, a Host header that is no host) is a 400, not an empty answer.
 */
export function malformedRequest(error: unknown): Response {
  return error instanceof RequestError ? problem(400, 'bad_request') : problem(500, 'internal_error');
}

/**
 * The raw answer to bytes Node's HTTP parser refused, as Node's own, but with a problem document;
 * without it (the headers only) to a HEAD request, whose answer never has a body.
 */
function rawProblem(head: boolean, status: number, code: 'bad_request' | 'request_timeout' | 'headers_too_large', params: Record<string, unknown> = {}): string {
  const requestId = randomUUID();
  const { instance: _, ...problem } = problemBody('vi', status, code, params, requestId, '');
  const body = Buffer.from(JSON.stringify(problem));
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/problem+json; charset=utf-8',
    'Content-Language: vi',
    `Content-Length: ${body.byteLength}`,
    `Request-Id: ${requestId}`,
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    head ? '' : body.toString('utf8'),
  ].join('\r\n');
}

/**
 * For the server's `clientError` event: what Node's default handler does (answer, if nothing of a
 * response was sent yet, then close), with a problem document instead of an empty 400, 408 or 431.
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy(error);
    return;
  }
  // A connection that never sent a byte (a browser opens spare ones ahead of need) is closed without
  // an answer: a 408 written on it would be read as the answer to the request the browser sends on it
  // later. Browsers retry a request whose fresh-looking connection was closed under it.
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT' && (socket as Duplex & { bytesRead?: number }).bytesRead === 0) {
    socket.destroy();
    return;
  }
  // The bytes being parsed start with the request line, unless the headers ran over several reads.
  const head = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  const answer = error.code === 'HPE_HEADER_OVERFLOW' ? rawProblem(head, 431, 'headers_too_large', { limit: formatBytes(maxHeaderSize) })
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? rawProblem(head, 408, 'request_timeout')
      : rawProblem(head, 400, 'bad_request');
  // Closed once the answer is out (a destroy right after the write could drop it).
  socket.end(answer, () => socket.destroy());
}
