/**
 * The procedure search engine: an in-memory index over the national records (a local copy has its
 * national record's name, so it is found through it), answering a search box's text with a
 * relevance score per record. Pure: no database, no clock; `store/services.ts` filters, folds and
 * pages what it returns.
 *
 * How a text is read:
 * 1. Folded (no diacritics, đ → d, lower case) and split into words (`fold.ts`).
 * 2. Rewritten with the synonym list (`synonyms.ts`): `bang lai xe` → `giay phep lai xe`,
 *    `so do` → `giay chung nhan quyen su dung dat`, `ki` → `ky`. Names were rewritten the same way
 *    when indexed, so both sides meet on one form.
 * 3. Each word finds the indexed words it may stand for: itself (quality 1); while the person is
 *    still typing it (the last word, no space after), every word it begins (0.9, or 0.6 when it is
 *    itself a word of the catalogue: "hon" is more likely "hôn" than "hỏng"); when it is no
 *    word of the catalogue, one typo in a longer word (0.75): one letter changed, added, dropped,
 *    or two swapped in words of 5+ letters, two swapped in 4-letter words (a real word typed for
 *    another, `thong` for `thuong`, is not second-guessed). Codes (`1.001193`, `1.0011`) are
 *    words too.
 *
 * How a record scores:
 * - Coverage: how much of the text the record covers. Each word weighs its rarity in the catalogue
 *   (idf: `ln(1 + N / records containing it)`), filler words a seventh of that; a word counts with
 *   the quality of its best match in the name (×1), keywords and codes (×0.8) or sector (×0.5).
 *   Coverage = Σ weight × match / Σ weight, from 0 to 1. Words need not all match. Whether a record
 *   is kept uses the coverage of every word; its order uses the coverage of the words that are not
 *   fillers (a filler matched is no reason to rank higher).
 * - Order bonus: the share of adjacent word pairs of the text that stand side by side, in order, in
 *   the name (a phrase beats scattered words; a pair with a filler counts half), in four steps, so
 *   that popularity still decides between names that differ by a word.
 * - Exact: the (rewritten) name, one of its keywords or a code is exactly the text.
 * The result's `score` orders exact records first, then coverage in steps of 5 %, then order bonus;
 * the caller breaks ties (national before local, popularity, shorter names).
 *
 * A record is returned when its coverage is at least half the best record's and at least
 * `MIN_COVERAGE` (so a single common word does not drag in the whole catalogue); when the best
 * itself is weak, when it is within 25 % of the best. `complete` tells whether a record matched every
 * word that is not filler: the difference between "found" and "the closest we have".
 */
import { fold, tokens } from './fold.js';
import { FILLERS, SYNONYMS } from './synonyms.js';

/** What the index needs of a national record. */
export interface IndexDoc {
  name: string;
  keywords: readonly string[];
  sector: string;
  /** Its code and any codes it replaced (old links). */
  codes: readonly string[];
}

/** What a search found. Its arrays are the index's own buffers: valid until its next search. */
export interface Match {
  /** Record positions (in the order the docs were given), unordered. */
  docs: Uint32Array;
  /** Relevance per position in `docs` (higher is better); equal scores are ties for the caller. */
  scores: Float64Array;
  /** Coverage per position in `docs`, 0–1. */
  coverage: Float32Array;
  /** Per position in `docs`: 1 when the record matched every word that is not a filler. */
  complete: Uint8Array;
  /** The text's words after folding and synonyms, fillers marked: for tests and the relevance report. */
  words: { word: string; filler: boolean }[];
}

/** Below this coverage a record is not a match (unless nothing better exists). */
export const MIN_COVERAGE = 0.6;

/**
 * The coverage a record needs, given the best one: half the best and at least MIN_COVERAGE when
 * something matches well; within a quarter of the best when nothing does (the closest, not more).
 */
function threshold(best: number): number {
  return Math.min(Math.max(MIN_COVERAGE, best / 2), best * 0.75);
}
const FILLER_WEIGHT = 1 / 7;
const PREFIX_QUALITY = 0.9;
const PREFIX_AFTER_WORD = 0.6;
const TYPO_QUALITY = 0.75;
const FIELD_KEYWORD = 0.8;
const FIELD_SECTOR = 0.5;
const MAX_WORDS = 16;
/** Prefixes up to this many letters read one precomputed list (see `SearchIndex.#short`). */
const SHORT_PREFIX = 2;

