/**
 * Search benchmark (not a test): how fast `GET /v1/services` answers over HTTP on a catalogue of
 * 100,000 procedures, for what people actually type.
 *
 * - The sandbox runs in its own process (as it is deployed), in memory, seeded with the real
 *   catalogue (and its local copies in 34 provinces) plus `seedSize` synthetic procedures.
 * - The workload is every prefix a person types of the relevance set's queries (written as citizens
 *   type them, mostly without diacritics) and of the catalogue's procedure names (with diacritics),
 *   one letter at a time: `d`, `da`, `dan`, `dang`, `dang k`… Texts are distinct after trimming (as
 *   the API trims them), shuffled with a fixed seed, a quarter of them in a province's view and a
 *   tenth with a filter. Each text is asked once: **cold** (the server keeps no cache of answers).
 * - Then 500 of them again: **repeats** (what pages and facet clicks look like).
 * - Requests go one at a time over one keep-alive connection; the clock is the client's, from
 *   sending the request to reading the whole body.
 *
 *   npm run bench [-- seedSize]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEST_PUBLISHABLE_KEY } from '../src/config.js';
import { procedures } from '../src/seed/procedures.js';
import { seededRandom } from '../src/util/random.js';

const seedSize = Number(process.argv[2] ?? 100_000);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// --- The workload ------------------------------------------------------------------------------

const relevance = JSON.parse(readFileSync(here('./relevance-queries.json'), 'utf8')) as { queries: { q: string }[] };
const phrases = [
  ...relevance.queries.map((r) => r.q),
  ...procedures.filter((p) => p.status === 'active').map((p) => p.name),
];
const texts: string[] = [];
const seen = new Set<string>();
for (const phrase of phrases) {
  const chars = [...phrase.normalize('NFC')];
  // Up to the API's limit of 200 characters (a few procedure names are longer).
  for (let i = 1; i <= Math.min(chars.length, 200); i++) {
    const text = chars.slice(0, i).join('').trim().replace(/\s+/g, ' ');
    if (text && !seen.has(text)) {
      seen.add(text);
      texts.push(text);
    }
  }
}
const random = seededRandom(7);
for (let i = texts.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [texts[i], texts[j]] = [texts[j]!, texts[i]!];
}
const filters: Record<string, string>[] = [{ sector: 'ho-tich' }, { level: 'commune' }, { audience: 'business' }, { onlineLevel: 'full' }];
const workload = texts.map((q, i) => {
  const params: Record<string, string> = { q, limit: '10' };
  if (i % 4 === 1) params.province = ['46', '01', '79', '38'][i % 16 >> 2]!;
  if (i % 10 === 3) Object.assign(params, filters[(i / 10) % filters.length | 0]);
  return new URLSearchParams(params).toString();
});

// --- The server ----------------------------------------------------------------------------------

console.log(`starting the sandbox (in memory, seed size ${seedSize}) in its own process…`);
const child = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', here('../src/cli.ts'), '--memory', '--port', '0', '--host', '127.0.0.1',
    '--seed-size', String(seedSize), '--rate-limit', '1000000', '--step-seconds', '0'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const found = /listening on (\S+)/.exec(out);
    if (found) resolve(found[1]!);
  });
  child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${out}`)));
});
const headers = { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}` };

async function ask(query: string): Promise<{ ms: number; total: number; match: string }> {
  const start = performance.now();
  const response = await fetch(`${url}/v1/services?${query}`, { headers });
  const body = await response.text();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`${query} → ${response.status} ${body.slice(0, 200)}`);
  const parsed = JSON.parse(body) as { total: number; match: string };
  return { ms, total: parsed.total, match: parsed.match };
}

try {
  const t0 = performance.now();
  await ask(new URLSearchParams({ q: 'warm up' }).toString()); // builds the in-memory catalogue and index
  console.log(`first search (loads the catalogue, builds the index): ${(performance.now() - t0).toFixed(0)} ms`);
  // Warm-up, as a server that has been up a while is: the JIT optimises the hot loops after a few
  // hundred searches. With texts that are not in the workload (those stay cold): the synthetic
  // catalogue's words, typed letter by letter.
  const warmPhrases = ['giay phep kinh doanh van tai', 'chung chi hanh nghe kien truc', 'the huong dan vien du lich', 'giay phep quang cao',
    'thu hoi giay phep moi truong', 'xac nhan uu dai nguoi co cong', 'gia han giay phep luu hanh phuong tien', 'cong nhan mau 4242'];
  let warmed = 0;
  for (const phrase of warmPhrases) {
    for (let i = 1; i <= phrase.length; i++) {
      const text = phrase.slice(0, i).trim();
      if (seen.has(text)) continue;
      for (const province of [undefined, '46']) {
        await ask(new URLSearchParams({ q: text, limit: '10', ...(province ? { province } : {}) }).toString());
        warmed++;
      }
    }
  }
  console.log(`warmed up with ${warmed} searches of texts outside the workload`);

  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const report = (label: string, times: number[]) => {
    const s = [...times].sort((a, b) => a - b);
    const mean = s.reduce((a, b) => a + b, 0) / s.length;
    console.log(
      `${label.padEnd(40)} n=${String(s.length).padStart(5)}  p50 ${pct(s, 50).toFixed(2)} ms  p95 ${pct(s, 95).toFixed(2)} ms  ` +
        `p99 ${pct(s, 99).toFixed(2)} ms  max ${s.at(-1)!.toFixed(2)} ms  mean ${mean.toFixed(2)} ms`,
    );
  };

  const cold: { ms: number; query: string; total: number }[] = [];
  for (const query of workload) cold.push({ query, ...(await ask(query)) });
  const byLength = (min: number, max: number) =>
    cold.filter((c) => {
      const length = [...(new URLSearchParams(c.query).get('q') ?? '')].length;
      return length >= min && length <= max;
    }).map((c) => c.ms);
  console.log(`\nGET /v1/services over HTTP, ${seedSize.toLocaleString('en')} synthetic procedures + the real catalogue:`);
  report('cold texts, all', cold.map((c) => c.ms));
  report('  1–2 letters', byLength(1, 2));
  report('  3–6 letters', byLength(3, 6));
  report('  7+ letters', byLength(7, 1000));
  const repeats: number[] = [];
  for (let i = 0; i < 500; i++) repeats.push((await ask(workload[Math.floor(random() * workload.length)]!)).ms);
  report('repeated texts', repeats);

  const others: [string, string][] = [
    ['GET /v1/services (no text)', '/v1/services'],
    ['GET /v1/services/{code}', '/v1/services/1.001193.H38'],
    ['GET /v1/sectors', '/v1/sectors'],
    ['GET /v1/agencies?province=38', '/v1/agencies?province=38'],
  ];
  for (const [label, path] of others) {
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await (await fetch(url + path, { headers })).text();
      times.push(performance.now() - start);
    }
    report(label, times);
  }

  console.log('\nslowest cold texts:');
  for (const { ms, query, total } of cold.sort((a, b) => b.ms - a.ms).slice(0, 8)) {
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  total ${String(total).padStart(6)}  ${decodeURIComponent(query.replace(/\+/g, ' '))}`);
  }
} finally {
  child.kill();
}
