/**
 * Queries behind the Services routes: full-text search with filters, disjunctive facets and
 * offset pagination; procedures by code; sectors and agencies with their service counts.
 *
 * Search model (see routes/services.ts for the wire side):
 * - The text goes through `queryTerms` (folded, FTS-safe); every term becomes a prefix phrase
 *   `"term"*` and the terms are ANDed against `procedures_fts` (name, keywords, sector, code —
 *   all folded at seed time). Codes are tokens too (tokenchars '.'), so `1.0011` prefix-matches
 *   `1.001193` and `1.001193.h38`.
 * - Order: exact code first; then national records before local instances (unless a province
 *   filter is set); then exact folded-name equality; then bm25 (name 10, keywords 4, sector 1, code 2);
 *   then shorter names; then code. Without text: national first, then code.
 * - Province filter: that province's local instances plus the central-level national procedures
 *   (a citizen of that province can use both); national records of province/commune-level
 *   procedures are left out because their local instance stands in for them.
 * - Replaced procedures never appear in search.
 */
import type {
  Audience, FacetValue, Level, Locale, OnlineLevel, ServiceDetail, ServiceSummary,
} from '@dvc-kit/contract';
import { audienceLabels, levelLabels, onlineLevelLabels } from '@dvc-kit/contract';
import type { Statement } from 'better-sqlite3';
import type { Sandbox } from '../context.js';
import { fold, queryTerms } from '../search/fold.js';
import type { Db } from './db.js';

/** bm25 weights per FTS column: name, keywords, sector, code. */
const BM25 = '10.0, 4.0, 1.0, 2.0';

export interface SearchFilters {
  sector?: string;
  agency?: string;
  province?: string;
  level?: Level;
  audience?: Audience;
  onlineLevel?: OnlineLevel;
}

export interface SearchInput extends SearchFilters {
  q?: string;
  offset: number;
  limit: number;
}

export interface SearchFacets {
  sector: FacetValue[];
  level: FacetValue[];
  audience: FacetValue[];
  onlineLevel: FacetValue[];
}

export interface SearchOutput {
  data: ServiceSummary[];
  total: number;
  facets: SearchFacets;
}

const audienceColumn: Record<Audience, string> = {
  citizen: 'aud_citizen',
  business: 'aud_business',
  organisation: 'aud_organisation',
};

// ---------------------------------------------------------------------------------------------
// Statement cache (per connection) and the SQL function used for exact-name ranking.

const caches = new WeakMap<Db, Map<string, Statement>>();

