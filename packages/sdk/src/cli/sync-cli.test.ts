// `dvc-sync` as a one-stop team runs it: the real command in its own process, against a sandbox over
// HTTP — NDJSON and CSV exports with bad lines, OpenCPS payloads, a push stopped by Ctrl-C or killed
// and resumed, the change feed pulled into a file and read on, and the usage errors in both languages.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import type { SyncDossierRecordInput } from '@dvc-kit/contract';
import { createClient } from '../client.js';
import { sync } from '../server/sync.js';
import { syncRecord, TEST_SECRET_KEY, withSandbox } from '../test-support.js';
import { runSyncCli } from './sync-cli.js';

const bin = fileURLToPath(new URL('./dvc-sync.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const dir = mkdtempSync(join(tmpdir(), 'dvc-sync-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `dvc-sync` in its own process (cwd: the test's folder), as a terminal-less job would. */
function start(url: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', tsx, bin, ...args], {
    cwd: dir, env: { ...process.env, LANG: 'C.UTF-8', DVC_LANG: '', DVC_API_URL: url, DVC_SECRET_KEY: TEST_SECRET_KEY, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Ran>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}
const run = (url: string, args: string[], env?: Record<string, string>) => start(url, args, env).done;

/** Every change of the feed, read to its end with the SDK. */
async function feed(url: string) {
  const changes = [];
  for await (const page of sync(createClient({ baseUrl: url, key: TEST_SECRET_KEY }).connection).changes({ limit: 1000 })) changes.push(...page.data);
  return changes;
}
const ndjson = (name: string, lines: (string | object)[]) => {
  writeFileSync(join(dir, name), lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  return name;
};
const report = (name: string) => readFileSync(join(dir, name), 'utf8').trim().split('\n').map((line) => JSON.parse(line));

describe('dvc-sync push', () => {
  const sandbox = withSandbox({ rateLimit: 100_000 });

  it('pushes an NDJSON export and names every line it did not apply, with its line and field', async () => {
    const records: (string | object)[] = Array.from({ length: 1200 }, (_, i) => syncRecord(1 + i));
    records.splice(5, 0, '{"code": "000.00.01.H56-210531-9999",', '', '[1, 2]');
    records[600] = { ...(records[600] as SyncDossierRecordInput), applicant: { type: 'citizen', fullName: 'Lê Thị Hoa', phone: '0123456789' } };
    const file = ndjson('export.ndjson', records);
    const ran = await run(sandbox.url, ['push', file, '--report', 'problems.ndjson', '--json']);
    assert.equal(ran.code, 1, ran.stderr); // done, but some lines were not applied
    const summary = JSON.parse(ran.stdout);
    assert.deepEqual(
      [summary.records, summary.created, summary.invalid, summary.unreadable, summary.batches],
      [1200, 1199, 1, 2, 2],
    );
    const problems = report('problems.ndjson');
    assert.deepEqual(problems.map((p) => [p.line, p.result, p.errors[0].path, p.errors[0].code]), [
      [6, 'unreadable', null, 'not_json'],
      [8, 'unreadable', null, 'not_object'],
      [601, 'invalid', 'applicant.phone', 'phone.prefix'],
    ]);
    assert.equal(problems[2].code, (records[600] as SyncDossierRecordInput).code);
    // The same on the terminal, in Vietnamese by default, without the line's content (personal data).
    assert.match(ran.stderr, /dòng 6: không đọc được — không phải JSON hợp lệ/);
    assert.match(ran.stderr, /dòng 601 \(000\.00\.01\.H56-210531-\d+\): không hợp lệ — applicant\.phone: /);
    assert.doesNotMatch(ran.stderr, /0123456789/);
    const codes = new Set((await feed(sandbox.url)).map((c) => c.code));
    assert.ok(codes.has(syncRecord(1).code) && codes.has(syncRecord(1200).code));
    assert.ok(!codes.has((records[600] as SyncDossierRecordInput).code), 'the invalid record is not on the portal');

    // Run again: the checkpoint says everything is pushed, and nothing is sent; the report keeps the first run's lines.
    const again = await run(sandbox.url, ['push', file, '--lang', 'en', '--report', 'problems.ndjson']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(report('problems.ndjson').length, 3);
    assert.match(again.stdout, /Nothing to push: all 1,200 records were pushed by an earlier run/);
    assert.match(again.stderr, /Resuming after 1,200 records already pushed/);
  });

  it('reads a CSV export: dotted columns, JSON cells, numbers; a bad row is named and reading goes on', async () => {
    const header = 'code,version,serviceCode,agencyCode,applicant.type,applicant.fullName,applicant.phone,channel,submittedAt,dueAt,statusCode,fees,progress.0.at,progress.0.officer,progress.0.action,progress.0.statusCode';
    const code = (n: number) => `000.00.01.H56-260609-${String(7000 + n).padStart(4, '0')}`;
    writeFileSync(join(dir, 'export.csv'), [
      '\uFEFF' + header,
      `${code(1)},3,1.004222,000.00.01.H56,citizen,"Lê Thị ""Hoa""",0912345678,online,2026-06-09T08:15:00+07:00,2026-06-18T17:00:00+07:00,4,"[{""name"":""Lệ phí đăng ký thường trú"",""amount"":20000}]",2026-06-09T08:15:00+07:00,Nguyễn Văn An,Tiếp nhận hồ sơ,2`,
      `${code(2)},v2,1.004222,000.00.01.H56,citizen,Trần Văn Bình,0912345679,online,2026-06-09T08:15:00+07:00,,2,,,,,`,
      `${code(3)},1,1.004222,000.00.01.H56,citizen,Phạm Minh,0912345670,in_person,2026-06-09T08:15:00+07:00`,
      `${code(4)},1,1.004222,000.00.01.H56,citizen,Đỗ Dũng,0912345671,postal,2026-06-09T08:15:00+07:00,,2,"[{""name"":",,,,`,
      `${code(5)},1,1.004222,000.00.01.H56,citizen,Vũ Lan,0912345672,postal,2026-06-09T08:15:00+07:00,,2,,,,,`,
      '',
    ].join('\r\n'));
    const ran = await run(sandbox.url, ['push', 'export.csv', '--report', 'csv-problems.ndjson', '--json', '--quiet']);
    assert.equal(ran.code, 1, ran.stderr);
    assert.deepEqual(report('csv-problems.ndjson').map((p) => [p.line, p.errors[0].path, p.errors[0].code]), [
      [3, 'version', 'not_number'],
      [4, null, 'csv_syntax'],
      [5, 'fees', 'not_json'],
    ]);
    assert.match(ran.stderr, /dòng 4: không đọc được — dòng CSV không đọc được \(số ô khác số cột của dòng tiêu đề\)/);
    const { created } = JSON.parse(ran.stdout);
    assert.equal(created, 2);
    const dossier = (await feed(sandbox.url)).find((c) => c.code === code(1))!.dossier!;
    assert.deepEqual(
      [dossier.version, dossier.applicant.fullName, dossier.status, dossier.fees, dossier.progress.map((p) => [p.officer, p.statusCode])],
      [3, 'Lê Thị "Hoa"', 'processing', [{ code: null, name: 'Lệ phí đăng ký thường trú', amount: 20000 }], [['Nguyễn Văn An', 2]]],
    );
  });

  it('adapts OpenCPS payloads (--from opencps) and reports what it could not map', async () => {
    const hue = {
      MaHoSo: '000.00.01.H46-260609-0312', MaTTHC: '1.004222', TenTTHC: 'Đăng ký thường trú', ChuHoSo: 'Nguyễn Thị Mai', LoaiDoiTuong: 1,
      MaDoiTuong: '046190012345', SoDienThoai: '0905123456', NgayTiepNhan: '20260609081500', NgayHenTra: '20260618170000', TrangThaiHoSo: 4,
      DonViXuLy: '000.00.01.H46', KenhThucHien: 1, DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí đăng ký cư trú', Gia: 20000 }],
      CapNhatTienDoHoSoMC: [
        { MaHoSo: '000.00.01.H46-260609-0312', NguoiXuLy: 'Lê Thị Hằng', ThoiDiemXuLy: '20260609081500', NoiDungXuLy: 'Tiếp nhận hồ sơ', TrangThai: 2 },
        { MaHoSo: '000.00.01.H46-260609-0312', NguoiXuLy: 'Trần Văn Bình', ThoiDiemXuLy: '20260631140000', NoiDungXuLy: 'Chuyển xử lý', TrangThai: 4 },
      ],
    };
    const noStatus = { ...hue, MaHoSo: '000.00.01.H46-260609-0313', TrangThaiHoSo: 42, CapNhatTienDoHoSoMC: [] };
    const file = ndjson('opencps.ndjson', [hue, noStatus]);
    const ran = await run(sandbox.url, ['push', file, '--from', 'opencps', '--report', 'opencps-problems.ndjson', '--lang', 'en', '--quiet']);
    assert.equal(ran.code, 1, ran.stderr);
    assert.match(ran.stdout, /1 created/);
    assert.match(ran.stdout, /1 not adapted · 1 with fields left out/);
    const problems = report('opencps-problems.ndjson');
    assert.deepEqual(problems.map((p) => [p.line, p.code, p.result, p.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)]), [
      [1, hue.MaHoSo, 'adapted_with_problems', ['CapNhatTienDoHoSoMC[1].ThoiDiemXuLy invalid_date']],
      [2, noStatus.MaHoSo, 'not_adapted', ['TrangThaiHoSo unknown_status']],
    ]);
    const dossier = (await feed(sandbox.url)).find((c) => c.code === hue.MaHoSo)!.dossier!;
    assert.deepEqual([dossier.applicant.fullName, dossier.submittedAt, dossier.progress.length], ['Nguyễn Thị Mai', '2026-06-09T01:15:00.000Z', 1]);
  });

  it('refuses bad usage with a specific message and exit code 2, in Vietnamese and in English', async () => {
    const cases: [string[], Record<string, string | undefined>, RegExp][] = [
      [['push'], {}, /push cần đúng một tệp/],
      [['push', 'nothere.ndjson'], {}, /không có tệp .*nothere\.ndjson/],
      [['push', 'export.ndjson', '--batch-size', '5000'], {}, /--batch-size phải là số nguyên từ 1 đến 1000 \(nhận "5000"\)/],
      [['push', 'export.ndjson', '--follow'], {}, /tuỳ chọn --follow không dùng với lệnh push/],
      [['push', 'export.ndjson', '--format', 'xml'], {}, /--format phải là ndjson hoặc csv/],
      [['pusj'], {}, /không có lệnh "pusj"/],
      [['pull', '--bogus'], {}, /không có tuỳ chọn --bogus/],
      [['pull'], { DVC_SECRET_KEY: undefined }, /thiếu khoá: đặt DVC_SECRET_KEY/],
      [['pull'], { DVC_SECRET_KEY: 'pk_test_dvckit_local' }, /phải là khoá bí mật \(sk_…\), không phải khoá công khai/],
      [['pull', '--lang', 'en'], { DVC_API_URL: undefined }, /no API address: set DVC_API_URL or --api-url/],
      [['push', 'nothere.ndjson'], { LANG: 'en_US.UTF-8' }, /no file .*nothere\.ndjson/],
    ];
    for (const [argv, env, expected] of cases) {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      let text = '';
      stderr.on('data', (chunk) => (text += chunk));
      const code = await runSyncCli({
        argv, cwd: dir, stdin: new PassThrough(), stdout, stderr,
        env: { DVC_API_URL: sandbox.url, DVC_SECRET_KEY: TEST_SECRET_KEY, LANG: 'C.UTF-8', ...env },
      });
      assert.equal(code, 2, `${argv.join(' ')}: ${text}`);
      assert.match(text, expected);
    }
  });
});

describe('dvc-sync push, stopped and resumed', () => {
  // Every request waits 100 ms, so the push is still running when the test stops it, however fast the machine.
  const sandbox = withSandbox({ rateLimit: 100_000, faults: { delayRate: 1, delayMs: 100 } });
  const total = 3000;
  const checkpointOf = (file: string) => {
    const path = join(dir, `${file}.checkpoint.json`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { position: number }).position : 0;
  };
  const stopWhenPast = async (file: string, signal: NodeJS.Signals, position: number) => {
    const job = start(sandbox.url, ['push', file, '--batch-size', '100', '--concurrency', '1']);
    while (checkpointOf(file) < position) {
      if (job.child.exitCode !== null) assert.fail(`the push ended before it was stopped: ${(await job.done).stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    job.child.kill(signal);
    return job.done;
  };

  for (const [signal, name] of [['SIGINT', 'Ctrl-C'], ['SIGKILL', 'a crash']] as const) {
    it(`resumes after ${name} from its checkpoint and ends with every record once`, async () => {
      const offset = signal === 'SIGINT' ? 20_000 : 30_000;
      const file = ndjson(`${signal}.ndjson`, Array.from({ length: total }, (_, i) => syncRecord(offset + i)));
      sandbox.sandbox.sandbox.options.faults.delayRate = 1;
      const stopped = await stopWhenPast(file, signal, 500);
      const saved = checkpointOf(file);
      if (signal === 'SIGINT') {
        assert.equal(stopped.code, 3, stopped.stderr);
        assert.match(stopped.stderr, new RegExp(`đã dừng theo yêu cầu[\\s\\S]*${saved.toLocaleString('vi-VN').replace('.', '\\.')} bản ghi đầu đã được áp dụng`));
        assert.match(stopped.stderr, /Chạy lại đúng lệnh này để tiếp tục/);
      } else {
        assert.equal(stopped.signal, 'SIGKILL');
      }
      assert.ok(saved >= 500 && saved < total && saved % 100 === 0, `position ${saved}`);

      sandbox.sandbox.sandbox.options.faults.delayRate = 0;
      const resumed = await run(sandbox.url, ['push', file, '--json', '--quiet']);
      assert.equal(resumed.code, 0, resumed.stderr);
      const summary = JSON.parse(resumed.stdout);
      assert.equal(summary.skipped, saved);
      assert.equal(summary.sent, total - saved);
      // Batches applied after the last save come again as unchanged: at least once, never twice on the portal.
      assert.equal(summary.created + summary.unchanged, total - saved);
      const ours = (await feed(sandbox.url)).filter((c) => c.type === 'dossier.upserted' && c.code >= syncRecord(offset).code && c.code <= syncRecord(offset + total - 1).code);
      assert.equal(ours.length, total);
      assert.equal(new Set(ours.map((c) => c.code)).size, total);
    });
  }
});

describe('dvc-sync pull', () => {
  const sandbox = withSandbox({ rateLimit: 100_000 });

  it('writes the feed to a file and reads on from its cursor; a page written but not committed is not kept twice', async () => {
    const client = sync(createClient({ baseUrl: sandbox.url, key: TEST_SECRET_KEY }).connection);
    await client.push(Array.from({ length: 1500 }, (_, i) => syncRecord(40_000 + i)));
    const first = await run(sandbox.url, ['pull', '--out', 'feed/changes.ndjson', '--limit', '400']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Đã đọc 1\.500 thay đổi \(4 trang\) .*: 1\.500 hồ sơ cập nhật · 0 bước xử lý · 0 hồ sơ bị xoá\./);
    const lines = () => readFileSync(join(dir, 'feed/changes.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(lines().length, 1500);

    // A crash after writing a page and before saving the cursor: that page is in the file, not in the cursor.
    appendFileSync(join(dir, 'feed/changes.ndjson'), `${JSON.stringify(lines()[0])}\n`);
    await client.remove(syncRecord(40_000).code);
    await client.push([{ ...syncRecord(40_001), version: 2, statusCode: 4 }]);
    const next = await run(sandbox.url, ['pull', '--out', 'feed/changes.ndjson', '--json']);
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stderr, /Đọc tiếp từ con trỏ đã lưu/);
    assert.deepEqual(JSON.parse(next.stdout), { ...JSON.parse(next.stdout), changes: 2, 'dossier.deleted': 1, 'dossier.upserted': 1 });
    const all = lines();
    assert.equal(all.length, 1502);
    assert.deepEqual(all.slice(-2).map((c) => [c.type, c.code, c.version]), [
      ['dossier.deleted', syncRecord(40_000).code, 1], ['dossier.upserted', syncRecord(40_001).code, 2],
    ]);
    assert.equal(new Set(all.map((c) => c.seq)).size, all.length, 'no change twice in the file');

    // --restart reads a whole copy into a new file: every dossier's latest upsert, and the tombstone.
    const whole = await run(sandbox.url, ['pull', '--out', 'feed/changes.ndjson', '--restart', '--quiet', '--lang', 'en']);
    assert.equal(whole.code, 0, whole.stderr);
    assert.match(whole.stdout, /Read 1,500 changes \(3 pages\) in .*: 1,499 dossiers upserted · 0 progress entries · 1 dossiers removed\./);
    assert.equal(lines().length, 1500);
  });

  it('writes to standard output with the summary on standard error, and says what to do with an expired cursor', async () => {
    const ran = await run(sandbox.url, ['pull', '--limit', '1000', '--quiet']);
    assert.equal(ran.code, 0, ran.stderr);
    assert.ok(ran.stdout.trim().split('\n').every((line) => JSON.parse(line).seq > 0));
    assert.match(ran.stderr, /Đã đọc \d/);

    writeFileSync(join(dir, 'old.cursor.json'), JSON.stringify({ cursor: 'MS4w', bytes: null, savedAt: '2026-01-01T00:00:00Z' }));
    const expired = await run(sandbox.url, ['pull', '--cursor-file', 'old.cursor.json', '--quiet']);
    assert.equal(expired.code, 2, expired.stderr);
    assert.match(expired.stderr, /con trỏ đã cũ hơn khoảng thời gian cổng lưu giữ thay đổi/);
    assert.match(expired.stderr, /Chạy lại với --restart để đọc một bản sao đầy đủ/);
  });
});