/** The lists one query word reads: kind (field 0–2, or 3 = short prefixes), list id, quality. */
interface Source {
  kind: number[];
  id: number[];
  quality: number[];
}

// ---------------------------------------------------------------------------------------------
// Synonyms and fillers, compiled once.

interface Rule {
  from: string[];
  to: string[];
}

/** Rules keyed by their first word, longest first. */
function compileRules(groups: readonly (readonly string[])[]): Map<string, Rule[]> {
  const rules = new Map<string, Rule[]>();
  for (const group of groups) {
    const to = tokens(fold(group[0]!));
    for (const variant of group.slice(1)) {
      const from = tokens(fold(variant));
      if (!from.length) continue;
      const list = rules.get(from[0]!) ?? [];
      list.push({ from, to });
      rules.set(from[0]!, list);
    }
  }
  for (const list of rules.values()) list.sort((a, b) => b.from.length - a.from.length);
  return rules;
}

let compiled: { rules: Map<string, Rule[]>; fillers: Map<string, string[][]> } | undefined;
function lists() {
  if (!compiled) {
    const fillers = new Map<string, string[][]>();
    for (const phrase of FILLERS) {
      const words = tokens(fold(phrase));
      if (!words.length) continue;
      const list = fillers.get(words[0]!) ?? [];
      list.push(words);
      fillers.set(words[0]!, list.sort((a, b) => b.length - a.length));
    }
    compiled = { rules: compileRules(SYNONYMS), fillers };
  }
  return compiled;
}

const startsAt = (words: readonly string[], at: number, phrase: readonly string[]) =>
  phrase.every((w, k) => words[at + k] === w);

/**
 * Folded words rewritten with the synonym list: longest phrase first, left to right; rewritten
 * words are not rewritten again.
 */
export function canonicalWords(words: readonly string[]): string[] {
  return rewrite(words).words;
}

/** `canonicalWords`, and for each word the rewrite that produced it (-1: typed as is). */
function rewrite(words: readonly string[]): { words: string[]; phrase: number[] } {
  const { rules } = lists();
  const out: string[] = [];
  const phrase: number[] = [];
  let rewrites = 0;
  for (let i = 0; i < words.length; ) {
    const rule = rules.get(words[i]!)?.find((r) => startsAt(words, i, r.from));
    if (rule) {
      out.push(...rule.to);
      for (const _ of rule.to) phrase.push(rewrites);
      rewrites++;
      i += rule.from.length;
    } else {
      out.push(words[i]!);
      phrase.push(-1);
      i++;
    }
  }
  return { words: out, phrase };
}

/** Which of the (canonical) words are fillers, phrases included. */
function fillerMask(words: readonly string[]): boolean[] {
  const { fillers } = lists();
  const mask = words.map(() => false);
  for (let i = 0; i < words.length; i++) {
    const phrase = fillers.get(words[i]!)?.find((p) => startsAt(words, i, p));
    if (phrase) for (let k = 0; k < phrase.length; k++) mask[i + k] = true;
  }
  return mask;
}

/** A text as index words: folded, split, rewritten. */
export function indexWords(text: string): string[] {
  return canonicalWords(tokens(fold(text)));
}

