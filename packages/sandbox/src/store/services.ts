/**
 * Queries behind the Services routes: search with filters, disjunctive facets and pages; procedures
 * by code; sectors and agencies with their service counts.
 *
 * Search model (see routes/services.ts for the wire side, search/engine.ts for the text):
 * - Two views. **National** (no province): each national record once; a province- or commune-level
 *   record stands for its provinces' local copies (`localCopies` says how many). **Province** (a
 *   `province`, or an agency of one province): that province's local copies plus the central-level
 *   national procedures, which a citizen of that province can use too.
 * - The text is scored per national record by the engine (a local copy has its record's name);
 *   records that match nothing well are left out. Order: an exact code first, then the engine's
 *   score (exact name, coverage of the text, words in order), then popularity (dossiers per year),
 *   then shorter names, then code. Without text: popularity, then the same tie-breakers.
 * - `match` says whether the first result covers every word that matters (`all`), only some
 *   (`partial`), or nothing matched (`none`); when not `all`, `popular` lists the most used
 *   procedures under the same filters so a search never ends empty-handed.
 * - Facets are disjunctive: each is counted with every filter but its own. The province facet
 *   counts what choosing that province would list (its copies plus the central procedures).
 * - Replaced procedures never appear in search; their codes find the procedure that replaced them.
 */
import type {
  Audience, FacetValue, Level, Locale, OnlineLevel, SearchMatch, ServiceDetail, ServiceSummary,
} from '@dvc-kit/contract';
import { audienceLabels, levelLabels, localAgency, onlineLevelLabels, provinces } from '@dvc-kit/contract';
import type { Statement } from 'better-sqlite3';
import type { Sandbox } from '../context.js';
import { SearchIndex } from '../search/engine.js';
import type { Db } from './db.js';
import { republishedCopyCode } from './procedures.js';

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
  province: FacetValue[];
  agency: FacetValue[];
}

export interface SearchOutput {
  data: ServiceSummary[];
  total: number;
  match: SearchMatch;
  popular: ServiceSummary[];
  facets: SearchFacets;
}

/** How many most-used procedures a search that did not match well offers. */
export const POPULAR_COUNT = 5;

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

// ---------------------------------------------------------------------------------------------
// The catalogue in memory
//
// Procedures change only when the seed catalogue does (then they are all replaced), so what search
// filters, facets and orders on is loaded once per connection (lazily, on the first search) into
// typed arrays indexed by procedure id, with the text index over the national records.

const LEVELS: readonly Level[] = ['central', 'province', 'commune'];
const ONLINE: readonly OnlineLevel[] = ['full', 'partial', 'none'];
const AUDIENCES: readonly Audience[] = ['citizen', 'business', 'organisation'];
const AUD_BIT: Record<Audience, number> = { citizen: 1, business: 2, organisation: 4 };
const PROVINCE_CODES = provinces.map((p) => p.code);
const PROVINCE_NAMES = new Map(provinces.map((p) => [p.code, p.name]));
const PROVINCE_NUMBERS = provinces.map((p) => Number(p.code));

interface Catalogue {
  /** The catalogue version it was loaded at (reloaded when the catalogue is reseeded), and `max(id)`. */
  maxId: number;
  version: string;
  /** Sector names (vi, en) by code. */
  sectorNames: Map<string, { vi: string; en: string }>;
  active: Uint8Array;
  local: Uint8Array;
  level: Uint8Array;
  /** Province code as a number (38 for `38`); 0 for national records. */
  province: Uint8Array;
  sector: Uint16Array;
  agency: Uint32Array;
  aud: Uint8Array;
  online: Uint8Array;
  codes: string[];
  /** Position in (popularity desc, shorter name, code) over every row: the ties' order as one number. */
  rank: Uint32Array;
  /** The text index's record (active national record) of each row; -1 for replaced rows. */
  groupOf: Int32Array;
  /** Per group: the national record's row id. */
  groupRow: Uint32Array;
  /**
   * Active local copies: per group, its slot in `copyRows` (-1 when it has none) and how many it
   * has; `copyRows[slot * 100 + province]` is the copy's row id in that province, or -1.
   */
  copySlot: Int32Array;
  copyCount: Uint8Array;
  copyRows: Int32Array;
  index: SearchIndex;
  codeIndex: Map<string, number>;
  sectorCodes: string[];
  sectorIndex: Map<string, number>;
  agencyCodes: string[];
  agencyIndex: Map<string, number>;
  agencyNames: Map<string, string>;
  /** Province of each provincial agency (by code). */
  agencyProvince: Map<string, string>;
  /** Active national records per sector code; active procedures per agency code. */
  sectorCounts: Map<string, number>;
  agencyCounts: Map<string, number>;
}

