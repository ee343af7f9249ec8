// Runs the commands of the one-stop guide (docs/sync.md, from commands.sh) as written, in bash, from a
// folder holding the guide's exports, against a sandbox: only the sandbox's port differs, and `npx
// dvc-sync` runs the command from its sources.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';
import { syncRecord } from '@dvc-kit/sandbox/testing';
import { region } from '../../../../scripts/snippets.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = fileURLToPath(new URL('../../../../packages/sdk/src/cli/dvc-sync.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, rateLimit: 100_000 });
const dir = mkdtempSync(join(tmpdir(), 'dvc-sync-guide-'));
after(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});
for (const file of ['dossiers.csv', 'opencps.ndjson']) copyFileSync(join(here, file), join(dir, file));
// The export of the guide's first push: 2,500 dossiers, the 8th with a landline number.
const exported: Record<string, unknown>[] = Array.from({ length: 2500 }, (_, i) => syncRecord(100 + i));
exported[7] = { ...exported[7]!, applicant: { type: 'citizen', fullName: 'Lê Thị Hoa', phone: '0234382345' } };
writeFileSync(join(dir, 'dossiers.ndjson'), exported.map((r) => JSON.stringify(r)).join('\n') + '\n');

const script = readFileSync(join(here, 'commands.sh'), 'utf8');
/** The guide's setup and one of its commands, in bash; `npx dvc-sync` is the command from its sources. */
function start(name: string) {
  const setup = region(script, 'setup')!.replace('http://127.0.0.1:8787', sandbox.url);
  const prelude = `set -e\nnpx() { [ "$1" = dvc-sync ] && shift; node --conditions=source --import '${tsx}' '${bin}' "$@"; }`;
  const child = spawn('bash', ['-c', `${prelude}\n${setup}\n${region(script, name)}`], { cwd: dir, env: { ...process.env, LANG: 'C.UTF-8' }, detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}
const run = (name: string) => start(name).done;
const changes = () => readFileSync(join(dir, 'changes.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));

describe('the one-stop guide, on the command line', () => {
  it('pushes the NDJSON export and names the line it did not apply', async () => {
    const ran = await run('push');
    assert.equal(ran.code, 1, ran.stderr); // done, one record not applied
    assert.match(ran.stdout, /Đã gửi 2\.500 bản ghi trong .* \(.* bản ghi\/giây\)\.\n {2}2\.499 tạo mới · 0 cập nhật · 0 không đổi · 0 cũ hơn · 1 không hợp lệ\n {2}0 dòng không đọc được\n$/);
    assert.match(ran.stderr, /dòng 8 \(000\.00\.01\.H56-210531-0107\): không hợp lệ — applicant\.phone: /);
    const problems = readFileSync(join(dir, 'problems.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(problems.map((p) => [p.line, p.result, p.errors[0].path]), [[8, 'invalid', 'applicant.phone']]);
    assert.ok(existsSync(join(dir, 'dossiers.ndjson.checkpoint.json')));
  });

  it('pushes the CSV export', async () => {
    const ran = await run('csv');
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /Sent 3 records .*\n {2}3 created/);
  });

  it('adapts and pushes the OpenCPS export, naming the payload it could not map', async () => {
    const ran = await run('opencps');
    assert.equal(ran.code, 1, ran.stderr);
    assert.match(ran.stdout, /1 tạo mới/);
    assert.match(ran.stderr, /dòng 2 \(000\.00\.01\.H46-260609-0013\): không chuyển đổi được — TrangThaiHoSo: /);
  });

  it('pulls the feed into a file, removes a record, and follows the feed until Ctrl-C', async () => {
    const pulled = await run('pull');
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.equal(changes().length, 2499 + 3 + 1);
    const csv = changes().find((c) => c.code === '000.00.01.H56-260609-0001');
    assert.deepEqual([csv.dossier.status, csv.dossier.payment, csv.dossier.progress[0].officer], [
      'processing', { mode: 'desk', amount: 20000, paidAt: null }, 'Nguyễn Văn An',
    ]);

    const removed = await run('remove');
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, /Đã xoá 000\.00\.01\.H56-260609-0003/);

    const follow = start('follow');
    while (changes().length < 2504) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual([changes().at(-1).type, changes().at(-1).code], ['dossier.deleted', '000.00.01.H56-260609-0003']);
    // The portal changes while it follows: the new upsert arrives within a poll (5 s).
    const response = await fetch(`${sandbox.url}/v1/sync/dossiers`, {
      method: 'POST', headers: { authorization: 'Bearer sk_test_dvckit_local', 'content-type': 'application/json' },
      body: JSON.stringify({ records: [{ ...syncRecord(100), version: 2, statusCode: 9 }] }),
    });
    assert.equal(response.status, 200);
    while (changes().length < 2505) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual([changes().at(-1).code, changes().at(-1).dossier.status], [syncRecord(100).code, 'releasing']);
    process.kill(-follow.child.pid!, 'SIGINT'); // Ctrl-C: to the whole foreground job, as a terminal sends it
    const ended = await follow.done;
    assert.equal(ended.code, 0, ended.stderr);
  });
});
