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
 *    still typing it (the last word, no space after), every word it begins (0.9); one typo in a
 *    longer word (0.75): one letter changed, added, dropped, or two swapped in words of 5+ letters,
 *    two swapped in 4-letter words. Codes (`1.001193`, `1.0011`) are words too.
 *
 * How a record scores:
 * - Coverage: how much of the text the record covers. Each word weighs its rarity in the catalogue
 *   (idf: `ln(1 + N / records containing it)`), filler words a seventh of that; a word counts with
 *   the quality of its best match in the name (×1), keywords and codes (×0.8) or sector (×0.5).
 *   Coverage = Σ weight × match / Σ weight, from 0 to 1. Words need not all match.
 * - Order bonus: the share of adjacent word pairs of the text that stand side by side, in order, in
 *   the name (a phrase beats scattered words).
 * - Exact: the (rewritten) name or a code is exactly the text.
 * The result's `score` orders exact records first, then coverage in steps of 5 %, then order bonus;
 * the caller breaks ties (national before local, popularity, shorter names).
 *
 * A record is returned when its coverage is at least half the best record's and at least
 * `MIN_COVERAGE` (so a single common word does not drag in the whole catalogue), or, when nothing
 * reaches that, when it is within 25 % of the best. `complete` tells whether a record matched every
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
export const MIN_COVERAGE = 0.5;
const FILLER_WEIGHT = 1 / 7;
const PREFIX_QUALITY = 0.9;
const TYPO_QUALITY = 0.75;
const FIELD_KEYWORD = 0.8;
const FIELD_SECTOR = 0.5;
const MAX_WORDS = 16;

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
  const { rules } = lists();
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const rule = rules.get(words[i]!)?.find((r) => startsAt(words, i, r.from));
    if (rule) {
      out.push(...rule.to);
      i += rule.from.length;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  return out;
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

export class SearchIndex {
  /** Number of records. */
  readonly size: number;
  readonly #vocab = new Map<string, number>();
  readonly #words: string[] = [];
  /** Word ids ordered by their text, for prefix ranges. */
  #sorted: Uint32Array = new Uint32Array(0);
  /** Records containing each word (any field), ascending. */
  #postings: Uint32Array[] = [];
  /** Per record: name words in order; keyword+code words; sector words (flat arrays + offsets). */
  readonly #name: { ids: Uint32Array; at: Uint32Array };
  readonly #other: { ids: Uint32Array; at: Uint32Array };
  readonly #sector: { ids: Uint32Array; at: Uint32Array };
  /** Deletion neighbourhood of words of 5+ letters (and 4, for swaps): deletion → word ids. */
  readonly #deletions = new Map<string, number[]>();
  /** Per-query scratch, sized to the vocabulary and the records. */
  #mark: Uint16Array = new Uint16Array(0);
  #quality: Float32Array = new Float32Array(0);
  #seen: Uint32Array;
  #stamp = 0;

  constructor(docs: readonly IndexDoc[]) {
    this.size = docs.length;
    this.#seen = new Uint32Array(docs.length);
    const name: number[][] = [];
    const other: number[][] = [];
    const sector: number[][] = [];
    const sectorCache = new Map<string, number[]>();
    for (const doc of docs) {
      name.push(indexWords(doc.name).map((w) => this.#id(w)));
      const extra = new Set<number>();
      for (const k of doc.keywords) for (const w of indexWords(k)) extra.add(this.#id(w));
      for (const c of doc.codes) extra.add(this.#id(c.toLowerCase()));
      other.push([...extra]);
      let s = sectorCache.get(doc.sector);
      if (!s) sectorCache.set(doc.sector, (s = indexWords(doc.sector).map((w) => this.#id(w))));
      sector.push(s);
    }
    this.#name = flatten(name);
    this.#other = flatten(other);
    this.#sector = flatten(sector);

    // Postings: each record once per word.
    const lists: number[][] = this.#words.map(() => []);
    for (let d = 0; d < docs.length; d++) {
      for (const field of [name[d]!, other[d]!, sector[d]!]) {
        for (const w of field) {
          const list = lists[w]!;
          if (list[list.length - 1] !== d) list.push(d);
        }
      }
    }
    this.#postings = lists.map((l) => Uint32Array.from(l));
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
    this.#quality = new Float32Array(this.#words.length * MAX_WORDS);
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

  /**
   * Records matching `text`, with their scores. `open` = the person may still be typing the last
   * word (no space after it), so it also matches as a prefix.
   */
  search(text: string, open = !/\s$/.test(text)): Match {
    const folded = tokens(fold(text)).slice(0, 64);
    const words = canonicalWords(folded).slice(0, MAX_WORDS);
    const filler = fillerMask(words);
    const n = words.length;
    const described = words.map((word, i) => ({ word, filler: filler[i]! }));
    if (n === 0) return { docs: new Uint32Array(0), scores: new Float64Array(0), coverage: new Float32Array(0), complete: new Uint8Array(0), words: described };
    // If synonyms rewrote the last word, it was complete.
    const lastOpen = open && folded.length > 0 && words[n - 1] === folded[folded.length - 1];

    // Which vocabulary words each query word stands for, and how well.
    const mark = this.#mark;
    const quality = this.#quality;
    const touched: number[] = [];
    const exactIds: number[] = [];
    const set = (id: number, i: number, q: number) => {
      if (mark[id] === 0) touched.push(id);
      mark[id] = mark[id]! | (1 << i);
      const at = id * MAX_WORDS + i;
      if (quality[at]! < q) quality[at] = q;
    };
    const variants: number[][] = [];
    for (let i = 0; i < n; i++) {
      const word = words[i]!;
      const ids: number[] = [];
      const exact = this.#vocab.get(word);
      exactIds.push(exact ?? -1);
      if (exact !== undefined) {
        set(exact, i, 1);
        ids.push(exact);
      }
      if (i === n - 1 && lastOpen) {
        for (const id of this.#prefixed(word)) {
          if (id !== exact) {
            set(id, i, PREFIX_QUALITY);
            ids.push(id);
          }
        }
      }
      if (exact === undefined || word.length >= 5) {
        for (const id of this.#typos(word)) {
          set(id, i, TYPO_QUALITY);
          ids.push(id);
        }
      }
      variants.push(ids);
    }

    // Candidates (each record once) and each query word's document frequency.
    const stamp = this.#nextStamp();
    const seen = this.#seen;
    const candidates: number[] = [];
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let df = 0;
      const wordStamp = this.#nextStamp();
      for (const id of variants[i]!) {
        for (const d of this.#postings[id]!) {
          if (this.#wordSeen[d] !== wordStamp) {
            this.#wordSeen[d] = wordStamp;
            df++;
          }
          if (seen[d] !== stamp) {
            seen[d] = stamp;
            candidates.push(d);
          }
        }
      }
      const idf = Math.log(1 + this.size / Math.max(1, df));
      weights[i] = filler[i] ? idf * FILLER_WEIGHT : idf;
    }
    let totalWeight = 0;
    for (let i = 0; i < n; i++) totalWeight += weights[i]!;

    // Score every candidate.
    const m = candidates.length;
    const coverage = new Float32Array(m);
    const bonus = new Float32Array(m);
    const exactFlags = new Uint8Array(m);
    const allWords = new Uint8Array(m);
    const best = new Float32Array(n);
    const { ids: nameIds, at: nameAt } = this.#name;
    const { ids: otherIds, at: otherAt } = this.#other;
    const { ids: sectorIds, at: sectorAt } = this.#sector;
    const queryCodes = n === 1 && /\d/.test(words[0]!);
    let bestCoverage = 0;
    const absorb = (ids: Uint32Array, from: number, to: number, factor: number) => {
      for (let p = from; p < to; p++) {
        const id = ids[p]!;
        let bits = mark[id]!;
        while (bits) {
          const i = 31 - Math.clz32(bits & -bits);
          bits &= bits - 1;
          const q = quality[id * MAX_WORDS + i]! * factor;
          if (q > best[i]!) best[i] = q;
        }
      }
    };
    for (let c = 0; c < m; c++) {
      const d = candidates[c]!;
      best.fill(0);
      absorb(sectorIds, sectorAt[d]!, sectorAt[d + 1]!, FIELD_SECTOR);
      absorb(otherIds, otherAt[d]!, otherAt[d + 1]!, FIELD_KEYWORD);
      const from = nameAt[d]!;
      const to = nameAt[d + 1]!;
      absorb(nameIds, from, to, 1);
      let covered = 0;
      let all = 1;
      for (let i = 0; i < n; i++) {
        covered += weights[i]! * best[i]!;
        if (!filler[i] && best[i]! === 0) all = 0;
      }
      const cov = totalWeight > 0 ? covered / totalWeight : 0;
      coverage[c] = cov;
      allWords[c] = all;
      if (cov > bestCoverage) bestCoverage = cov;
      // Order bonus: adjacent pairs of the text found side by side in the name.
      if (n > 1) {
        // Bit j set: words j-1 and j of the text stand side by side in the name (each pair once).
        let pairs = 0;
        for (let p = from; p + 1 < to; p++) pairs |= (mark[nameIds[p]!]! << 1) & mark[nameIds[p + 1]!]!;
        let found = 0;
        for (; pairs; pairs &= pairs - 1) found++;
        bonus[c] = found / (n - 1);
      }
      // Exact: the name is the text, word for word (a code query: one of its codes).
      if (to - from === n) {
        let same = true;
        for (let i = 0; i < n && same; i++) same = nameIds[from + i] === exactIds[i];
        exactFlags[c] = same ? 1 : 0;
      }
      if (queryCodes && exactIds[0]! >= 0) {
        for (let p = otherAt[d]!; p < otherAt[d + 1]!; p++) if (otherIds[p] === exactIds[0]) exactFlags[c] = 1;
      }
    }
    for (const id of touched) {
      mark[id] = 0;
      quality.fill(0, id * MAX_WORDS, id * MAX_WORDS + MAX_WORDS);
    }

    // Keep the records close enough to the best.
    const threshold = bestCoverage >= MIN_COVERAGE ? Math.max(MIN_COVERAGE, bestCoverage / 2) : bestCoverage * 0.75;
    let kept = 0;
    for (let c = 0; c < m; c++) if (coverage[c]! >= threshold - 1e-9 && coverage[c]! > 0) kept++;
    const docs = new Uint32Array(kept);
    const scores = new Float64Array(kept);
    const covs = new Float32Array(kept);
    const complete = new Uint8Array(kept);
    let k = 0;
    for (let c = 0; c < m; c++) {
      const cov = coverage[c]!;
      if (!(cov >= threshold - 1e-9 && cov > 0)) continue;
      const score = exactFlags[c]! * 1000 + Math.round(cov * 20) * 10 + Math.round(bonus[c]! * 9);
      docs[k] = candidates[c]!;
      scores[k] = score;
      covs[k] = cov;
      complete[k] = allWords[c]!;
      k++;
    }
    return { docs, scores, coverage: covs, complete, words: described };
  }

  #wordSeen: Uint32Array = new Uint32Array(0);

  #nextStamp(): number {
    if (this.#wordSeen.length !== this.size) this.#wordSeen = new Uint32Array(this.size);
    this.#stamp++;
    if (this.#stamp === 0xffffffff) {
      this.#stamp = 1;
      this.#seen.fill(0);
      this.#wordSeen.fill(0);
    }
    return this.#stamp;
  }
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
