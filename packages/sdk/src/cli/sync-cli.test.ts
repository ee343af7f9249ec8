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

/** Runs the command in this process (for what fails before or without a long push); its exit code and output. */
async function inProcess(url: string, argv: string[], env: Record<string, string | undefined> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let text = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (text += chunk));
  const code = await runSyncCli({
    argv, cwd: dir, stdin: new PassThrough(), stdout, stderr,
    env: { DVC_API_URL: url, DVC_SECRET_KEY: TEST_SECRET_KEY, LANG: 'C.UTF-8', ...env },
  });
  return { code, stdout: out, stderr: text };
}

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
      [3, 'version', 'not_integer'],
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

  it('reads an Excel export: semicolons, empty trailing columns and rows, quotes inside cells, 20.000 refused', async () => {
    const code = (n: number) => `000.00.01.H56-260609-${String(7100 + n).padStart(4, '0')}`;
    const row = (n: number, name: string, amount: string) =>
      `${code(n)};1;1.004222;000.00.01.H56;citizen;${name};0912345678;in_person;2026-06-09T08:15:00+07:00;2;Lệ phí;${amount};;;`;
    writeFileSync(join(dir, 'excel.csv'), [
      '\uFEFFcode;version;serviceCode;agencyCode;applicant.type;applicant.fullName;applicant.phone;channel;submittedAt;statusCode;fees.0.name;fees.0.amount;;;',
      row(1, 'Lê "Bé" Hoa', '20000'),
      ';;;;;;;;;;;;;;',
      row(2, 'Trần Văn Bình', '20.000'),
      row(3, '"Phạm Minh', '15000'),
      row(4, 'Đỗ Dũng', '15000'),
      '',
    ].join('\r\n'));
    const ran = await run(sandbox.url, ['push', 'excel.csv', '--delimiter', ';', '--report', 'excel-problems.ndjson', '--json', '--quiet']);
    assert.equal(ran.code, 1, ran.stderr);
    assert.deepEqual(report('excel-problems.ndjson').map((p) => [p.line, p.code, p.errors[0].path, p.errors[0].code]), [
      [4, code(2), 'fees.0.amount', 'not_integer'],
      [5, null, null, 'csv_syntax'],
    ]);
    assert.match(report('excel-problems.ndjson')[1].errors[0].message, /dấu ngoặc kép mở từ dòng 5 không được đóng: từ dòng đó đến cuối tệp không đọc được/);
    assert.equal(JSON.parse(ran.stdout).created, 1);
    const dossier = (await feed(sandbox.url)).find((c) => c.code === code(1))!.dossier!;
    assert.deepEqual([dossier.applicant.fullName, dossier.fees[0]!.amount], ['Lê "Bé" Hoa', 20000]);
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
    // Steps nested without their own MaHoSo belong to their line's dossier; a step of another dossier, or not a list, is named.
    const nested = {
      ...hue, MaHoSo: '000.00.01.H46-260609-0314',
      CapNhatTienDoHoSoMC: [
        { NguoiXuLy: 'Lê Thị Hằng', ThoiDiemXuLy: '20260609081500', NoiDungXuLy: 'Tiếp nhận hồ sơ', TrangThai: 2 },
        { MaHoSo: '000.00.01.H46-260609-0399', NguoiXuLy: 'Ai đó', ThoiDiemXuLy: '20260609090000', NoiDungXuLy: 'Hồ sơ khác', TrangThai: 4 },
      ],
    };
    const notList = { ...hue, MaHoSo: '000.00.01.H46-260609-0315', CapNhatTienDoHoSoMC: { NguoiXuLy: 'Lê Thị Hằng', ThoiDiemXuLy: '20260609081500' } };
    const file = ndjson('opencps.ndjson', [hue, noStatus, nested, notList]);
    const ran = await run(sandbox.url, ['push', file, '--from', 'opencps', '--report', 'opencps-problems.ndjson', '--lang', 'en', '--quiet']);
    assert.equal(ran.code, 1, ran.stderr);
    assert.match(ran.stdout, /3 created/);
    assert.match(ran.stdout, /1 not adapted · 3 with fields left out/);
    const problems = report('opencps-problems.ndjson');
    assert.deepEqual(problems.map((p) => [p.line, p.code, p.result, p.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)]), [
      [1, hue.MaHoSo, 'adapted_with_problems', ['CapNhatTienDoHoSoMC[1].ThoiDiemXuLy invalid_date']],
      [2, noStatus.MaHoSo, 'not_adapted', ['TrangThaiHoSo unknown_status']],
      [3, nested.MaHoSo, 'adapted_with_problems', ['CapNhatTienDoHoSoMC[1].MaHoSo invalid_value']],
      [4, notList.MaHoSo, 'adapted_with_problems', ['CapNhatTienDoHoSoMC invalid_value']],
    ]);
    assert.equal(problems[0].errors[0].message, 'not a date yyyyMMddHHmmss', 'in the run\'s language, without the value');
    assert.equal((await feed(sandbox.url)).find((c) => c.code === nested.MaHoSo)!.dossier!.progress.length, 1);
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
      const { code, stderr } = await inProcess(sandbox.url, argv, env);
      assert.equal(code, 2, `${argv.join(' ')}: ${stderr}`);
      assert.match(stderr, expected);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('refuses, before sending anything, what it could not finish: unwritable report or checkpoint, unreadable checkpoint, a wrong key', async () => {
    const file = ndjson('early.ndjson', [syncRecord(60_001)]);
    writeFileSync(join(dir, 'garbage.checkpoint.json'), 'garbage\n');
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['push', file, '--report', join(dir, 'missing/report.ndjson')], {}, /không ghi được vào thư mục .*missing/],
      [['push', file, '--checkpoint', join(dir, 'missing/cp.json')], {}, /không ghi được vào thư mục .*missing/],
      [['push', file, '--checkpoint', 'garbage.checkpoint.json'], {}, /tệp vị trí .*garbage\.checkpoint\.json không đọc được: xoá nó, hoặc dùng --restart/],
      [['push', file, '--restart'], { DVC_SECRET_KEY: 'sk_test_not_a_key' }, /kiểm tra DVC_SECRET_KEY/],
      [['push', file, '--lang'], {}, /--lang cần một giá trị/],
      [['pull'], { DVC_API_URL: 'localhost:8931' }, /DVC_API_URL "localhost:8931" không phải địa chỉ http\(s\):\/\/…/],
      [['pull'], { DVC_SECRET_KEY: 'sk_test_not_a_key', LANG: 'en_GB.UTF-8' }, /check DVC_SECRET_KEY/],
      [['remove', syncRecord(60_001).code], { DVC_SECRET_KEY: 'sk_test_not_a_key' }, /kiểm tra DVC_SECRET_KEY/],
    ];
    for (const [argv, env, expected] of cases) {
      const ran = await inProcess(sandbox.url, argv, env);
      assert.equal(ran.code, 2, `${argv.join(' ')}: ${ran.stderr}`);
      assert.match(ran.stderr, expected);
      assert.doesNotMatch(ran.stderr, /Chạy lại đúng lệnh này|\n\s+at /, 'no advice to run again, no stack trace');
    }
    assert.ok(!(await feed(sandbox.url)).some((c) => c.code === syncRecord(60_001).code), 'nothing was sent');
    // A code the contract refuses is said once, with its field.
    const removed = await inProcess(sandbox.url, ['remove', 'not-a-code']);
    assert.equal(removed.code, 1);
    assert.equal(removed.stderr.match(/Mã hồ sơ không đúng định dạng/g)?.length, 1, removed.stderr);
  });

  it('does not resume an export that was replaced or pushed with other options; says so and sends nothing', async () => {
    const file = ndjson('daily.ndjson', Array.from({ length: 5 }, (_, i) => syncRecord(61_000 + i)));
    assert.equal((await run(sandbox.url, ['push', file, '--quiet'])).code, 0);
    // The next day's export, written over the same file: other dossiers, same length.
    ndjson('daily.ndjson', Array.from({ length: 5 }, (_, i) => syncRecord(61_100 + i)));
    const replaced = await run(sandbox.url, ['push', file, '--quiet']);
    assert.equal(replaced.code, 2, replaced.stderr);
    assert.match(replaced.stderr, /không thuộc đầu vào này: bản ghi đầu tiên khác với lúc lưu .* --restart .* chưa gửi gì/);
    // The same first record, an edited fifth one.
    ndjson('daily.ndjson', [...Array.from({ length: 4 }, (_, i) => syncRecord(61_000 + i)), syncRecord(61_200)]);
    assert.match((await run(sandbox.url, ['push', file, '--quiet'])).stderr, /bản ghi thứ 5 khác với lúc lưu/);
    // Shorter than what was pushed.
    ndjson('daily.ndjson', Array.from({ length: 3 }, (_, i) => syncRecord(61_000 + i)));
    assert.match((await run(sandbox.url, ['push', file, '--quiet'])).stderr, /độ dài \(đầu vào chỉ có 3 bản ghi, tệp vị trí nói 5 đã đẩy\)/);
    assert.ok(!(await feed(sandbox.url)).some((c) => c.code === syncRecord(61_100).code || c.code === syncRecord(61_200).code));
    // Appended to: the same records first, then new ones — resumed after the five.
    ndjson('daily.ndjson', Array.from({ length: 7 }, (_, i) => syncRecord(61_000 + i)));
    const appended = await run(sandbox.url, ['push', file, '--json', '--quiet']);
    assert.equal(appended.code, 0, appended.stderr);
    assert.deepEqual([JSON.parse(appended.stdout).skipped, JSON.parse(appended.stdout).created], [5, 2]);
    // Other options shape other records.
    const other = await run(sandbox.url, ['push', file, '--from', 'igate', '--quiet']);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /được lưu với tuỳ chọn khác \(--format, --delimiter, --from\)/);
  });

  it('names what would otherwise be lost without a word: other encodings, misspelt fields, a record too large to send', async () => {
    // The second line saved in a one-byte encoding: "Hồ sơ" is no longer UTF-8.
    writeFileSync(join(dir, 'encoding.ndjson'), Buffer.concat([
      Buffer.from(`${JSON.stringify(syncRecord(62_001))}\n`),
      Buffer.from(`${JSON.stringify({ ...syncRecord(62_002), summary: 'Hồ sơ đăng ký thường trú' })}\n`, 'latin1'),
    ]));
    const encoding = await run(sandbox.url, ['push', 'encoding.ndjson', '--report', 'encoding-problems.ndjson', '--quiet']);
    assert.equal(encoding.code, 1, encoding.stderr);
    assert.deepEqual(report('encoding-problems.ndjson').map((p) => [p.line, p.errors[0].code]), [[2, 'not_utf8']]);

    const typo = { ...syncRecord(62_010), recievedAt: '2026-06-09T08:15:00+07:00', applicant: { ...syncRecord(62_010).applicant, fone: '0912345678' } };
    const huge = { ...syncRecord(62_011), attachmentScan: 'A'.repeat(9 * 1024 * 1024) };
    const file = ndjson('typos.ndjson', [typo, { ...syncRecord(62_012), recievedAt: 'x' }, huge, syncRecord(62_013)]);
    const ran = await run(sandbox.url, ['push', file, '--report', 'typos-problems.ndjson', '--json', '--quiet']);
    assert.equal(ran.code, 1, ran.stderr);
    assert.deepEqual(report('typos-problems.ndjson').map((p) => [p.line, p.result, p.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)]), [
      [1, 'unknown_field', ['applicant.fone unknown_field', 'recievedAt unknown_field']], // each name once
      [3, 'unknown_field', ['attachmentScan unknown_field']],
      [3, 'invalid', [' record_too_large']],
    ]);
    assert.deepEqual(((s) => [s.created, s.invalid, s.unknownFields])(JSON.parse(ran.stdout)), [3, 1, 2]);
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

describe('dvc-sync pull, stopped', () => {
  // Every request waits 100 ms: the pull is still reading when the test stops it.
  const sandbox = withSandbox({ rateLimit: 100_000, faults: { delayRate: 1, delayMs: 100 } });

  it('says a pull stopped by Ctrl-C before the end of the feed was stopped (exit 3), and reads on from there next time', async () => {
    sandbox.sandbox.sandbox.options.faults.delayRate = 0;
    await sync(createClient({ baseUrl: sandbox.url, key: TEST_SECRET_KEY }).connection).push(Array.from({ length: 300 }, (_, i) => syncRecord(70_000 + i)));
    sandbox.sandbox.sandbox.options.faults.delayRate = 1;
    const job = start(sandbox.url, ['pull', '--out', 'stopped.ndjson', '--limit', '10']);
    while (!existsSync(join(dir, 'stopped.ndjson.cursor.json'))) {
      if (job.child.exitCode !== null) assert.fail(`the pull ended before it was stopped: ${(await job.done).stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    job.child.kill('SIGINT');
    const stopped = await job.done;
    assert.equal(stopped.code, 3, stopped.stderr);
    assert.match(stopped.stderr, /đã dừng theo yêu cầu trước khi đọc hết luồng thay đổi\. Chạy lại đúng lệnh này để đọc tiếp\./);
    sandbox.sandbox.sandbox.options.faults.delayRate = 0;
    const rest = await run(sandbox.url, ['pull', '--out', 'stopped.ndjson', '--limit', '1000', '--quiet']);
    assert.equal(rest.code, 0, rest.stderr);
    const seqs = readFileSync(join(dir, 'stopped.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line).seq);
    assert.equal(seqs.length, 300);
    assert.equal(new Set(seqs).size, 300);
  });
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

    // A cursor file that is not one, an output gone or cut while its cursor stayed: refused, with what to do.
    writeFileSync(join(dir, 'empty.cursor.json'), '{}');
    const empty = await run(sandbox.url, ['pull', '--cursor-file', 'empty.cursor.json', '--quiet']);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /tệp con trỏ .*empty\.cursor\.json không đọc được: xoá nó, hoặc dùng --restart/);
    assert.equal((await run(sandbox.url, ['pull', '--out', 'kept.ndjson', '--quiet'])).code, 0);
    writeFileSync(join(dir, 'kept.ndjson'), readFileSync(join(dir, 'kept.ndjson'), 'utf8').slice(0, 100));
    const cut = await run(sandbox.url, ['pull', '--out', 'kept.ndjson', '--quiet']);
    assert.equal(cut.code, 2);
    assert.match(cut.stderr, /kept\.ndjson ngắn hơn lúc lưu con trỏ \(100 byte, lúc đó [\d.]+\): tệp đã bị cắt hoặc thay; dùng --restart/);
    rmSync(join(dir, 'kept.ndjson'));
    assert.match((await run(sandbox.url, ['pull', '--out', 'kept.ndjson', '--quiet'])).stderr, /kept\.ndjson không còn, nhưng con trỏ của nó .* vẫn còn: dùng --restart/);

    writeFileSync(join(dir, 'old.cursor.json'), JSON.stringify({ cursor: 'MS4w', bytes: null, savedAt: '2026-01-01T00:00:00Z' }));
    const expired = await run(sandbox.url, ['pull', '--cursor-file', 'old.cursor.json', '--quiet']);
    assert.equal(expired.code, 2, expired.stderr);
    assert.match(expired.stderr, /con trỏ đã cũ hơn khoảng thời gian cổng lưu giữ thay đổi/);
    assert.match(expired.stderr, /Chạy lại với --restart để đọc một bản sao đầy đủ/);
  });
});
