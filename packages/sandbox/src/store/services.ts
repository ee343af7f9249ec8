/**
 * Queries behind the Services routes: full-text search with filters, disjunctive facets and
 * offset pagination; procedures by code; sectors and agencies with their service counts.
 *
 * Search model (see routes/services.ts for the wire side):
 * - The text goes through `queryTerms` (folded, FTS-safe); every term becomes a prefix phrase
 *   `"term"*` and the terms are ANDed against `procedures_fts` (name, keywords, sector, code —
 *   all folded at seed time). Codes are tokens too (tokenchars '.'), so `1.0011` prefix-matches
 *   `1.001193` and `1.001193.h38`.
 * - Order with text: national records before local instances (unless a province filter is set,
 *   so the national catalogue is not drowned by 34 copies of each local procedure); then exact
 *   folded-name (or code) equality; then bm25 (name 10, keywords 4, sector 1, code 2); then
 *   shorter names; then code. Without text: national first, then code.
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

// ---------------------------------------------------------------------------------------------
// Statement cache (per connection).

const caches = new WeakMap<Db, Map<string, Statement>>();

function stmt(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
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
// The catalogue in memory
//
// Procedures never change after seeding, so the attributes search filters, facets and orders on
// are loaded once per connection (lazily, on the first search: ~0.3 s for 100,000 procedures) into
// typed arrays indexed by procedure id. SQLite then only does the full-text match (rowid + bm25);
// filtering, disjunctive facet counts and ordering run over the arrays. Grouped SQL counts over
// tens of thousands of joined rows were the slow part (~0.2 s for a one-letter query).

const LEVELS: readonly Level[] = ['central', 'province', 'commune'];
const ONLINE: readonly OnlineLevel[] = ['full', 'partial', 'none'];
const AUDIENCES: readonly Audience[] = ['citizen', 'business', 'organisation'];
const AUD_BIT: Record<Audience, number> = { citizen: 1, business: 2, organisation: 4 };

interface Catalogue {
  /** `max(id)` when loaded: a cheap guard should procedures ever be added later. */
  maxId: number;
  active: Uint8Array;
  local: Uint8Array;
  level: Uint8Array;
  /** Province code as a number (38 for `38`); 0 for national records. */
  province: Uint8Array;
  sector: Uint16Array;
  agency: Uint32Array;
  aud: Uint8Array;
  online: Uint8Array;
  nameLength: Uint16Array;
  names: string[];
  codes: string[];
  /** Position of each id when ordered by (length(name), code): the final tie-breakers as one number. */
  tieRank: Uint32Array;
  /** Ids in browse order (national first, then code): the order without search text. */
  browseOrder: Uint32Array;
  sectorCodes: string[];
  sectorIndex: Map<string, number>;
  agencyIndex: Map<string, number>;
  /** Active national records per sector code; active procedures per agency code. */
  sectorCounts: Map<string, number>;
  agencyCounts: Map<string, number>;
}

const catalogues = new WeakMap<Db, Catalogue>();

