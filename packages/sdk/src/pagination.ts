import type { Locale } from '@dvc-kit/contract';
import { validationError } from './http.js';
import { sdkMessage } from './messages.js';

/** One page of a list: its items, the cursor of the next page (`null` on the last) and the total. */
export interface Page<T> {
  /** The items of this page. */
  data: T[];
  /** Pass it back to get the next page; `null` on the last page. */
  nextCursor: string | null;
  /** How many items match in all. */
  total: number;
}

/**
 * A list call. `await` it for one page (with everything the page carries, e.g. facets);
 * iterate it with `for await` for every item, following the cursor; or collect at most `limit`
 * items with {@link PageList.toArray}. Nothing is fetched until you do one of these.
 *
 * @example
 * ```ts
 * const first = await dvc.services.search({ q: 'khai sinh' });          // one page
 * for await (const service of dvc.services.search({ q: 'khai sinh' })) {  // every item
 *   console.log(service.code, service.name);
 * }
 * const some = await dvc.services.search({ q: 'đất đai' }).toArray({ limit: 50 });
 * ```
 */
export class PageList<T, P extends Page<T> = Page<T>> implements PromiseLike<P>, AsyncIterable<T> {
  readonly #fetch: (cursor: string | undefined) => Promise<P>;
  readonly #cursor: string | undefined;
  readonly #locale: Locale;
  #first: Promise<P> | undefined;

  /** @internal Built by the resources; `fetch` loads the page at a cursor. */
  constructor(fetch: (cursor: string | undefined) => Promise<P>, cursor: string | undefined, locale: Locale) {
    this.#fetch = fetch;
    this.#cursor = cursor;
    this.#locale = locale;
  }

  /**
   * Loads the first page (once; awaiting again gives the same page). You rarely call it: `await` does.
   * @example
   * ```ts
   * const page = await dvc.petitions.list({ limit: 5 });
   * ```
   */
  then<A = P, B = never>(
    onfulfilled?: ((value: P) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#load().then(onfulfilled, onrejected);
  }

  #load(): Promise<P> {
    // A failed first page is not kept: awaiting or iterating again asks again.
    return (this.#first ??= this.#fetch(this.#cursor).catch((error: unknown) => {
      this.#first = undefined;
      throw error;
    }));
  }

  /**
   * Every page in turn, following `nextCursor`.
   * @example
   * ```ts
   * for await (const page of dvc.services.search({ q: 'dat dai' }).pages()) console.log(page.data.length);
   * ```
   */
  async *pages(): AsyncGenerator<P, void, undefined> {
    let page = await this.#load();
    yield page;
    while (page.nextCursor) {
      page = await this.#fetch(page.nextCursor);
      yield page;
    }
  }

  /** Every item of every page, following `nextCursor`: what `for await` uses. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  /**
   * At most `limit` items (1–10 000), following the cursor as needed. The limit is required:
   * unbounded reads of a large catalogue are refused.
   * @example
   * ```ts
   * const first50 = await dvc.services.search({ sector: 'G09-TP03' }).toArray({ limit: 50 });
   * ```
   */
  async toArray(options: { limit: number }): Promise<T[]> {
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      throw validationError(this.#locale, [{ path: 'limit', code: 'too_small', message: sdkMessage(this.#locale, 'limit') }]);
    }
    const items: T[] = [];
    for await (const page of this.pages()) {
      for (const item of page.data) {
        items.push(item);
        if (items.length >= limit) return items;
      }
    }
    return items;
  }
}