const catalogues = new WeakMap<Db, Catalogue>();

function catalogue(db: Db): Catalogue {
  // One cheap check per search: only seeding writes procedures, and it writes a new version.
  const version = (stmt(db, "SELECT value FROM meta WHERE key = 'catalogue_version'").pluck().get() as string | undefined) ?? '';
  const cached = catalogues.get(db);
  if (cached && cached.version === version) return cached;
  const maxId = (stmt(db, 'SELECT coalesce(max(id), 0) FROM procedures').pluck().get() as number) ?? 0;
  const size = maxId + 1;
  const sectorRows = db.prepare('SELECT code, name, name_en FROM sectors').all() as { code: string; name: string; name_en: string }[];
  const sectorNamesByCode = new Map(sectorRows.map((r) => [r.code, { vi: r.name, en: r.name_en }]));
  const c: Omit<Catalogue, 'index' | 'groupRow'> & { index?: SearchIndex; groupRow?: Uint32Array } = {
    maxId,
    version,
    sectorNames: sectorNamesByCode,
    active: new Uint8Array(size),
    local: new Uint8Array(size),
    level: new Uint8Array(size),
    province: new Uint8Array(size),
    sector: new Uint16Array(size),
    agency: new Uint32Array(size),
    aud: new Uint8Array(size),
    online: new Uint8Array(size),
    codes: new Array<string>(size),
    rank: new Uint32Array(size),
    groupOf: new Int32Array(size).fill(-1),
    copySlot: new Int32Array(0),
    copyCount: new Uint8Array(0),
    copyRows: new Int32Array(0),
    codeIndex: new Map(),
    sectorCodes: [],
    sectorIndex: new Map(),
    agencyCodes: [],
    agencyIndex: new Map(),
    agencyNames: new Map(),
    agencyProvince: new Map(),
    sectorCounts: new Map(),
    agencyCounts: new Map(),
  };
  const index = (map: Map<string, number>, key: string, list: string[]) => {
    let i = map.get(key);
    if (i === undefined) {
      i = map.size;
      map.set(key, i);
      list.push(key);
    }
    return i;
  };
  for (const a of stmt(db, 'SELECT code, name, province_code FROM agencies').raw().iterate() as IterableIterator<[string, string, string | null]>) {
    c.agencyNames.set(a[0], a[1]);
    if (a[2]) c.agencyProvince.set(a[0], a[2]);
  }
  const all = stmt(
    db,
    `SELECT id, code, national_code, is_local, name, sector_code, agency_code, level, province_code,
            aud_citizen, aud_business, aud_organisation, online_level, status, popularity, keywords, detail FROM procedures`,
  ).raw().iterate() as IterableIterator<
    [number, string, string, number, string, string, string, Level, string | null, number, number, number, OnlineLevel, string, number, string, string]
  >;
  const ids: number[] = [];
  const popularity = new Float64Array(size);
  const nameLength = new Uint16Array(size);
  const nationalOf = new Map<number, string>();
  const docs: { row: number; name: string; keywords: string[]; sector: string; codes: string[] }[] = [];
  const groupByCode = new Map<string, number>();
  for (const [id, code, national, isLocal, name, sector, agency, level, province, ac, ab, ao, online, status, pop, keywords, detail] of all) {
    ids.push(id);
    const active = status === 'active';
    c.active[id] = active ? 1 : 0;
    c.local[id] = isLocal;
    c.level[id] = LEVELS.indexOf(level);
    c.province[id] = province ? Number(province) : 0;
    c.sector[id] = index(c.sectorIndex, sector, c.sectorCodes);
    c.agency[id] = index(c.agencyIndex, agency, c.agencyCodes);
    c.aud[id] = (ac ? 1 : 0) | (ab ? 2 : 0) | (ao ? 4 : 0);
    c.online[id] = ONLINE.indexOf(online);
    c.codes[id] = code;
    c.codeIndex.set(code.toLowerCase(), id);
    popularity[id] = pop;
    nameLength[id] = Math.min(name.length, 65535);
    if (active) {
      c.agencyCounts.set(agency, (c.agencyCounts.get(agency) ?? 0) + 1);
      if (!isLocal) c.sectorCounts.set(sector, (c.sectorCounts.get(sector) ?? 0) + 1);
    }
    if (isLocal) {
      nationalOf.set(id, national);
    } else if (active) {
      const d = JSON.parse(detail) as ServiceDetail;
      groupByCode.set(code, docs.length);
      docs.push({
        row: id,
        name,
        keywords: keywords ? keywords.split('\n') : [],
        sector: sectorNamesByCode.get(sector)?.vi ?? sector,
        codes: [code, ...d.previousCodes],
      });
    }
  }
  c.groupRow = Uint32Array.from(docs.map((d) => d.row));
  c.copySlot = new Int32Array(docs.length).fill(-1);
  c.copyCount = new Uint8Array(docs.length);
  docs.forEach((d, g) => (c.groupOf[d.row] = g));
  const localCopies: [number, number][] = [];
  for (const [id, national] of nationalOf) {
    const g = groupByCode.get(national);
    if (g === undefined) continue;
    c.groupOf[id] = g;
    if (!c.active[id]) continue;
    localCopies.push([g, id]);
  }
  let slots = 0;
  for (const [g] of localCopies) if (c.copySlot[g] === -1) c.copySlot[g] = slots++;
  c.copyRows = new Int32Array(slots * 100).fill(-1);
  for (const [g, id] of localCopies) {
    c.copyRows[c.copySlot[g]! * 100 + c.province[id]!] = id;
    c.copyCount[g]!++;
  }
  c.index = new SearchIndex(docs);
  const byCode = (a: number, b: number) => (c.codes[a]! < c.codes[b]! ? -1 : c.codes[a]! > c.codes[b]! ? 1 : 0);
  ids
    .sort((a, b) => popularity[b]! - popularity[a]! || nameLength[a]! - nameLength[b]! || byCode(a, b))
    .forEach((id, i) => (c.rank[id] = i));
  const full = c as Catalogue;
  catalogues.set(db, full);
  return full;
}

