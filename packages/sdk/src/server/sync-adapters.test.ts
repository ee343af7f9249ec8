// The adapters of OpenCPS and iGate payloads: realistic fixtures of Huế and Hà Nội, dates in +07:00 at
// day, month and year boundaries, each kind of problem, and records pushed into a sandbox and read back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_SECRET_KEY, withSandbox } from '../test-support.js';
import { sync } from './sync.js';
import {
  fromIgate, fromOpenCps, vnDateTimeToIso, type IgateDossier, type IgateStatusUpdate, type OneStopProgress, type OpenCpsDossier,
} from './sync-adapters.js';

/** An OpenCPS dossier of a commune of Huế (a residence registration), processed and waiting for its result. */
const hue: OpenCpsDossier = {
  MaHoSo: '000.00.01.H46-260609-0012', MaTTHC: '1.004222', TenTTHC: 'Đăng ký thường trú', MaLinhVuc: 'CT', SoBienNhan: 'BN-0012',
  ChuHoSo: 'Nguyễn Thị Mai', LoaiDoiTuong: 1, MaDoiTuong: '046190012345', SoDienThoai: '0905123456', Email: 'mai.nguyen@example.vn',
  TrichYeuHoSo: 'Đăng ký thường trú tại phường Phú Hội, thành phố Huế', NgayTiepNhan: '20260609081500', NgayHenTra: '20260618170000',
  TrangThaiHoSo: 4, DonViXuLy: '000.00.01.H46', KenhThucHien: 1, HinhThuc: 0, TaiLieuNop: [{ TenTepDinhKem: 'to-khai.pdf' }],
  DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí đăng ký cư trú', MaPhiLePhi: 'LPCT', HinhThucThu: 1, Gia: 20000 }],
  DanhSachHoSoBoSung: [], DanhSachGiayToKetQua: [],
};
const hueSteps: OneStopProgress[] = [
  { MaHoSo: hue.MaHoSo!, NguoiXuLy: 'Trần Văn Bình', ChucDanh: 'Chuyên viên', ThoiDiemXuLy: '20260609140000', PhongBanXuLy: 'Công an phường Phú Hội', NoiDungXuLy: 'Chuyển xử lý', TrangThai: 4, NgayKetThucTheoQuyDinh: '20260617170000' },
  { MaHoSo: hue.MaHoSo!, NguoiXuLy: 'Lê Thị Hằng', ChucDanh: 'Cán bộ một cửa', ThoiDiemXuLy: '20260609081500', PhongBanXuLy: 'Bộ phận Một cửa', NoiDungXuLy: 'Tiếp nhận hồ sơ', TrangThai: 2, NgayBatDau: '20260609081500' },
  { MaHoSo: '000.00.01.H46-260609-0099', NguoiXuLy: 'Ai đó', ThoiDiemXuLy: '20260609090000', NoiDungXuLy: 'Hồ sơ khác', TrangThai: 2 },
];

/** An iGate dossier of a Hà Nội department (a household business registration), with its arrays. */
const hanoi: IgateDossier = {
  MaHoSo: 'G09.20-20260609-0092637', MaTTHC: '1.001612', TenTTHC: 'Đăng ký thành lập hộ kinh doanh', MaDonVi: 'G09.20',
  TenDonVi: 'UBND quận Ba Đình', ChuHoSo: 'Phạm Quốc Huy', LoaiDoiTuong: 2, SoDienThoai: '0987654321', DiaChi: '12 Phan Đình Phùng, Ba Đình, Hà Nội',
  KenhThucHien: 2, NgayNopHoSo: '20260608233000', NgayTiepNhan: '20260609080000', NgayHenTra: '20260612170000', TrangThaiHoSo: 2,
  DuocThanhToanTrucTuyen: 1, DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí đăng ký hộ kinh doanh', Gia: '100000' }],
  DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy chứng nhận đăng ký hộ kinh doanh', SoKyHieu: '01A8012345', NgayBanHanh: '20260611100000' }],
};
const hanoiSteps: OneStopProgress[] = [
  { MaHoSo: hanoi.MaHoSo!, NguoiXuLy: 'Đỗ Minh Châu', ChucDanh: 'Chuyên viên', ThoiDiemXuLy: '20260609080000', PhongBanXuLy: 'Phòng Tài chính - Kế hoạch', NoiDungXuLy: 'Tiếp nhận hồ sơ', TrangThai: 2 },
  { MaHoSo: hanoi.MaHoSo!, NguoiXuLy: 'Đỗ Minh Châu', ThoiDiemXuLy: '20260611100000', NoiDungXuLy: 'Cấp giấy chứng nhận', TrangThai: 9 },
];
const hanoiStatuses: IgateStatusUpdate[] = [
  { MaHoSo: hanoi.MaHoSo!, TrangThaiHoSo: 9, ThoiGian: '20260611100000', NgayKetThucXuLy: '20260611100000' },
  { MaHoSo: hanoi.MaHoSo!, TrangThaiHoSo: 4, ThoiGian: '20260609090000' },
];

