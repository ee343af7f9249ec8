// Flows shared by the SDK's resource tests (dossiers, attachments, payments, faults): waiting for a
// condition, collecting a watch, moving a dossier along a path, paying at the sandbox's gateway.
import assert from 'node:assert/strict';
import { paymentProviders, type DossierEvent } from '@dvc-kit/contract';
import { minimalPdf, moveDossier, validSubmission } from './test-support.js';

/** A valid birth registration (no fees) in Thanh Hóa, its documents uploaded to the sandbox at `url`. */
export const birthRegistration = (url: string) => validSubmission(url, '1.001193', { province: '38' });
/** A valid permanent residence registration in Thanh Hóa: 10 000 VND online, so it can be paid. */
export const residenceRegistration = (url: string) => validSubmission(url, '1.004222', { province: '38' });
/** The sandbox's minimal PDF, typed as a plain `Uint8Array<ArrayBuffer>` for `Blob`/`File` parts. */
export const pdfBytes = (): Uint8Array<ArrayBuffer> => new Uint8Array(minimalPdf());
export const RETURN_URL = 'http://localhost:5173/ho-so/thanh-toan?tab=phi';

/** Polls `predicate` every 10 ms until it holds; fails after `timeout` ms with `what`. */
export async function waitUntil(predicate: () => boolean, what = 'condition', timeout = 5_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Consumes an async iterable into `into` in the background; the promise settles when the loop ends. */
export function collect<T>(iterable: AsyncIterable<T>, into: T[] = []): { events: T[]; done: Promise<T[]> } {
  const done = (async () => {
    for await (const item of iterable) into.push(item);
    return into;
  })();
  // Surface failures through `done` only (no unhandled rejection before it is awaited).
  done.catch(() => {});
  return { events: into, done };
}

/** Moves a dossier through `statuses` with the admin route (secret key), asserting each move. */
export async function moveThrough(url: string, code: string, statuses: string[], after?: (status: string) => Promise<void>): Promise<void> {
  for (const status of statuses) {
    const moved = await moveDossier(url, code, status, status === 'waiting' ? 'Bổ sung bản sao giấy chứng sinh' : undefined);
    assert.equal(moved.status, 200, `move to ${status}: ${JSON.stringify(moved.body)}`);
    await after?.(status);
  }
}

/** `[id, status]` pairs of events: what SSE and polling must agree on. */
export const idsAndStatuses = (events: Pick<DossierEvent, 'id' | 'status'>[]) => events.map((e) => [e.id, e.status] as const);

/**
 * Pays (or fails, or cancels) at the sandbox's gateway page the way a browser would: opens the
 * checkout page, then posts its form. Returns the redirect location (the return URL plus
 * `payment` and `status`).
 */
export async function completeCheckout(checkoutUrl: string, action: 'succeed' | 'fail' | 'cancel' = 'succeed'): Promise<string> {
  const page = await fetch(checkoutUrl);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
  const html = await page.text();
  assert.match(html, /<form method="post"/);
  const posted = await fetch(checkoutUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ bank: paymentProviders[0]!.code, action }),
    redirect: 'manual',
  });
  await posted.body?.cancel();
  assert.equal(posted.status, 303, `gateway answered ${posted.status}`);
  return posted.headers.get('location')!;
}

/** Runs `work` over `items`, at most `concurrency` at a time, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
