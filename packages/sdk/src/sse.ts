/** One Server-Sent Event. */
export interface ServerSentEvent {
  event: string;
  data: string;
  id: string | undefined;
}

/**
 * Parses a `text/event-stream` body (WHATWG HTML § 9.2) into events. Ends when the stream ends, or
 * when nothing (not even a keep-alive comment) arrives for `idleMs` — a half-open connection after
 * a network switch — so the caller can reconnect; cancels the stream when the loop stops early or
 * `signal` aborts.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>, signal?: AbortSignal, idleMs = 45_000): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cancel = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  let idle: ReturnType<typeof setTimeout> | undefined;
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  try {
    for (;;) {
      clearTimeout(idle);
      idle = setTimeout(cancel, idleMs);
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A \r at the end of a chunk may be half of \r\n: hold it back until the next chunk.
      const held = !done && buffer.endsWith('\r');
      const lines = (held ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
      // The last piece may be a partial line: keep it for the next chunk.
      buffer = done ? '' : lines.pop()! + (held ? '\r' : '');
      for (const line of lines) {
        if (line === '') {
          if (data.length) yield { event: event || 'message', data: data.join('\n'), id };
          event = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id' && !value.includes('\0')) id = value;
      }
      if (done) return;
    }
  } finally {
    clearTimeout(idle);
    signal?.removeEventListener('abort', cancel);
    cancel();
  }
}
