import { ApiError } from '../errors.js';

/** `10 MB`, `1.5 MB`, `12 kB`, `300 B`: one decimal at most. */
const formatBytes = (n: number) =>
  n >= 1024 * 1024 ? `${Math.round(n / 1024 / 102.4) / 10} MB` : n >= 1024 ? `${Math.round(n / 1024)} kB` : `${n} B`;

/**
 * Reads a request body up to `limit` bytes, refusing early on a too-large Content-Length and
 * stopping the stream as soon as a chunked body passes the limit.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new ApiError(413, 'payload_too_large', { limit: formatBytes(limit) });
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ApiError(413, 'payload_too_large', { limit: formatBytes(limit) });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export { formatBytes };