function catalogue(db: Db): Catalogue {
  const maxId = (stmt(db, 'SELECT coalesce(max(id), 0) FROM procedures').pluck().get() as number) ?? 0;
  const cached = catalogues.get(db);
  if (cached && cached.maxId === maxId) return cached;
  const size = maxId + 1;
  const c: Catalogue = {
    maxId,
    active: new Uint8Array(size),
    local: new Uint8Array(size),
    level: new Uint8Array(size),
    province: new Uint8Array(size),
    sector: new Uint16Array(size),
    agency: new Uint32Array(size),
    aud: new Uint8Array(size),
    online: new Uint8Array(size),
    nameLength: new Uint16Array(size),
    names: new Array<string>(size),
    codes: new Array<string>(size),
    tieRank: new Uint32Array(size),
    browseOrder: new Uint32Array(0),
    sectorCodes: [],
    sectorIndex: new Map(),
    agencyIndex: new Map(),
    sectorCounts: new Map(),
    agencyCounts: new Map(),
  };
  const index = (map: Map<string, number>, key: string, list?: string[]) => {
    let i = map.get(key);
    if (i === undefined) {
      i = map.size;
      map.set(key, i);
      list?.push(key);
    }
    return i;
  };
  const rows = stmt(
    db,
    `SELECT id, code, is_local, name, sector_code, agency_code, level, province_code,
            aud_citizen, aud_business, aud_organisation, online_level, status FROM procedures`,
  ).raw().iterate() as IterableIterator<
    [number, string, number, string, string, string, Level, string | null, number, number, number, OnlineLevel, string]
  >;
  const ids: number[] = [];
  for (const [id, code, isLocal, name, sector, agency, level, province, ac, ab, ao, online, status] of rows) {
    ids.push(id);
    const active = status === 'active';
    c.active[id] = active ? 1 : 0;
    c.local[id] = isLocal;
    c.level[id] = LEVELS.indexOf(level);
    c.province[id] = province ? Number(province) : 0;
    c.sector[id] = index(c.sectorIndex, sector, c.sectorCodes);
    c.agency[id] = index(c.agencyIndex, agency);
    c.aud[id] = (ac ? 1 : 0) | (ab ? 2 : 0) | (ao ? 4 : 0);
    c.online[id] = ONLINE.indexOf(online);
    c.nameLength[id] = Math.min(name.length, 65535);
    c.names[id] = name;
    c.codes[id] = code;
    if (active) {
      c.agencyCounts.set(agency, (c.agencyCounts.get(agency) ?? 0) + 1);
      if (!isLocal) c.sectorCounts.set(sector, (c.sectorCounts.get(sector) ?? 0) + 1);
    }
  }
  const byCode = (a: number, b: number) => (c.codes[a]! < c.codes[b]! ? -1 : c.codes[a]! > c.codes[b]! ? 1 : 0);
  const tie = [...ids].sort((a, b) => c.nameLength[a]! - c.nameLength[b]! || byCode(a, b));
  tie.forEach((id, i) => (c.tieRank[id] = i));
  c.browseOrder = Uint32Array.from([...ids].sort((a, b) => c.local[a]! - c.local[b]! || byCode(a, b)));
  catalogues.set(db, c);
  return c;
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

// ---------------------------------------------------------------------------------------------
// Search

/**
 * Above this many text matches (a one- or two-letter query over the 100,000-procedure benchmark
 * catalogue), bm25 is not computed — it costs more than the match itself and ranks little of
 * value — and such results are ordered by the other keys (national first, exact name, shorter
 * names, code). The real catalogue (~1,300 rows) never reaches it.
 */
export const BM25_MAX_MATCHES = 20_000;

interface TextMatch {
  ids: number[];
  /** bm25 by id (lower is better), or null when the match was too broad to rank. */
  scores: Float64Array | null;
}

/** Recent text matches per catalogue (the catalogue never changes, so neither do they): pages and facet clicks reuse them. */
const matchCaches = new WeakMap<Catalogue, Map<string, TextMatch>>();
const MATCH_CACHE_SIZE = 24;

function textMatch(db: Db, c: Catalogue, match: string): TextMatch {
  let cache = matchCaches.get(c);
  if (!cache) matchCaches.set(c, (cache = new Map()));
  const cached = cache.get(match);
  if (cached) {
    cache.delete(match);
    cache.set(match, cached); // most recently used last
    return cached;
  }
  const ids = stmt(db, 'SELECT rowid FROM procedures_fts WHERE procedures_fts MATCH ?').pluck().all(match) as number[];
  let scores: Float64Array | null = null;
  if (ids.length <= BM25_MAX_MATCHES) {
    scores = new Float64Array(c.maxId + 1);
    const rows = stmt(
      db,
      `SELECT rowid, bm25(procedures_fts, ${BM25}) FROM procedures_fts WHERE procedures_fts MATCH ?`,
    ).raw().all(match) as [number, number][];
    for (const [id, score] of rows) if (id <= c.maxId) scores[id] = score;
  }
  const result = { ids, scores };
  cache.set(match, result);
  if (cache.size > MATCH_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}

/**
 * One page of search results, the total and the facets. SQLite answers the text match (rowids and
 * bm25 scores); everything else runs over the in-memory catalogue.
 */
export function searchServices(sb: Sandbox, input: SearchInput, locale: Locale): SearchOutput {
  const c = catalogue(sb.db);
  const match = ftsQuery(input.q);

  // Candidates: every id (browse order) or the text matches with their scores.
  let candidates: ArrayLike<number>;
  let scores: Float64Array | null = null;
  if (match) {
    const hit = textMatch(sb.db, c, match);
    candidates = hit.ids;
    scores = hit.scores;
  } else {
    candidates = c.browseOrder;
  }

  // Filters as numbers; a value the catalogue does not know matches nothing.
  const sectorF = input.sector === undefined ? -1 : (c.sectorIndex.get(input.sector) ?? -2);
  const agencyF = input.agency === undefined ? -1 : (c.agencyIndex.get(input.agency) ?? -2);
  const provinceF = input.province === undefined ? -1 : Number(input.province);
  const levelF = input.level === undefined ? -1 : LEVELS.indexOf(input.level);
  const audF = input.audience === undefined ? 0 : AUD_BIT[input.audience];
  const onlineF = input.onlineLevel === undefined ? -1 : ONLINE.indexOf(input.onlineLevel);

  const sectorCount = new Map<number, number>();
  const levelCount = [0, 0, 0];
  const audCount = [0, 0, 0];
  const onlineCount = [0, 0, 0];
  const matching: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const id = candidates[i]!;
    if (id > c.maxId || !c.active[id]) continue;
    if (agencyF !== -1 && c.agency[id] !== agencyF) continue;
    if (provinceF !== -1 && !(c.local[id] ? c.province[id] === provinceF : c.level[id] === 0)) continue;
    // Disjunctive facets: each dimension is counted with every filter but its own.
    const okSector = sectorF === -1 || c.sector[id] === sectorF;
    const okLevel = levelF === -1 || c.level[id] === levelF;
    const okAud = audF === 0 || (c.aud[id]! & audF) !== 0;
    const okOnline = onlineF === -1 || c.online[id] === onlineF;
    if (okLevel && okAud && okOnline) sectorCount.set(c.sector[id]!, (sectorCount.get(c.sector[id]!) ?? 0) + 1);
    if (okSector && okAud && okOnline) levelCount[c.level[id]!]!++;
    if (okSector && okLevel && okOnline) {
      const bits = c.aud[id]!;
      if (bits & 1) audCount[0]!++;
      if (bits & 2) audCount[1]!++;
      if (bits & 4) audCount[2]!++;
    }
    if (okSector && okLevel && okAud) onlineCount[c.online[id]!]!++;
    if (okSector && okLevel && okAud && okOnline) matching.push(id);
  }
  const total = matching.length;

  const names = sectorNames(sb.db);
  const facet = (entries: [string, number][], label: (value: string) => string): FacetValue[] =>
    entries
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, label: label(value), count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const facets: SearchFacets = {
    sector: facet([...sectorCount].map(([i, n]) => [c.sectorCodes[i]!, n]), (v) => names.get(v)?.[locale] ?? v),
    level: facet(LEVELS.map((l, i) => [l, levelCount[i]!]), (v) => levelLabels[v as Level][locale]),
    audience: facet(AUDIENCES.map((a, i) => [a, audCount[i]!]), (v) => audienceLabels[v as Audience][locale]),
    onlineLevel: facet(ONLINE.map((o, i) => [o, onlineCount[i]!]), (v) => onlineLevelLabels[v as OnlineLevel][locale]),
  };

  // The page. Without text the candidates were already in browse order.
  if (input.offset >= total) return { data: [], total, facets };
  let ordered = matching;
  if (match) {
    // Primary key: (unless a province is chosen) national before local, then exact folded name (or code).
    const qfold = fold(input.q!);
    const nationalFirst = input.province === undefined;
    const primary = new Uint8Array(c.maxId + 1);
    for (const id of matching) {
      const exact =
        (c.nameLength[id] === qfold.length && fold(c.names[id]!) === qfold) || c.codes[id]!.toLowerCase() === qfold;
      primary[id] = (nationalFirst ? c.local[id]! * 2 : 0) + (exact ? 0 : 1);
    }
    const score = scores;
    ordered = score
      ? matching.sort((a, b) => primary[a]! - primary[b]! || score[a]! - score[b]! || c.tieRank[a]! - c.tieRank[b]!)
      : matching.sort((a, b) => primary[a]! - primary[b]! || c.tieRank[a]! - c.tieRank[b]!);
  }
  const detail = stmt(sb.db, 'SELECT detail FROM procedures WHERE id = ?').pluck();
  const data = ordered
    .slice(input.offset, input.offset + input.limit)
    .map((id) => toSummary(JSON.parse(detail.get(id) as string) as ServiceDetail));
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
  const counts = catalogue(sb.db).sectorCounts;
  const rows = stmt(sb.db, 'SELECT code, name, name_en FROM sectors ORDER BY code').all() as {
    code: string;
    name: string;
    name_en: string;
  }[];
  return rows.map((r) => ({ code: r.code, name: locale === 'en' ? r.name_en : r.name, serviceCount: counts.get(r.code) ?? 0 }));
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
  const counts = catalogue(sb.db).agencyCounts;
  const rows = stmt(
    sb.db,
    `SELECT a.code, a.name, a.level, a.province_code FROM agencies a WHERE ${where.join(' AND ')}
      ORDER BY a.province_code IS NOT NULL, a.province_code, a.code`,
  ).all(params) as { code: string; name: string; level: Level; province_code: string | null }[];
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    province: r.province_code ? { code: r.province_code, name: provinceName(r.province_code) ?? r.province_code } : null,
    serviceCount: counts.get(r.code) ?? 0,
  }));
}