function stmt(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
    db.function('dvc_fold', { deterministic: true }, (text: unknown) => fold(String(text ?? '')));
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

/** The FTS5 query for a search box's text: `"t1"* "t2"*` (implicit AND), or null when it has no terms. */
export function ftsQuery(q: string | undefined): string | null {
  if (!q) return null;
  const terms = queryTerms(q);
  return terms.length ? terms.map((t) => `"${t}"*`).join(' ') : null;
}

// ---------------------------------------------------------------------------------------------
// Search

interface Where {
  sql: string[];
  params: Record<string, unknown>;
}

/** WHERE clauses for the filters, leaving out `skip` (for disjunctive facets). */
function filterWhere(f: SearchFilters, skip: ReadonlySet<keyof SearchFilters> = new Set()): Where {
  const sql = [`p.status = 'active'`];
  const params: Record<string, unknown> = {};
  if (f.sector && !skip.has('sector')) {
    sql.push('p.sector_code = @sector');
    params.sector = f.sector;
  }
  if (f.agency && !skip.has('agency')) {
    sql.push('p.agency_code = @agency');
    params.agency = f.agency;
  }
  if (f.province && !skip.has('province')) {
    sql.push(`((p.province_code = @province AND p.is_local = 1) OR (p.is_local = 0 AND p.level = 'central'))`);
    params.province = f.province;
  }
  if (f.level && !skip.has('level')) {
    sql.push('p.level = @level');
    params.level = f.level;
  }
  if (f.audience && !skip.has('audience')) sql.push(`p.${audienceColumn[f.audience]} = 1`);
  if (f.onlineLevel && !skip.has('onlineLevel')) {
    sql.push('p.online_level = @onlineLevel');
    params.onlineLevel = f.onlineLevel;
  }
  return { sql, params };
}

interface Combo {
  s: string;
  l: Level;
  ac: number;
  ab: number;
  ao: number;
  o: OnlineLevel;
  n: number;
}

/** Sector names (vi, en) by code, cached per connection: sectors do not change after seeding. */
const sectorNameCache = new WeakMap<Db, Map<string, { vi: string; en: string }>>();
export function sectorNames(db: Db): Map<string, { vi: string; en: string }> {
  let names = sectorNameCache.get(db);
  if (!names) {
    const rows = db.prepare('SELECT code, name, name_en FROM sectors').all() as { code: string; name: string; name_en: string }[];
    names = new Map(rows.map((r) => [r.code, { vi: r.name, en: r.name_en }]));
    if (rows.length) sectorNameCache.set(db, names);
  }
  return names;
}

/** A summary out of the stored detail JSON (the detail is a superset of the summary). */
export function toSummary(d: ServiceDetail): ServiceSummary {
  return {
    code: d.code,
    nationalCode: d.nationalCode,
    name: d.name,
    sector: d.sector,
    agency: d.agency,
    level: d.level,
    province: d.province,
    audiences: d.audiences,
    onlineLevel: d.onlineLevel,
    processingTime: d.processingTime,
    feeFrom: d.feeFrom,
    status: d.status,
  };
}

/**
 * One page of search results, the total and the facets. Two queries: one grouped count of the
 * facet dimensions over the text match + non-facet filters (total and every disjunctive facet are
 * derived from it in JS), and one ranked page of ids.
 */
export function searchServices(sb: Sandbox, input: SearchInput, locale: Locale): SearchOutput {
  const db = sb.db;
  const match = ftsQuery(input.q);
  const from = match
    ? 'procedures_fts f JOIN procedures p ON p.id = f.rowid'
    : 'procedures p';
  const matchSql = match ? ['procedures_fts MATCH @match'] : [];
  const matchParams = match ? { match } : {};

  // 1. Facet combinations over everything but the facet filters.
  const base = filterWhere(input, new Set(['sector', 'level', 'audience', 'onlineLevel']));
  const combos = stmt(
    db,
    `SELECT p.sector_code AS s, p.level AS l, p.aud_citizen AS ac, p.aud_business AS ab,
            p.aud_organisation AS ao, p.online_level AS o, count(*) AS n
       FROM ${from} WHERE ${[...matchSql, ...base.sql].join(' AND ')}
      GROUP BY 1, 2, 3, 4, 5, 6`,
  ).all({ ...matchParams, ...base.params }) as Combo[];

  const hasAudience = (c: Combo, a: Audience) => (a === 'citizen' ? c.ac : a === 'business' ? c.ab : c.ao) === 1;
  const passes = (c: Combo, skip?: 'sector' | 'level' | 'audience' | 'onlineLevel') =>
    (skip === 'sector' || !input.sector || c.s === input.sector) &&
    (skip === 'level' || !input.level || c.l === input.level) &&
    (skip === 'audience' || !input.audience || hasAudience(c, input.audience)) &&
    (skip === 'onlineLevel' || !input.onlineLevel || c.o === input.onlineLevel);

  let total = 0;
  const counts = {
    sector: new Map<string, number>(),
    level: new Map<string, number>(),
    audience: new Map<string, number>(),
    onlineLevel: new Map<string, number>(),
  };
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const c of combos) {
    if (passes(c)) total += c.n;
    if (passes(c, 'sector')) add(counts.sector, c.s, c.n);
    if (passes(c, 'level')) add(counts.level, c.l, c.n);
    if (passes(c, 'onlineLevel')) add(counts.onlineLevel, c.o, c.n);
    if (passes(c, 'audience')) {
      for (const a of ['citizen', 'business', 'organisation'] as const) if (hasAudience(c, a)) add(counts.audience, a, c.n);
    }
  }
  const names = sectorNames(db);
  const facet = (m: Map<string, number>, label: (value: string) => string): FacetValue[] =>
    [...m]
      .map(([value, count]) => ({ value, label: label(value), count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const facets: SearchFacets = {
    sector: facet(counts.sector, (v) => names.get(v)?.[locale] ?? v),
    level: facet(counts.level, (v) => levelLabels[v as Level]?.[locale] ?? v),
    audience: facet(counts.audience, (v) => audienceLabels[v as Audience]?.[locale] ?? v),
    onlineLevel: facet(counts.onlineLevel, (v) => onlineLevelLabels[v as OnlineLevel]?.[locale] ?? v),
  };

  // 2. The page.
  if (input.offset >= total) return { data: [], total, facets };
  const where = filterWhere(input);
  const order: string[] = [];
  const params: Record<string, unknown> = { ...matchParams, ...where.params, limit: input.limit, offset: input.offset };
  if (match) {
    const qfold = fold(input.q!);
    params.qfold = qfold;
    params.qlen = qfold.length;
    order.push(`CASE WHEN lower(p.code) = @qfold THEN 0 ELSE 1 END`);
  }
  // National records first: without a province, 34 local copies of one name would crowd out the rest.
  if (!input.province) order.push('p.is_local');
  if (match) {
    order.push(`CASE WHEN length(p.name) = @qlen AND dvc_fold(p.name) = @qfold THEN 0 ELSE 1 END`);
    order.push(`bm25(procedures_fts, ${BM25})`, 'length(p.name)');
  }
  order.push('p.code');
  const ids = stmt(
    db,
    `SELECT p.id FROM ${from} WHERE ${[...matchSql, ...where.sql].join(' AND ')}
      ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`,
  ).pluck().all(params) as number[];
  const detail = stmt(db, 'SELECT detail FROM procedures WHERE id = ?').pluck();
  const data = ids.map((id) => toSummary(JSON.parse(detail.get(id) as string) as ServiceDetail));
  return { data, total, facets };
}

// ---------------------------------------------------------------------------------------------
// Procedures by code

interface CodeRow {
  code: string;
  status: 'active' | 'replaced';
  replaced_by: string | null;
  detail: string;
}

/**
 * A procedure's detail by code. A replaced code answers with the procedure that replaced it,
 * following chains (at most 10 hops; a loop or a dangling link ends at the last record found).
 */
export function getService(sb: Sandbox, code: string): ServiceDetail | undefined {
  const byCode = stmt(sb.db, 'SELECT code, status, replaced_by, detail FROM procedures WHERE code = ?');
  let row = byCode.get(code) as CodeRow | undefined;
  const seen = new Set<string>();
  while (row && row.status === 'replaced' && row.replaced_by && !seen.has(row.code) && seen.size < 10) {
    seen.add(row.code);
    const next = byCode.get(row.replaced_by) as CodeRow | undefined;
    if (!next) break;
    row = next;
  }
  return row ? (JSON.parse(row.detail) as ServiceDetail) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Sectors and agencies

export interface SectorRow {
  code: string;
  name: string;
  serviceCount: number;
}

/** Sectors with the number of active national procedures in each, ordered by code. */
export function listSectors(sb: Sandbox, locale: Locale): SectorRow[] {
  const rows = stmt(
    sb.db,
    `SELECT s.code, s.name, s.name_en,
            (SELECT count(*) FROM procedures p
              WHERE p.sector_code = s.code AND p.is_local = 0 AND p.status = 'active') AS n
       FROM sectors s ORDER BY s.code`,
  ).all() as { code: string; name: string; name_en: string; n: number }[];
  return rows.map((r) => ({ code: r.code, name: locale === 'en' ? r.name_en : r.name, serviceCount: r.n }));
}

export interface AgencyRow {
  code: string;
  name: string;
  level: Level;
  province: { code: string; name: string } | null;
  serviceCount: number;
}

/**
 * Code of the placeholder agency of national records of province- and commune-level procedures:
 * who carries them out depends on the province, so the national record names no real agency.
 */
export const LOCAL_PLACEHOLDER_AGENCY = '000.00.00.DP';

/**
 * Agencies (optionally of one province and/or level) with the number of active procedures each
 * carries out. The national placeholder agency ("Theo địa phương") is not listed.
 */
export function listAgencies(
  sb: Sandbox,
  filters: { province?: string; level?: Level },
  provinceName: (code: string) => string | undefined,
): AgencyRow[] {
  const where = ['a.code <> @placeholder'];
  const params: Record<string, unknown> = { placeholder: LOCAL_PLACEHOLDER_AGENCY };
  if (filters.province) {
    where.push('a.province_code = @province');
    params.province = filters.province;
  }
  if (filters.level) {
    where.push('a.level = @level');
    params.level = filters.level;
  }
  const rows = stmt(
    sb.db,
    `SELECT a.code, a.name, a.level, a.province_code,
            (SELECT count(*) FROM procedures p WHERE p.agency_code = a.code AND p.status = 'active') AS n
       FROM agencies a WHERE ${where.join(' AND ')}
      ORDER BY a.province_code IS NOT NULL, a.province_code, a.code`,
  ).all(params) as { code: string; name: string; level: Level; province_code: string | null; n: number }[];
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    province: r.province_code ? { code: r.province_code, name: provinceName(r.province_code) ?? r.province_code } : null,
    serviceCount: r.n,
  }));
}