/**
 * A summary or detail with its sector's name, and the placeholder agency's ("Theo địa phương"), in
 * `locale` (the catalogue stores them in Vietnamese; the contract and the sectors table have both).
 */
export function localised<T extends ServiceSummary>(sb: Sandbox, service: T, locale: Locale): T {
  if (locale === 'vi') return service;
  const sector = catalogue(sb.db).sectorNames.get(service.sector.code)?.[locale];
  return {
    ...service,
    ...(sector ? { sector: { ...service.sector, name: sector } } : {}),
    ...(service.agency.code === localAgency.code ? { agency: { ...service.agency, name: localAgency.label[locale] } } : {}),
  };
}

/** A summary out of the stored detail JSON (the detail is a superset of the summary). */
export function toSummary(d: ServiceDetail, localCopies = 0): ServiceSummary {
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
    localCopies,
  };
}

// ---------------------------------------------------------------------------------------------
// Search

/**
 * Positions of the `k` highest of `keys[0..count)`, best first, without sorting them all: a bounded
 * min-heap. Keys are unique (they end with the row's rank), so the order is total.
 */
function topPositions(keys: Float64Array, count: number, k: number): number[] {
  k = Math.min(k, count);
  if (k <= 0) return [];
  const heap = new Uint32Array(k); // positions; heap[0] has the lowest key
  let size = 0;
  const less = (a: number, b: number) => keys[heap[a]!]! < keys[heap[b]!]!;
  const swap = (a: number, b: number) => {
    const t = heap[a]!;
    heap[a] = heap[b]!;
    heap[b] = t;
  };
  for (let p = 0; p < count; p++) {
    if (size < k) {
      heap[size] = p;
      for (let i = size++; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!less(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (keys[p]! > keys[heap[0]!]!) {
      heap[0] = p;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < size && less(l, m)) m = l;
        if (r < size && less(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return Array.from(heap).sort((a, b) => keys[b]! - keys[a]!);
}

/** Per-catalogue scratch buffers, reused by every search (searches run one at a time). */
interface Scratch {
  score: Float64Array;
  complete: Uint8Array;
  matching: Uint32Array;
  keys: Float64Array;
}
const scratches = new WeakMap<Catalogue, Scratch>();
function scratch(c: Catalogue): Scratch {
  let s = scratches.get(c);
  if (!s) {
    const rows = c.maxId + 1;
    s = {
      score: new Float64Array(c.groupRow.length),
      complete: new Uint8Array(c.groupRow.length),
      matching: new Uint32Array(rows),
      keys: new Float64Array(rows),
    };
    scratches.set(c, s);
  }
  return s;
}

/**
 * One page of search results, its total, how well it matches, the facets and (when the text did
 * not match well) the most used procedures.
 */
export function searchServices(sb: Sandbox, input: SearchInput, locale: Locale): SearchOutput {
  const c = catalogue(sb.db);
  const buffers = scratch(c);
  const q = input.q?.trim() ?? '';
  const rowCount = c.maxId + 1;
  const { groupRow, copySlot, copyRows, copyCount, level, sector, agency, aud, online, rank, groupOf } = c;
  /** Counts group `g`'s provinces in the province facet. */
  const countCopies = (g: number) => {
    const base = copySlot[g]! * 100;
    if (base < 0) return;
    for (const p of PROVINCE_NUMBERS) if (copyRows[base + p]! >= 0) provinceCount[p]!++;
  };

  // The view: national, or one province (chosen, or the province of a chosen agency).
  const provinceCode = input.province ?? (input.agency ? c.agencyProvince.get(input.agency) : undefined);
  const provinceF = provinceCode === undefined ? -1 : Number(provinceCode);
  /** The row a group stands for in this view, or -1. */
  const rowOf = (g: number): number => {
    const row = groupRow[g]!;
    if (provinceF === -1 || level[row] === 0) return row;
    const slot = copySlot[g]!;
    return slot < 0 ? -1 : copyRows[slot * 100 + provinceF]!;
  };

  // Text: the engine's score per group; groups it left out are not candidates.
  let groups: Uint32Array | null = null;
  const score = buffers.score;
  const complete = buffers.complete;
  let exactRow = -1;
  if (q) {
    const hit = c.index.search(q);
    groups = hit.docs;
    for (let k = 0; k < hit.docs.length; k++) {
      score[hit.docs[k]!] = hit.scores[k]!;
      complete[hit.docs[k]!] = hit.complete[k]!;
    }
    // A code typed in full finds that very row, even a local copy in the national view.
    const row = c.codeIndex.get(q.toLowerCase());
    if (row !== undefined && c.active[row]) exactRow = row;
  }
  const groupCount = groups ? groups.length : groupRow.length;

  // Filters as numbers; a value the catalogue does not know matches nothing.
  const sectorF = input.sector === undefined ? -1 : (c.sectorIndex.get(input.sector) ?? -2);
  const agencyF = input.agency === undefined ? -1 : (c.agencyIndex.get(input.agency) ?? -2);
  const levelF = input.level === undefined ? -1 : LEVELS.indexOf(input.level);
  const audF = input.audience === undefined ? 0 : AUD_BIT[input.audience];
  const onlineF = input.onlineLevel === undefined ? -1 : ONLINE.indexOf(input.onlineLevel);

  const sectorCount = new Uint32Array(c.sectorCodes.length);
  const agencyCount = new Uint32Array(c.agencyCodes.length);
  const levelCount = [0, 0, 0];
  const audCount = [0, 0, 0];
  const onlineCount = [0, 0, 0];
  const provinceCount = new Uint32Array(100);
  let centralCount = 0;
  const matching = buffers.matching;
  const keys = buffers.keys;
  let total = 0;
  /** Counts row `id` in the facets; `g` its group (its copies count towards the province facet). */
  const consider = (id: number, g: number, countProvinces: boolean) => {
    const okSector = sectorF === -1 || sector[id] === sectorF;
    const okLevel = levelF === -1 || level[id] === levelF;
    const okAud = audF === 0 || (aud[id]! & audF) !== 0;
    const okOnline = onlineF === -1 || online[id] === onlineF;
    const okAgency = agencyF === -1 || agency[id] === agencyF;
    // The province facet: what each province would list (agencies belong to one view, so not filtered).
    if (countProvinces && okSector && okLevel && okAud && okOnline) {
      if (level[id] === 0) centralCount++;
      else countCopies(g);
    }
    // Disjunctive facets: each dimension is counted with every filter but its own.
    if (okLevel && okAud && okOnline && okAgency) sectorCount[sector[id]!]!++;
    if (okSector && okAud && okOnline && okAgency) levelCount[level[id]!]!++;
    if (okSector && okLevel && okOnline && okAgency) {
      const bits = aud[id]!;
      if (bits & 1) audCount[0]!++;
      if (bits & 2) audCount[1]!++;
      if (bits & 4) audCount[2]!++;
    }
    if (okSector && okLevel && okAud && okAgency) onlineCount[online[id]!]!++;
    if (okSector && okLevel && okAud && okOnline) agencyCount[agency[id]!]!++;
    if (okSector && okLevel && okAud && okOnline && okAgency) {
      // Order: exact code, the engine's score, then the row's rank (popularity, shorter name, code).
      const relevance = id === exactRow ? 1e4 : groups && g >= 0 ? score[g]! : 0;
      keys[total] = relevance * rowCount + (rowCount - rank[id]!);
      matching[total++] = id;
    }
  };
  for (let k = 0; k < groupCount; k++) {
    const g = groups ? groups[k]! : k;
    const row = rowOf(g);
    if (row === exactRow) continue; // counted below, once
    if (row >= 0) consider(row, g, true);
    else {
      // No copy in this province: it still counts towards the other provinces' facet.
      const national = groupRow[g]!;
      const okAll =
        (sectorF === -1 || sector[national] === sectorF) && (levelF === -1 || level[national] === levelF) &&
        (audF === 0 || (aud[national]! & audF) !== 0) && (onlineF === -1 || online[national] === onlineF);
      if (okAll) countCopies(g);
    }
  }
  if (exactRow >= 0) {
    const g = groupOf[exactRow]!;
    consider(exactRow, g, g >= 0 && rowOf(g) === exactRow);
  }

  const page = input.offset < total
    ? topPositions(keys, total, input.offset + input.limit).slice(input.offset).map((p) => matching[p]!)
    : [];

  let match: SearchMatch = 'all';
  if (q) {
    const firstAt = input.offset === 0 ? undefined : topPositions(keys, total, 1)[0];
    const first = input.offset === 0 ? page[0] : firstAt === undefined ? undefined : matching[firstAt];
    if (first === undefined) match = 'none';
    else if (first !== exactRow && !complete[groupOf[first]!]) match = 'partial';
  }
  if (groups) for (let k = 0; k < groups.length; k++) score[groups[k]!] = complete[groups[k]!] = 0;

  // The most used procedures of this view under the same filters, when the text did not match well.
  let popular: number[] = [];
  if (match !== 'all' && input.offset === 0) {
    let count = 0;
    for (let g = 0; g < groupRow.length; g++) {
      const id = rowOf(g);
      if (id < 0) continue;
      if (sectorF !== -1 && sector[id] !== sectorF) continue;
      if (levelF !== -1 && level[id] !== levelF) continue;
      if (audF !== 0 && (aud[id]! & audF) === 0) continue;
      if (onlineF !== -1 && online[id] !== onlineF) continue;
      if (agencyF !== -1 && agency[id] !== agencyF) continue;
      keys[count] = rowCount - rank[id]!;
      matching[count++] = id;
    }
    const shown = new Set(page);
    popular = topPositions(keys, count, POPULAR_COUNT + page.length)
      .map((p) => matching[p]!)
      .filter((id) => !shown.has(id))
      .slice(0, POPULAR_COUNT);
  }

  // Facets.
  const names = c.sectorNames;
  const facet = (entries: [string, number][], label: (value: string) => string): FacetValue[] =>
    entries
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, label: label(value), count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const facets: SearchFacets = {
    sector: facet(c.sectorCodes.map((code, i) => [code, sectorCount[i]!]), (v) => names.get(v)?.[locale] ?? v),
    level: facet(LEVELS.map((l, i) => [l, levelCount[i]!]), (v) => levelLabels[v as Level][locale]),
    audience: facet(AUDIENCES.map((a, i) => [a, audCount[i]!]), (v) => audienceLabels[v as Audience][locale]),
    onlineLevel: facet(ONLINE.map((o, i) => [o, onlineCount[i]!]), (v) => onlineLevelLabels[v as OnlineLevel][locale]),
    province: facet(PROVINCE_CODES.map((code) => [code, provinceCount[Number(code)]! + centralCount]), (v) => PROVINCE_NAMES.get(v) ?? v),
    agency: facet(c.agencyCodes.map((code, i) => [code, agencyCount[i]!]), (v) => c.agencyNames.get(v) ?? v),
  };

  const detail = stmt(sb.db, 'SELECT detail FROM procedures WHERE id = ?').pluck();
  const summary = (id: number) => {
    const g = groupOf[id]!;
    const folded = !c.local[id] && g >= 0 ? copyCount[g]! : 0;
    return localised(sb, toSummary(JSON.parse(detail.get(id) as string) as ServiceDetail, folded), locale);
  };
  return { data: page.map(summary), total, match, popular: popular.map(summary), facets };
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
 * following chains (at most 10 hops; a loop or a dangling link ends at the last record found); so
 * does an old code of a local copy ({@link republishedCopyCode}).
 */
export function getService(sb: Sandbox, code: string): ServiceDetail | undefined {
  const byCode = stmt(sb.db, 'SELECT code, status, replaced_by, detail FROM procedures WHERE code = ?');
  let row = (byCode.get(code) ?? byCode.get(republishedCopyCode(sb, code) ?? '')) as CodeRow | undefined;
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
export const LOCAL_PLACEHOLDER_AGENCY = localAgency.code;

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
