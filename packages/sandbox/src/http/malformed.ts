import { randomUUID } from 'node:crypto';
import { RequestError } from '@hono/node-server';
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
