// node:http in front of a standard Request → Response handler (the login routes, a webhook receiver).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * The site's public origin (`https://dichvucong.example.gov.vn`), used for the Request's URL.
   * Default: `http://` + the Host header.
   */
  origin?: string;
  /** The largest request body read, in bytes (default 1 MiB); larger ones get 413. */
  maxBodyBytes?: number;
}

/** Reads a Node request into a standard Request. */
export async function toRequest(req: IncomingMessage, options: NodeHandlerOptions = {}): Promise<Request> {
  const origin = options.origin ?? `http://${req.headers.host ?? 'localhost'}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = req.method ?? 'GET';
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const limit = options.maxBodyBytes ?? 1024 * 1024;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw Object.assign(new Error('request body too large'), { status: 413 });
      chunks.push(chunk);
    }
    body = Buffer.concat(chunks);
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, ...(body ? { body: body as unknown as BodyInit } : {}) });
}

/** Writes a standard Response to a Node response (every `Set-Cookie` kept apart). */
export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/**
 * Adapts a standard handler to `node:http`. An error thrown by the handler answers 500 (413 for a
 * body over the limit) without details.
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * createServer(toNodeHandler(auth.handle, { origin: 'https://dichvucong.example.gov.vn' })).listen(3000);
 * ```
 */
export function toNodeHandler(handler: (request: Request) => Response | Promise<Response>, options: NodeHandlerOptions = {}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await sendResponse(res, await handler(await toRequest(req, options)));
    } catch (error) {
      if (!res.headersSent) res.writeHead((error as { status?: number }).status ?? 500, { 'content-type': 'text/plain' });
      res.end();
    }
  };
}