describe('vnDateTimeToIso', () => {
  it('reads yyyyMMddHHmmss in UTC+7 across day, month and year boundaries', () => {
    assert.equal(vnDateTimeToIso('20260609081500'), '2026-06-09T01:15:00.000Z');
    assert.equal(vnDateTimeToIso('20260610065959'), '2026-06-09T23:59:59.000Z', 'before 7:00 is the previous day in UTC');
    assert.equal(vnDateTimeToIso('20260301030000'), '2026-02-28T20:00:00.000Z', 'month boundary (no 29 February in 2026)');
    assert.equal(vnDateTimeToIso('20240301000000'), '2024-02-29T17:00:00.000Z', 'leap year');
    assert.equal(vnDateTimeToIso('20260101063000'), '2025-12-31T23:30:00.000Z', 'year boundary');
    assert.equal(vnDateTimeToIso('20261231235959'), '2026-12-31T16:59:59.000Z');
    assert.equal(vnDateTimeToIso('20260609'), '2026-06-08T17:00:00.000Z', 'a date alone is midnight in Việt Nam');
    assert.equal(vnDateTimeToIso('2026-06-09T08:15:00+07:00'), '2026-06-09T01:15:00.000Z');
  });

  it('refuses what is not a date', () => {
    for (const bad of ['20260230120000', '20261301000000', '20260609246000', '2026060908', '09/06/2026', '', null, 3.5]) {
      assert.equal(vnDateTimeToIso(bad), null, String(bad));
    }
  });
});

describe('fromOpenCps', () => {
  it('maps a Huế dossier field by field, with its progress in time order', () => {
    const { record, problems } = fromOpenCps(hue, { progress: hueSteps, version: 3 });
    assert.deepEqual(problems, []);
    assert.deepEqual(record, {
      code: '000.00.01.H46-260609-0012', version: 3, serviceCode: '1.004222', serviceName: 'Đăng ký thường trú', agencyCode: '000.00.01.H46',
      applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '046190012345', phone: '0905123456', email: 'mai.nguyen@example.vn' },
      channel: 'in_person', summary: 'Đăng ký thường trú tại phường Phú Hội, thành phố Huế',
      submittedAt: '2026-06-09T01:15:00.000Z', receivedAt: '2026-06-09T01:15:00.000Z', dueAt: '2026-06-18T10:00:00.000Z', finishedAt: null,
      statusCode: 4,
      progress: [
        { at: '2026-06-09T01:15:00.000Z', officer: 'Lê Thị Hằng', action: 'Tiếp nhận hồ sơ', statusCode: 2, title: 'Cán bộ một cửa', department: 'Bộ phận Một cửa', note: 'Bắt đầu 2026-06-09T01:15:00.000Z' },
        { at: '2026-06-09T07:00:00.000Z', officer: 'Trần Văn Bình', action: 'Chuyển xử lý', statusCode: 4, title: 'Chuyên viên', department: 'Công an phường Phú Hội', dueAt: '2026-06-17T10:00:00.000Z' },
      ],
      fees: [{ name: 'Lệ phí đăng ký cư trú', amount: 20000, code: 'LPCT' }], supplements: [], results: [],
    });
  });

  it('takes the version from the latest instant of the payload when none is given, or from a function', () => {
    assert.equal(fromOpenCps(hue, { progress: hueSteps }).record!.version, Date.parse('2026-06-18T10:00:00Z'));
    assert.deepEqual(fromOpenCps([hue], { version: (d) => d.MaHoSo!.length }).map((a) => a.record!.version), [25]);
  });

  it('reports each kind of problem with the source field and value, and never throws', () => {
    const unknownStatus = fromOpenCps({ ...hue, TrangThaiHoSo: 11 });
    assert.equal(unknownStatus.record, null);
    assert.deepEqual(unknownStatus.problems.map((p) => [p.field, p.value, p.code]), [['TrangThaiHoSo', 11, 'unknown_status']]);

    const badType = fromOpenCps({ ...hue, LoaiDoiTuong: 0 });
    assert.equal(badType.record, null, 'OpenCPS has no type 0');
    assert.deepEqual(badType.problems.map((p) => [p.field, p.value, p.code]), [['LoaiDoiTuong', 0, 'unknown_applicant_type']]);

    const badDate = fromOpenCps({ ...hue, NgayHenTra: '20260631170000' }, { progress: [{ ...hueSteps[0]!, ThoiDiemXuLy: 'hôm qua' }] });
    assert.ok(badDate.record, 'an optional date is left out');
    assert.equal(badDate.record.dueAt, null);
    assert.deepEqual(badDate.problems.map((p) => [p.field, p.value, p.code]), [
      ['NgayHenTra', '20260631170000', 'invalid_date'], ['CapNhatTienDoHoSoMC[0].ThoiDiemXuLy', 'hôm qua', 'invalid_date'],
    ]);
    assert.deepEqual(badDate.record.progress, [], 'the step without a time is left out');

    const missing = fromOpenCps({ ...hue, MaHoSo: undefined, ChuHoSo: '  ', NgayTiepNhan: undefined, KenhThucHien: undefined }, { version: 1 });
    assert.equal(missing.record, null);
    assert.deepEqual(missing.problems.map((p) => [p.field, p.code]), [
      ['MaHoSo', 'missing'], ['ChuHoSo', 'missing'], ['NgayTiepNhan', 'missing'],
    ]);

    const fee = fromOpenCps({ ...hue, DanhSachLePhi: [{ TenPhiLePhi: 'Phí', Gia: 'hai mươi nghìn' }] }, { version: 1 });
    assert.deepEqual(fee.record!.fees, []);
    assert.deepEqual(fee.problems.map((p) => [p.field, p.value, p.code]), [['DanhSachLePhi[0].Gia', 'hai mươi nghìn', 'invalid_value']]);

    for (const junk of [null, 42, 'x', {}] as unknown as OpenCpsDossier[]) {
      const adapted = fromOpenCps(junk);
      assert.equal(adapted.record, null);
      assert.ok(adapted.problems.length > 0);
    }
  });
});

