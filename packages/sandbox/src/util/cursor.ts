/**
 * Opaque cursors of keyset pagination over `(time DESC, code DESC)`: the last row's pair, as
 * base64url JSON. A cursor that does not decode to a pair with a date first is `null` (a 400 for
 * the caller to name).
 */
export const encodeCursor = (time: string, code: string): string =>
  Buffer.from(JSON.stringify([time, code])).toString('base64url');

export function decodeCursor(cursor: string): [time: string, code: string] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' &&
      !Number.isNaN(Date.parse(value[0]))
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // falls through
  }
  return null;
}
