// The idempotent submit (one record per draft, whatever happens to the network or the page).
//
//   const submit = new IdempotentSubmit(this._draft);
//   const { result, body, earlier } = await submit.send(JSON.stringify(input),
//     (json, idempotencyKey) => this.api(petitions).submit(JSON.parse(json), { idempotencyKey, signal }));
//   // on failure: submit.failed(error) (then show it); on success: draft.clear()
//
// The key is the draft's (`DraftController.idempotencyKey`), so it survives a reload. The body first
// sent under it is kept in the draft (`sent`) until the portal refuses that body for good
// (`definitive`), after which changed answers get a fresh key.
import { isDvcError } from '@dvc-kit/sdk/core';
import type { DraftController } from '../draft.js';

/**
 * A refusal after which the portal holds no record under the key: nothing was sent, or a 4xx other
 * than 408 (timeout), 409 (the key is busy or was used for another body) and 429 (busy). Anything
 * else (a lost answer, a timeout, a server error) may have created the record: keep the key.
 */
export function definitive(error: unknown): boolean {
  if (!isDvcError(error)) return false;
  if (error.type === 'validation') return true;
  return error.status >= 400 && error.status < 500 && ![408, 409, 429].includes(error.status);
}

/** What a send gave: the record, the body it was recorded from, and whether that was an earlier send's body. */
export interface Sent<R> {
  result: R;
  /** The body (JSON) the record was made from: an earlier one when `earlier`. */
  body: string;
  /** An earlier send, made before the answers changed, reached the portal (its answer was lost): that one counts. */
  earlier: boolean;
}

export class IdempotentSubmit<V> {
  constructor(private readonly draft: DraftController<V>) {}

  /**
   * Sends `body` under the draft's key. When the portal says the key was used for another body
   * (`idempotency_key_reused`) an earlier send reached it: that body is sent again to learn its
   * answer (the record, or a refusal that frees the key for the new body).
   */
  async send<R>(body: string, request: (body: string, idempotencyKey: string) => Promise<R>): Promise<Sent<R>> {
    const draft = this.draft;
    const saved = draft.draft;
    // A key whose body was refused for good holds nothing: changed answers get a fresh key.
    if (saved?.rejected && saved.sent !== body) draft.clear();
    const sent = draft.draft?.sent ?? body;
    draft.save(undefined, { sent, rejected: false });
    const key = draft.idempotencyKey;
    try {
      return { result: await request(body, key), body, earlier: false };
    } catch (error) {
      if (!(isDvcError(error) && error.code === 'idempotency_key_reused' && sent !== body)) throw error;
    }
    try {
      return { result: await request(sent, key), body: sent, earlier: true };
    } catch (previous) {
      if (!definitive(previous)) throw previous;
    }
    const values = draft.draft?.values;
    draft.clear();
    draft.save(values, { sent: body, rejected: false });
    return { result: await request(body, draft.idempotencyKey), body, earlier: false };
  }

  /** Records a failed send: a definitive refusal frees the key for changed answers. */
  failed(error: unknown): void {
    if (this.draft.draft) this.draft.save(undefined, { rejected: definitive(error) });
  }
}