describe('fromIgate', () => {
  it('maps a Hà Nội household business, its status from the latest CapNhatTrangThai', () => {
    const [adapted] = fromIgate([hanoi], { progress: hanoiSteps, statuses: hanoiStatuses, version: 7 });
    assert.deepEqual(adapted!.problems, []);
    const record = adapted!.record!;
    assert.deepEqual(record.applicant, { type: 'business', fullName: 'Phạm Quốc Huy', phone: '0987654321', address: '12 Phan Đình Phùng, Ba Đình, Hà Nội' });
    assert.deepEqual([record.code, record.agencyCode, record.agencyName, record.channel], ['G09.20-20260609-0092637', 'G09.20', 'UBND quận Ba Đình', 'online']);
    assert.deepEqual([record.submittedAt, record.receivedAt, record.finishedAt], ['2026-06-08T16:30:00.000Z', '2026-06-09T01:00:00.000Z', '2026-06-11T03:00:00.000Z']);
    assert.equal(record.statusCode, 9, 'the latest move, not the dossier\'s own TrangThaiHoSo');
    assert.deepEqual(record.fees, [{ name: 'Lệ phí đăng ký hộ kinh doanh', amount: 100000 }]);
    assert.deepEqual(record.payment, { mode: 'portal', amount: 100000 });
    assert.deepEqual(record.results, [{ name: 'Giấy chứng nhận đăng ký hộ kinh doanh', number: '01A8012345', issuedAt: '2026-06-11T03:00:00.000Z' }]);
    assert.deepEqual(record.progress!.map((p) => p.statusCode), [2, 9]);
  });

  it('reads LoaiDoiTuong 0 as a citizen (unlike OpenCPS), the agency from the code, and reports an unknown type', () => {
    const citizen = fromIgate({ ...hanoi, LoaiDoiTuong: 0, MaDonVi: undefined, TenDonVi: undefined });
    assert.deepEqual([citizen.record!.applicant.type, citizen.record!.agencyCode], ['citizen', 'G09.20']);
    const unknown = fromIgate({ ...hanoi, LoaiDoiTuong: 3 });
    assert.equal(unknown.record, null);
    assert.deepEqual(unknown.problems.map((p) => [p.field, p.value, p.code]), [['LoaiDoiTuong', 3, 'unknown_applicant_type']]);
    const badMove = fromIgate(hanoi, { statuses: [{ MaHoSo: hanoi.MaHoSo!, TrangThaiHoSo: 'X', ThoiGian: '20260611100000' }] });
    assert.equal(badMove.record!.statusCode, 2, 'the dossier\'s own status when no move can be read');
    assert.deepEqual(badMove.problems.map((p) => [p.field, p.code]), [['CapNhatTrangThai[0].TrangThaiHoSo', 'unknown_status']]);
  });
});

describe('adapted records pushed into a sandbox', () => {
  const sb = withSandbox({ rateLimit: 100_000 });

  it('are created, and the citizen reads each back by code and phone', async () => {
    const adapted = [
      fromOpenCps(hue, { progress: hueSteps, version: 3 }),
      ...fromIgate([hanoi], { progress: hanoiSteps, statuses: hanoiStatuses, version: 7 }),
    ];
    const records = adapted.map((a) => a.record!);
    const problems: unknown[] = [];
    const totals = await sync(sb.client({ key: TEST_SECRET_KEY }).connection).push(records, { onRecordProblem: (p) => void problems.push(p) });
    assert.deepEqual(problems, []);
    assert.equal(totals.created, 2);
    const dvc = sb.client();
    const mai = await dvc.dossiers.get(hue.MaHoSo!, { verifier: '0905123456' });
    assert.deepEqual([mai.code, mai.status], [hue.MaHoSo, 'processing']);
    const huy = await dvc.dossiers.get(hanoi.MaHoSo!, { verifier: '0987654321' });
    assert.deepEqual([huy.code, huy.status], [hanoi.MaHoSo, 'releasing']);
  });
});
