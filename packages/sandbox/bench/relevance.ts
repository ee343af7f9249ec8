/**
 * Relevance of the procedure search, measured on the public query set `relevance-queries.json`
 * (queries written the way citizens type them, each with the procedures that would answer it).
 * Shared by `npm run bench:relevance` (prints the figures and every miss) and
 * `src/search/relevance.test.ts` (holds the goals).
 *
 * For each query with answers: the national codes of the first 10 results (national search, as a
 * portal's search box sends it) → hit@1, hit@3, reciprocal rank (0 past 10), and whether the search
 * answered nothing at all. Queries whose answer is "no such procedure" (`accept: []`) check the
 * search says it found nothing that matches well (`match` is not `all`).
 */
import { readFileSync } from 'node:fs';
import { TEST_PUBLISHABLE_KEY } from '../src/config.js';

export interface RelevanceQuery {
  q: string;
  accept: string[];
  kind: string;
}

export interface QueryOutcome extends RelevanceQuery {
  /** National codes of the first results, in order. */
  got: string[];
  /** 1-based rank of the first acceptable result within the first 10, or 0. */
  rank: number;
  total: number;
  match: 'all' | 'partial' | 'none';
}

export interface RelevanceReport {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Share of queries with answers for which the search returned nothing. */
  zeroResultRate: number;
  /** Queries with no procedure in the catalogue: how many the search did not claim to match. */
  noAnswer: { queries: number; saidSo: number };
  byKind: Map<string, { queries: number; hitAt3: number }>;
  outcomes: QueryOutcome[];
}

export function loadQueries(): RelevanceQuery[] {
  const file = new URL('./relevance-queries.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** Asks the sandbox at `baseUrl` every query over HTTP and scores the answers. */
export async function evaluate(baseUrl: string, queries = loadQueries()): Promise<RelevanceReport> {
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const url = `${baseUrl}/v1/services?${new URLSearchParams({ q: query.q, limit: '10' })}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}` } });
    if (response.status !== 200) throw new Error(`${query.q} → HTTP ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { data: { nationalCode: string }[]; total: number; match: QueryOutcome['match'] };
    const got = body.data.map((s) => s.nationalCode);
    const rank = got.findIndex((code) => query.accept.includes(code)) + 1;
    outcomes.push({ ...query, got, rank, total: body.total, match: body.match });
  }
  const answered = outcomes.filter((o) => o.accept.length > 0);
  const share = (list: QueryOutcome[], test: (o: QueryOutcome) => boolean) => (list.length ? list.filter(test).length / list.length : 0);
  const byKind = new Map<string, { queries: number; hitAt3: number }>();
  for (const o of answered) {
    const entry = byKind.get(o.kind) ?? { queries: 0, hitAt3: 0 };
    entry.queries++;
    if (o.rank >= 1 && o.rank <= 3) entry.hitAt3++;
    byKind.set(o.kind, entry);
  }
  const none = outcomes.filter((o) => o.accept.length === 0);
  return {
    queries: answered.length,
    hitAt1: share(answered, (o) => o.rank === 1),
    hitAt3: share(answered, (o) => o.rank >= 1 && o.rank <= 3),
    mrr: answered.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / Math.max(1, answered.length),
    zeroResultRate: share(answered, (o) => o.total === 0),
    noAnswer: { queries: none.length, saidSo: none.filter((o) => o.match !== 'all').length },
    byKind,
    outcomes,
  };
}