// ---------------------------------------------------------------------------------------------
// Typos: the one-deletion neighbourhood (SymSpell, distance 1).

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance ≤ 1 (one substitution, insertion, deletion or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const isSwap = (a: string, b: string) => {
  if (a.length !== b.length) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
};

// ---------------------------------------------------------------------------------------------
// The index.

/** Fields, with what a match in each is worth. */
const FIELDS = [1, FIELD_KEYWORD, FIELD_SECTOR] as const;

export class SearchIndex {
  /** Number of records. */
  readonly size: number;
  readonly #vocab = new Map<string, number>();
  readonly #words: string[] = [];
  /** Word ids ordered by their text, for prefix ranges. */
  #sorted: Uint32Array = new Uint32Array(0);
  /**
   * Per field (name, keywords and codes, sector): the records containing each word, ascending, as
   * one flat array per field with offsets by word id (few large arrays keep garbage collection short).
   */
  #postings: { ids: Uint32Array; at: Uint32Array }[] = [];
  /**
   * Records with a word beginning with each one- or two-letter prefix (ids by `#shortIds`), with
   * what the best such match is worth (`#shortFactor`, by position): a prefix typed so far stands
   * for thousands of words, and one list is faster to read than thousands.
   */
  #short: { ids: Uint32Array; at: Uint32Array } = { ids: new Uint32Array(0), at: new Uint32Array(1) };
  #shortFactor: Float32Array = new Float32Array(0);
  readonly #shortIds = new Map<string, number>();
  /** Per record: name words in order (flat array + offsets), for words in order and exact names. */
  readonly #name: { ids: Uint32Array; at: Uint32Array };
  /** Records by each of their keywords, whole (a keyword typed exactly is as good as the name). */
  readonly #keywordPhrases = new Map<string, number[]>();
  /** Deletion neighbourhood of words of 4+ letters: deletion → word ids. */
  readonly #deletions = new Map<string, number[]>();
  /** Per-query scratch: query words per vocabulary word (bits), best match per (word, record). */
  #mark: Uint16Array = new Uint16Array(0);
  #best: Float32Array;
  #seen: Uint32Array;
  #candidates: Uint32Array;
  /** Where results are written: a search's result is valid until the next search. */
  #out: { docs: Uint32Array; scores: Float64Array; coverage: Float32Array; kept: Float32Array; complete: Uint8Array };
  #stamp = 0;

  constructor(docs: readonly IndexDoc[]) {
    this.size = docs.length;
    this.#seen = new Uint32Array(docs.length);
    this.#candidates = new Uint32Array(docs.length);
    this.#out = {
      docs: new Uint32Array(docs.length),
      scores: new Float64Array(docs.length),
      coverage: new Float32Array(docs.length),
      kept: new Float32Array(docs.length),
      complete: new Uint8Array(docs.length),
    };
    this.#best = new Float32Array(docs.length * MAX_WORDS);
    const fields: number[][][] = [[], [], []];
    const sectorCache = new Map<string, number[]>();
    for (const doc of docs) {
      fields[0]!.push(indexWords(doc.name).map((w) => this.#id(w)));
      const extra = new Set<number>();
      for (const k of doc.keywords) {
        const words = indexWords(k);
        for (const w of words) extra.add(this.#id(w));
        // Keyed by the words that are not fillers, as the text is compared ("cap lai thuong tru" → "lai thuong tru").
        const mask = fillerMask(words);
        const core = words.filter((_, i) => !mask[i]);
        const phrase = (core.length ? core : words).join(' ');
        const list = this.#keywordPhrases.get(phrase);
        if (!list) this.#keywordPhrases.set(phrase, [fields[0]!.length - 1]);
        else if (list[list.length - 1] !== fields[0]!.length - 1) list.push(fields[0]!.length - 1);
      }
      for (const c of doc.codes) extra.add(this.#id(c.toLowerCase()));
      fields[1]!.push([...extra]);
      let sector = sectorCache.get(doc.sector);
      if (!sector) sectorCache.set(doc.sector, (sector = indexWords(doc.sector).map((w) => this.#id(w))));
      fields[2]!.push(sector);
    }
    this.#name = flatten(fields[0]!);

    this.#postings = fields.map((perDoc) => {
      const lists: number[][] = this.#words.map(() => []);
      perDoc.forEach((words, d) => {
        for (const w of words) {
          const list = lists[w]!;
          if (list[list.length - 1] !== d) list.push(d);
        }
      });
      return flatten(lists);
    });
    // Short prefixes: per record, the best field each prefix appears in.
    const shortLists: number[][] = [];
    const shortFactors: number[][] = [];
    for (let d = 0; d < docs.length; d++) {
      const factorOf = new Map<number, number>();
      fields.forEach((perDoc, f) => {
        for (const w of perDoc[d]!) {
          const word = this.#words[w]!;
          for (let length = 1; length <= Math.min(SHORT_PREFIX, word.length); length++) {
            const prefix = word.slice(0, length);
            let key = this.#shortIds.get(prefix);
            if (key === undefined) {
              key = shortLists.length;
              this.#shortIds.set(prefix, key);
              shortLists.push([]);
              shortFactors.push([]);
            }
            if ((factorOf.get(key) ?? 0) < FIELDS[f]!) factorOf.set(key, FIELDS[f]!);
          }
        }
      });
      for (const [key, factor] of factorOf) {
        shortLists[key]!.push(d);
        shortFactors[key]!.push(factor);
      }
    }
    this.#short = flatten(shortLists);
    this.#shortFactor = Float32Array.from(shortFactors.flat());
    this.#sorted = Uint32Array.from(this.#words.map((_, i) => i).sort((a, b) => (this.#words[a]! < this.#words[b]! ? -1 : 1)));
    this.#words.forEach((word, id) => {
      if (word.length < 4 || /\d/.test(word)) return;
      for (const d of deletions(word)) {
        const list = this.#deletions.get(d);
        if (list) list.push(id);
        else this.#deletions.set(d, [id]);
      }
    });
    this.#mark = new Uint16Array(this.#words.length);
  }

  #id(word: string): number {
    let id = this.#vocab.get(word);
    if (id === undefined) {
      id = this.#words.length;
      this.#vocab.set(word, id);
      this.#words.push(word);
    }
    return id;
  }

  /** Word ids that begin with `prefix` (itself included). */
  #prefixed(prefix: string): Uint32Array {
    const sorted = this.#sorted;
    const words = this.#words;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < sorted.length && words[sorted[end]!]!.startsWith(prefix)) end++;
    return sorted.subarray(lo, end);
  }

  /** Word ids one typo away from `word` (not `word` itself). */
  #typos(word: string): number[] {
    if (word.length < 4 || /\d/.test(word)) return [];
    const found = new Set<number>();
    const consider = (ids: readonly number[] | undefined) => {
      for (const id of ids ?? []) {
        const candidate = this.#words[id]!;
        if (candidate === word) continue;
        if (word.length >= 5 ? withinOneEdit(word, candidate) : isSwap(word, candidate)) found.add(id);
      }
    };
    consider(this.#deletions.get(word)); // a letter left out
    for (const d of deletions(word)) {
      const exact = this.#vocab.get(d);
      if (exact !== undefined) consider([exact]); // a letter too many
      consider(this.#deletions.get(d)); // a letter changed, or two swapped
    }
    return [...found];
  }

  #nextStamp(): number {
    this.#stamp++;
    if (this.#stamp === 0xffffffff) {
      this.#stamp = 1;
      this.#seen.fill(0);
    }
    return this.#stamp;
  }

  /**
   * Records matching `text`, with their scores. `open` = the person may still be typing the last
   * word (no space after it), so it also matches as a prefix.
   */
  search(text: string, open = !/\s$/.test(text)): Match {
    const folded = tokens(fold(text)).slice(0, 64);
    const rewritten = rewrite(folded);
    const words = rewritten.words.slice(0, MAX_WORDS);
    const filler = fillerMask(words);
    const n = words.length;
    const described = words.map((word, i) => ({ word, filler: filler[i]! }));
    const out = this.#out;
    const empty = { docs: out.docs.subarray(0, 0), scores: out.scores.subarray(0, 0), coverage: out.kept.subarray(0, 0), complete: out.complete.subarray(0, 0), words: described };
    if (n === 0 || this.size === 0) return empty;
    // If synonyms rewrote the last word, it was complete.
    const lastOpen = open && words[n - 1] === folded[folded.length - 1];

    // What each query word stands for: vocabulary words (for words in order) and the posting lists
    // to read with the quality of a match through each (a source: field 0–2 of a word, or 3, the
    // list of a one- or two-letter prefix).
    const wordIds: number[][] = [];
    const sources: Source[] = [];
    const exactIds: number[] = [];
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const word = words[i]!;
      const ids: number[] = [];
      const source: Source = { kind: [], id: [], quality: [] };
      const add = (kind: number, id: number, quality: number) => {
        source.kind.push(kind);
        source.id.push(id);
        source.quality.push(quality);
      };
      const exact = this.#vocab.get(word);
      exactIds.push(exact ?? -1);
      if (exact !== undefined) {
        ids.push(exact);
        for (let f = 0; f < 3; f++) add(f, exact, 1);
      }
      if (i === n - 1 && lastOpen) {
        const prefixed = this.#prefixed(word);
        for (const id of prefixed) if (id !== exact) ids.push(id);
        // A last word that is already a word ("hon") more likely means itself than a longer one ("hong").
        const quality = exact === undefined ? PREFIX_QUALITY : PREFIX_AFTER_WORD;
        const short = word.length <= SHORT_PREFIX ? this.#shortIds.get(word) : undefined;
        if (short !== undefined) add(3, short, quality);
        else for (const id of prefixed) if (id !== exact) for (let f = 0; f < 3; f++) add(f, id, quality);
      }
      if (exact === undefined) {
        for (const id of this.#typos(word)) {
          ids.push(id);
          for (let f = 0; f < 3; f++) add(f, id, TYPO_QUALITY);
        }
      }
      wordIds.push(ids);
      sources.push(source);
      // Rarity from the lengths of its lists (an upper bound when it stands for several words).
      let df = 0;
      for (let k = 0; k < source.kind.length; k++) {
        const { at } = this.#list(source.kind[k]!);
        df += at[source.id[k]! + 1]! - at[source.id[k]!]!;
      }
      const idf = Math.log(1 + this.size / Math.max(1, Math.min(this.size, df)));
      weights[i] = filler[i] ? idf * FILLER_WEIGHT : idf;
    }
    // A term the synonyms spelled out (`sổ đỏ` → giấy chứng nhận quyền sử dụng đất) is as specific
    // as its rarest word: each of its words weighs that much.
    for (let i = 0; i < n; i++) {
      const group = rewritten.phrase[i]!;
      if (group < 0 || filler[i]) continue;
      for (let j = 0; j < n; j++) if (rewritten.phrase[j] === group && !filler[j]) weights[i] = Math.max(weights[i]!, weights[j]!);
    }
    let totalWeight = 0;
    for (let i = 0; i < n; i++) totalWeight += weights[i]!;

    // Essential words: a record that has none of them cannot reach MIN_COVERAGE, so only records
    // with at least one are candidates (the lightest words, together under the bar, are not).
    const byWeight = [...weights.keys()].sort((a, b) => weights[a]! - weights[b]!);
    const essential = new Uint8Array(n).fill(1);
    let light = 0;
    for (const i of byWeight) {
      if (light + weights[i]! >= MIN_COVERAGE * totalWeight - 1e-9) break;
      light += weights[i]!;
      essential[i] = 0;
    }
    let result = this.#score(words, wordIds, sources, weights, totalWeight, filler, exactIds, essential);
    if (threshold(result.bestCoverage) < MIN_COVERAGE && essential.some((e) => e === 0)) {
      // Nothing reaches the bar: look at every record that matches any word, for the closest.
      result = this.#score(words, wordIds, sources, weights, totalWeight, filler, exactIds, new Uint8Array(n).fill(1));
    }
    return { ...result.match, words: described };
  }

  /** The posting lists of a source kind: a field's, or the short prefixes'. */
  #list(kind: number): { ids: Uint32Array; at: Uint32Array } {
    return kind < 3 ? this.#postings[kind]! : this.#short;
  }

  #score(
    words: readonly string[],
    wordIds: readonly number[][],
    sources: readonly Source[],
    weights: Float64Array,
    totalWeight: number,
    filler: readonly boolean[],
    exactIds: readonly number[],
    essential: Uint8Array,
  ): { match: Omit<Match, 'words'>; bestCoverage: number } {
    const n = words.length;
    const stamp = this.#nextStamp();
    // Essential words make the candidates (every record in their lists); the other words only
    // count for those candidates. Each loop is its own small function, so the JIT optimises it
    // alone: one rarely taken branch does not throw the others' optimised code away.
    let m = 0;
    for (let i = 0; i < n; i++) if (essential[i]) m = this.#collect(sources[i]!, i, n, stamp, m);
    for (let i = 0; i < n; i++) {
      if (essential[i]) continue;
      const { kind, id, quality } = sources[i]!;
      for (let k = 0; k < kind.length; k++) {
        const { ids: list, at } = this.#list(kind[k]!);
        const from = at[id[k]!]!;
        const to = at[id[k]! + 1]!;
        const factor = kind[k]! < 3 ? FIELDS[kind[k]!]! : -1;
        if (to - from > 16 * m) this.#lookUp(list, from, to, factor, quality[k]!, i, m);
        else this.#walk(list, from, to, factor, quality[k]!, i, stamp);
      }
    }
    const bestCoverage = this.#coverage(m, n, weights, totalWeight);
    const candidates = this.#candidates.subarray(0, m);
    const coverage = this.#out.coverage;
    const best = this.#best;

    // Keep the records close enough to the best; score them.
    const floor = threshold(bestCoverage) - 1e-9;
    let kept = 0;
    for (let c = 0; c < m; c++) if (coverage[c]! > 0 && coverage[c]! >= floor) kept++;
    const docs = this.#out.docs.subarray(0, kept);
    const scores = this.#out.scores.subarray(0, kept);
    const covs = this.#out.kept.subarray(0, kept);
    const complete = this.#out.complete.subarray(0, kept);
    // Which query words each vocabulary word stands for (bits), to find words in order in names.
    const mark = this.#mark;
    const touched: number[] = [];
    for (let i = 0; i < n; i++) {
      for (const id of wordIds[i]!) {
        if (mark[id] === 0) touched.push(id);
        mark[id] = mark[id]! | (1 << i);
      }
    }
    const { ids: nameIds, at: nameAt } = this.#name;
    const pairWeight = new Float64Array(n);
    let pairTotal = 0;
    for (let j = 1; j < n; j++) pairTotal += pairWeight[j] = filler[j - 1] || filler[j] ? 0.5 : 1;
    const codeQuery = n === 1 && /\d/.test(words[0]!);
    // A keyword that is exactly what matters in the text (its words that are not fillers).
    const core = words.filter((_, i) => !filler[i]);
    const keywordExact = new Set(this.#keywordPhrases.get((core.length ? core : words).join(' ')) ?? []);
    let k = 0;
    for (let c = 0; c < m; c++) {
      const cov = coverage[c]!;
      if (!(cov > 0 && cov >= floor)) continue;
      const d = candidates[c]!;
      const base = d * MAX_WORDS;
      // Coverage of the words that matter: what orders results (fillers only decide among
      // fillers, e.g. "đăng ký" alone).
      let all = 1;
      let coreCovered = 0;
      let coreWeight = 0;
      for (let i = 0; i < n; i++) {
        if (filler[i]) continue;
        if (best[base + i]! === 0) all = 0;
        coreCovered += weights[i]! * best[base + i]!;
        coreWeight += weights[i]!;
      }
      const core = coreWeight > 0 ? coreCovered / coreWeight : cov;
      const from = nameAt[d]!;
      const to = nameAt[d + 1]!;
      let bonus = 0;
      if (n > 1) {
        // Bit j set: words j-1 and j of the text stand side by side in the name (each pair once).
        let pairs = 0;
        for (let p = from; p + 1 < to; p++) pairs |= (mark[nameIds[p]!]! << 1) & mark[nameIds[p + 1]!]!;
        // A pair with a filler counts half: "đăng ký hộ kinh doanh" side by side says less than "hộ kinh doanh".
        let found = 0;
        for (let j = 1; j < n; j++) if (pairs & (1 << j)) found += pairWeight[j]!;
        bonus = found / pairTotal;
      }
      // Exact: the name is the text, word for word; or the text is one of its codes.
      let exact = 0;
      if (to - from === n) {
        exact = 1;
        for (let i = 0; i < n && exact; i++) if (nameIds[from + i] !== exactIds[i]) exact = 0;
      }
      if (codeQuery && exactIds[0]! >= 0 && this.#hasCode(d, exactIds[0]!)) exact = 1;
      if (keywordExact.has(d)) exact = 1;
      docs[k] = d;
      scores[k] = exact * 1000 + Math.round(core * 20) * 10 + Math.round(bonus * 3);
      covs[k] = cov;
      // Every word that matters, and (for two words or more) some of them side by side as typed:
      // "cấp nước" is not answered by a name with "cấp" here and "nước ngoài" there.
      complete[k] = all && (exact === 1 || n < 2 || bonus > 0) ? 1 : 0;
      k++;
    }
    for (const id of touched) mark[id] = 0;
    return { match: { docs, scores, coverage: covs, complete }, bestCoverage };
  }

  /** Each candidate's coverage (into the output buffer); returns the best. */
  #coverage(m: number, n: number, weights: Float64Array, totalWeight: number): number {
    const best = this.#best;
    const found = this.#candidates;
    const coverage = this.#out.coverage;
    let bestCoverage = 0;
    for (let c = 0; c < m; c++) {
      const base = found[c]! * MAX_WORDS;
      let covered = 0;
      for (let i = 0; i < n; i++) covered += weights[i]! * best[base + i]!;
      const cov = totalWeight > 0 ? covered / totalWeight : 0;
      coverage[c] = cov;
      if (cov > bestCoverage) bestCoverage = cov;
    }
    return bestCoverage;
  }

  /** Adds every record of a word's lists to the candidates (from position `m`); returns the new count. */
  #collect(source: Source, i: number, n: number, stamp: number, m: number): number {
    const best = this.#best;
    const seen = this.#seen;
    const found = this.#candidates;
    const shortFactor = this.#shortFactor;
    const { kind, id, quality } = source;
    for (let k = 0; k < kind.length; k++) {
      const { ids: list, at } = this.#list(kind[k]!);
      const factor = kind[k]! < 3 ? FIELDS[kind[k]!]! : -1;
      const base = quality[k]!;
      for (let p = at[id[k]!]!, end = at[id[k]! + 1]!; p < end; p++) {
        const d = list[p]!;
        if (seen[d] !== stamp) {
          seen[d] = stamp;
          found[m++] = d;
          for (let j = d * MAX_WORDS, stop = j + n; j < stop; j++) best[j] = 0;
        }
        const q = base * (factor < 0 ? shortFactor[p]! : factor);
        const slot = d * MAX_WORDS + i;
        if (best[slot]! < q) best[slot] = q;
      }
    }
    return m;
  }

  /** Word `i`'s matches in `list[from..to)`, for the records already candidates. */
  #walk(list: Uint32Array, from: number, to: number, factor: number, base: number, i: number, stamp: number): void {
    const best = this.#best;
    const seen = this.#seen;
    const shortFactor = this.#shortFactor;
    for (let p = from; p < to; p++) {
      const d = list[p]!;
      if (seen[d] !== stamp) continue;
      const q = base * (factor < 0 ? shortFactor[p]! : factor);
      const slot = d * MAX_WORDS + i;
      if (best[slot]! < q) best[slot] = q;
    }
  }

  /** The same for a long list and few candidates: each candidate looked up (binary search). */
  #lookUp(list: Uint32Array, from: number, to: number, factor: number, base: number, i: number, m: number): void {
    const best = this.#best;
    const found = this.#candidates;
    const shortFactor = this.#shortFactor;
    for (let c = 0; c < m; c++) {
      const d = found[c]!;
      const p = indexOf(list, from, to, d);
      if (p < 0) continue;
      const q = base * (factor < 0 ? shortFactor[p]! : factor);
      const slot = d * MAX_WORDS + i;
      if (best[slot]! < q) best[slot] = q;
    }
  }

  /** Whether record `d` has word `id` among its keywords and codes. */
  #hasCode(d: number, id: number): boolean {
    const { ids, at } = this.#postings[1]!;
    return indexOf(ids, at[id]!, at[id + 1]!, d) >= 0;
  }
}

/** Where the ascending `list[from..to)` holds `value`, or -1 (binary search). */
function indexOf(list: Uint32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && list[lo] === value ? lo : -1;
}

function flatten(lists: number[][]): { ids: Uint32Array; at: Uint32Array } {
  const at = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, i) => {
    at[i] = total;
    total += l.length;
  });
  at[lists.length] = total;
  const ids = new Uint32Array(total);
  lists.forEach((l, i) => ids.set(l, at[i]!));
  return { ids, at };
}
