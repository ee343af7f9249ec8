/**
 * Search benchmark (not a test): seeds an in-memory sandbox with 100,000 synthetic procedures on top
 * of the real catalogue, then times 200 typical searches twice — in-process through the store
 * (`searchServices`) and through the whole HTTP app (`app.fetch`: key check, validation, handler,
 * response validation, JSON), without sockets. Prints seeding time and p50/p95/max latencies.
 * Text matches are cached per query text (the catalogue is read-only), so the store run is split
 * into first-time texts (cold: the FTS5 match is run) and repeats (pages, other filters).
 *
 *   node --conditions=source --import tsx packages/sandbox/bench/search.bench.ts [seedSize]
 */
import { TEST_PUBLISHABLE_KEY } from '../src/config.js';
import { createSandbox } from '../src/index.js';
import { modules } from '../src/modules.js';
import { createApp } from '../src/server.js';
import { ftsQuery, searchServices, type SearchInput } from '../src/store/services.js';

const seedSize = Number(process.argv[2] ?? 100_000);

const texts = [
  'dang ky khai sinh', 'Đăng ký khai sinh', 'khai s', 'dang k', 'đăng ký kết hôn', 'DANG KY KET HON', 'gplx',
  'cccd', 'bhyt', 'lltp', 'hkd', 'dkkd', 'dang ky thuong', 'ho chieu', 'giay phep', 'cap lai giay phep',
  'giay phep kinh doanh van tai', 'chung chi hanh nghe duoc', 'thue', 'cap', 'c', 'd', '1.0011', '1.001193',
  '5.0012', 'mau 4242', 'karaoke', 'that nghiep', undefined,
];
const filters: Omit<SearchInput, 'offset' | 'limit' | 'q'>[] = [
  {}, {}, {}, { province: '38' }, { province: '79', level: 'commune' }, { level: 'central' },
  { audience: 'business' }, { onlineLevel: 'full' }, { sector: 'ho-tich' }, { sector: 'y-te', audience: 'citizen' },
];

/** 200 searches: every text with a rotating filter, some on a later page. */
const workload: SearchInput[] = Array.from({ length: 200 }, (_, i) => ({
  q: texts[i % texts.length],
  ...filters[(i * 7) % filters.length],
  offset: i % 5 === 4 ? 40 : 0,
  limit: 20,
}));

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const report = (label: string, times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  console.log(
    `${label.padEnd(34)} n=${s.length}  p50 ${pct(s, 50).toFixed(2)} ms  p95 ${pct(s, 95).toFixed(2)} ms  ` +
      `max ${s.at(-1)!.toFixed(2)} ms  mean ${mean.toFixed(2)} ms`,
  );
};

console.log(`seeding an in-memory sandbox with seedSize ${seedSize}…`);
const t0 = performance.now();
const sb = createSandbox({ memory: true, quiet: true, seedSize, stepSeconds: 0, petitionAnswerSeconds: 0, rateLimit: 1e9 });
const seedMs = performance.now() - t0;
const count = sb.db.prepare('SELECT count(*) FROM procedures').pluck().get() as number;
console.log(`seeded ${count} procedures in ${(seedMs / 1000).toFixed(2)} s (createSandbox, incl. schema and petitions)`);

// Warm-up (statement preparation, the in-memory catalogue) with a text outside the workload.
searchServices(sb, { q: 'warm up', offset: 0, limit: 20 }, 'vi');

const store: number[] = [];
const cold: number[] = [];
const warm: number[] = [];
const seenTexts = new Set<string | null>();
const slow: { ms: number; input: SearchInput; total: number }[] = [];
for (const input of workload) {
  const start = performance.now();
  const result = searchServices(sb, input, 'vi');
  const ms = performance.now() - start;
  store.push(ms);
  const text = ftsQuery(input.q);
  (seenTexts.has(text) ? warm : cold).push(ms);
  seenTexts.add(text);
  slow.push({ ms, input, total: result.total });
}
report('store searchServices(), all', store);
report('  first time a text is searched', cold);
report('  repeated text (page/filter)', warm);

const app = createApp(sb, modules);
const headers = { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}` };
const urlOf = (input: SearchInput) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) if (v !== undefined && k !== 'offset') params.set(k, String(v));
  return `http://bench.local/v1/services?${params}`;
};
for (const input of workload.slice(0, 20)) await app.fetch(new Request(urlOf(input), { headers }));
const http: number[] = [];
for (const input of workload) {
  const start = performance.now();
  const response = await app.fetch(new Request(urlOf(input), { headers }));
  await response.text();
  if (response.status !== 200) throw new Error(`${urlOf(input)} → ${response.status}`);
  http.push(performance.now() - start);
}
report('HTTP app.fetch (first pages)', http);

const others: [string, () => unknown][] = [
  ['GET /v1/services/{code}', () => app.fetch(new Request('http://bench.local/v1/services/1.001193.H38', { headers }))],
  ['GET /v1/sectors', () => app.fetch(new Request('http://bench.local/v1/sectors', { headers }))],
  ['GET /v1/agencies?province=38', () => app.fetch(new Request('http://bench.local/v1/agencies?province=38', { headers }))],
];
for (const [label, run] of others) {
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await ((await run()) as Response).text();
    times.push(performance.now() - start);
  }
  report(label, times);
}

console.log('\nslowest store searches:');
for (const { ms, input, total } of slow.sort((a, b) => b.ms - a.ms).slice(0, 6)) {
  const { offset, limit, ...rest } = input;
  console.log(`  ${ms.toFixed(1).padStart(7)} ms  total ${String(total).padStart(6)}  ${JSON.stringify({ ...rest, offset })}`);
}
sb.db.close();
