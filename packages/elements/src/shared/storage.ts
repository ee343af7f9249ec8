/**
 * A visitor's choice kept on the site (`localStorage`, key `dvc-kit:<name>`), e.g. the province a
 * search box searches. Storage may be missing or throw (private modes, blocked cookies, a full
 * quota): then nothing is remembered, and nothing fails.
 */
export function recall(name: string): string | undefined {
  try {
    return localStorage.getItem(`dvc-kit:${name}`) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `dvc-kit:<name>`, or forgets it when `value` is `undefined`. See {@link recall}. */
export function remember(name: string, value?: string): void {
  try {
    if (value === undefined) localStorage.removeItem(`dvc-kit:${name}`);
    else localStorage.setItem(`dvc-kit:${name}`, value);
  } catch {
    // Not remembered: storage is unavailable or full.
  }
}
