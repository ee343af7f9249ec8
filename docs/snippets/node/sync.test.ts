// The status sync snippets of the SDK and contract guides (docs/sdk.md, docs/contract.md): a one-stop
// system pushes its dossiers from an NDJSON export with @dvc-kit/sdk/server, resumes from its
// checkpoint, and another service mirrors the portal's dossiers from the change feed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';
import { createClient } from '@dvc-kit/sdk';
import { syncRecord } from '@dvc-kit/sandbox/testing';

const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0 });
const dir = mkdtempSync(join(tmpdir(), 'dvc-sync-snippet-'));
after(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});
const baseUrl = sandbox.url;
process.env.DVC_SECRET_KEY = 'sk_test_dvckit_local';
process.chdir(dir);

// #region record
const record = {
  code: 'G09.20-20260609-0092637', // or 000.00.01.H56-210531-0001
  version: 3, // the one-stop system's own counter (or a timestamp): older than stored → stale
  serviceCode: '1.004222',
  agencyCode: 'G09.20', // an agency the key acts for
  applicant: { type: 'citizen', fullName: 'Lê Thị Hoa', idNumber: '038195012345', phone: '0912345678' },
  channel: 'in_person', // in_person | online | postal
  submittedAt: '2026-06-09T08:15:00+07:00',
  receivedAt: '2026-06-09T08:15:00+07:00',
  dueAt: '2026-06-18T17:00:00+07:00',
  statusCode: 4, // or status: 'processing' (or both, if they agree)
  progress: [
    { at: '2026-06-09T08:15:00+07:00', officer: 'Nguyễn Văn An', title: 'Cán bộ tiếp nhận', action: 'Tiếp nhận hồ sơ', statusCode: 2 },
    { at: '2026-06-09T14:00:00+07:00', officer: 'Trần Thị Bích', department: 'Công an xã', action: 'Chuyển xử lý', statusCode: 4 },
  ],
  fees: [{ code: 'LP01', name: 'Lệ phí đăng ký thường trú', amount: 20_000 }],
  payment: { mode: 'desk', amount: 20_000 }, // portal | gateway | desk
};
// #endregion record

/** What the mirror keeps, as a database would. */
const mirror = new Map<string, { status: string; version: number | null }>();
const db = {
  cursor: undefined as string | undefined,
  loadCursor: async () => db.cursor,
  saveCursor: async (cursor: string) => {
    db.cursor = cursor;
  },
  upsert: async (dossier: { code: string; status: string; version: number | null }) => void mirror.set(dossier.code, dossier),
  remove: async (code: string) => void mirror.delete(code),
};

const lines: Record<string, unknown>[] = [record, ...Array.from({ length: 2499 }, (_, i) => syncRecord(i + 1))];
lines[7] = { ...lines[7]!, applicant: { type: 'citizen', fullName: 'Lê Thị Hoa', phone: '0123456789' } };
writeFileSync('dossiers.ndjson', lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
/** What the snippet prints. */
const printed: string[] = [];
const console = { warn: (...args: unknown[]) => void printed.push(args.map(String).join(' ')), log: (...args: unknown[]) => void printed.push(args.map(String).join(' ')) };

// #region push
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { sync } from '@dvc-kit/sdk/server';

const dvc = createClient({ baseUrl, key: process.env.DVC_SECRET_KEY! }); // a secret key of scope sync
async function* exported() {
  for await (const line of createInterface({ input: createReadStream('dossiers.ndjson') })) if (line) yield JSON.parse(line);
}
const totals = await sync(dvc.connection).push(exported(), {
  checkpoint: 'dossiers.position.json', // a stopped push resumes after the last batch saved
  onRecordProblem: (p) => console.warn(`line ${p.index + 1} ${p.code}: ${p.result}`, p.errors.map((e) => `${e.path} ${e.code}`)),
});
console.log(`${totals.created} created, ${totals.updated} updated, ${totals.stale} stale, ${totals.invalid} invalid`);
// #endregion push

// #region changes
for await (const page of sync(dvc.connection).changes({ cursor: await db.loadCursor() })) {
  for (const change of page.data) {
    if (change.type === 'dossier.deleted') await db.remove(change.code);
    else if (change.type === 'dossier.upserted') await db.upsert(change.dossier!);
  }
  await db.saveCursor(page.nextCursor); // after applying the page: nothing is lost, a page may come twice
}
// #endregion changes

/** An OpenCPS batch as DongBoHoSoMC receives it, and its CapNhatTienDoHoSoMC steps. */
const body = {
  data: [{
    MaHoSo: '000.00.01.H46-260609-0012', MaTTHC: '1.004222', ChuHoSo: 'Nguyễn Thị Mai', LoaiDoiTuong: 1, SoDienThoai: '0905123456',
    NgayTiepNhan: '20260609081500', NgayHenTra: '20260618170000', TrangThaiHoSo: 99, DonViXuLy: '000.00.01.H46', KenhThucHien: 1,
  }, {
    MaHoSo: '000.00.01.H46-260609-0013', MaTTHC: '1.004222', ChuHoSo: 'Trần Văn Bình', LoaiDoiTuong: 1, SoDienThoai: '0905654321',
    NgayTiepNhan: '20260609091500', NgayHenTra: '20260618170000', TrangThaiHoSo: 4, DonViXuLy: '000.00.01.H46', KenhThucHien: 1,
  }],
  steps: [{ MaHoSo: '000.00.01.H46-260609-0013', NguoiXuLy: 'Lê Thị Hằng', ThoiDiemXuLy: '20260609091500', NoiDungXuLy: 'Tiếp nhận hồ sơ', TrangThai: 2 }],
};
/** What the push snippet printed (the adapters snippet prints next). */
const pushPrinted = printed.splice(0);

// #region adapters
import { fromOpenCps } from '@dvc-kit/sdk/server';

const adapted = fromOpenCps(body.data, { progress: body.steps }); // version: the latest date of each dossier
for (const { record, problems } of adapted) {
  for (const p of problems) console.warn(`${record?.code ?? 'not synced'}: ${p.field}=${JSON.stringify(p.value)} ${p.code}`);
}
const pushed = await sync(dvc.connection).push(adapted.flatMap((a) => (a.record ? [a.record] : [])));
// #endregion adapters

describe('status sync', () => {
  it('adapts an OpenCPS batch, reporting what it could not map, and pushes what it could', () => {
    assert.deepEqual(printed, ['not synced: TrangThaiHoSo=99 unknown_status']);
    assert.equal(pushed.created, 1);
  });

  it('pushes an NDJSON export in batches, naming each record not applied by its line', () => {
    assert.deepEqual([totals.created, totals.invalid, totals.batches, totals.position], [2499, 1, 3, 2500]);
    assert.deepEqual(pushPrinted, [`line 8 ${String(lines[7]!.code)}: invalid applicant.phone phone.prefix`, '2499 created, 0 updated, 0 stale, 1 invalid']);
  });

  it('resumes from the checkpoint: a finished export is not sent again', async () => {
    const again = await sync(dvc.connection).push(exported(), { checkpoint: 'dossiers.position.json' });
    assert.deepEqual([again.skipped, again.sent], [2500, 0]);
  });

  it('mirrors the portal from the change feed and keeps the cursor to read on from', () => {
    assert.equal(mirror.size, 2499);
    assert.deepEqual(mirror.get(record.code)!.status, 'processing');
    assert.ok(db.cursor);
  });
});
