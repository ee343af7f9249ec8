// Sync records for tests of every package (the sandbox's, the SDK's through ./test-support.ts): a valid
// dossier record of a one-stop system, numbered so that many of them have distinct codes.
import type { SyncDossierRecordInput } from '@dvc-kit/contract';

/** The agency of {@link syncRecord}: the sandbox's representative People's Committee of a commune of Khánh Hòa (56). */
export const SYNC_AGENCY = '000.00.01.H56';

/**
 * A valid record of dossier number `n` (its code `000.00.01.H56-210531-{n}`), version 1, received at the
 * desk and being processed, with two progress steps and a fee paid at the desk; `overrides` replace
 * fields. The applicant is a citizen with CCCD `038195012345` and phone `0912345678`.
 */
export function syncRecord(n = 1, overrides: Partial<SyncDossierRecordInput> = {}): SyncDossierRecordInput {
  return {
    code: `${SYNC_AGENCY}-210531-${String(n).padStart(4, '0')}`,
    version: 1,
    serviceCode: '1.004222',
    agencyCode: SYNC_AGENCY,
    applicant: { type: 'citizen', fullName: 'Lê Thị Hoa', idNumber: '038195012345', phone: '0912345678' },
    channel: 'in_person',
    submittedAt: '2021-05-31T08:15:00+07:00',
    receivedAt: '2021-05-31T08:15:00+07:00',
    dueAt: '2021-06-09T17:00:00+07:00',
    statusCode: 4,
    progress: [
      { at: '2021-05-31T08:15:00+07:00', officer: 'Nguyễn Văn An', title: 'Cán bộ tiếp nhận', department: 'Bộ phận Một cửa', action: 'Tiếp nhận hồ sơ', statusCode: 2 },
      { at: '2021-05-31T14:00:00+07:00', officer: 'Trần Thị Bích', title: 'Chuyên viên', department: 'Công an xã', action: 'Chuyển xử lý', statusCode: 4 },
    ],
    fees: [{ code: 'LP01', name: 'Lệ phí đăng ký thường trú', amount: 20_000 }],
    payment: { mode: 'desk', amount: 20_000, paidAt: '2021-05-31T08:20:00+07:00' },
    ...overrides,
  };
}
