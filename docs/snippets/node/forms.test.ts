// The declaration-form snippets of the contract and sandbox guides (docs/contract.md, docs/sandbox.md):
// reading a procedure's form and document slots, checking answers with the same function the sandbox
// runs, uploading a file per slot and submitting to a commune, against an in-memory sandbox over HTTP.
import assert from 'node:assert/strict';
import { openAsBlob } from 'node:fs';
import { after, describe, it } from 'node:test';
import { startSandbox } from '@dvc-kit/sandbox';
import { createClient } from '@dvc-kit/sdk';

// The sandbox's clock is the guide's "today", so the dates below stay in the past whenever this runs.
const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0, now: () => new Date('2026-12-07T03:00:00Z') });
after(() => sandbox.close());
const dvc = createClient({ baseUrl: sandbox.url, key: 'pk_test_dvckit_local' });
const scan = () => openAsBlob(new URL('../../../examples/node-integration/to-khai-ct01.pdf', import.meta.url), { type: 'application/pdf' });

// #region read-form
const service = await dvc.services.get('1.001193'); // Đăng ký khai sinh
const fields = service.form.sections.flatMap((section) => section.fields.map((f) => [section.key, f.key, f.type, f.required]));
// ['requester', 'relationship', 'choice', true], ['child', 'childFullName', 'text', true], …,
// ['father', 'fatherFullName', 'text', true] (shown only when fatherDeclared is true: f.showWhen)
const slots = service.documents.map((d) => [d.key, d.required, d.accept, d.showWhen]);
// ['birthCertificate', true, ['pdf', 'jpg', 'png'], null], …,
// ['authorization', true, ['pdf', 'jpg', 'png'], { field: 'relationship', in: ['authorized'] }]
// #endregion read-form

// #region check-form
import { checkFormData, formFieldErrors } from '@dvc-kit/contract';

const answers = {
  relationship: 'mother',
  childFullName: '', // forgotten
  childBirthDate: '2026-11-02', childSex: 'female', childEthnicity: 'Kinh', childNationality: 'Việt Nam',
  childBirthPlace: 'Bệnh viện Trung ương Huế',
  motherFullName: 'Nguyễn Thị Mai', motherBirthDate: '1995-03-08', motherEthnicity: 'Kinh', motherNationality: 'Việt Nam',
  motherResidence: { province: '46', commune: '19753', street: '12 Lê Lợi' },
  fatherDeclared: false, // the father's part is then neither asked nor sent
};
const { value, issues } = checkFormData(service.form, answers, { today: '2026-12-07' });
const errors = formFieldErrors(issues, 'vi', ['formData']);
// [{ path: 'formData.childFullName', code: 'required', message: 'Vui lòng nhập họ, chữ đệm và tên.' }]
// #endregion check-form

// #region submit
const { data: communes } = await dvc.services.communes('46'); // Huế: 40 wards and communes
const commune = communes.find((c) => c.name === 'Phường Thuận Hóa')!;

const documents: Record<string, string[]> = {};
for (const slot of ['birthCertificate', 'idDocument']) {
  const file = await dvc.attachments.upload(await scan(), { filename: `${slot}.pdf` });
  documents[slot] = [file.id];
}
const dossier = await dvc.dossiers.submit({
  serviceCode: '1.001193',
  province: '46',
  commune: commune.code, // a commune-level procedure: the ward that receives it
  applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0912345678' },
  formData: { ...value, childFullName: 'Trần Minh An' },
  documents,
  delivery: { method: 'post', address: { province: '46', commune: commune.code, street: '12 Lê Lợi' } },
});
// dossier.commune: { code: '19789', name: 'Phường Thuận Hóa' }; dossier.attachments[].document: 'birthCertificate', …
// #endregion submit

describe('forms guide', () => {
  it('reads a procedure’s form and its document slots', () => {
    assert.equal(service.form.kind, 'specific');
    assert.equal(service.form.title.vi, 'Tờ khai đăng ký khai sinh');
    assert.deepEqual(service.form.sections.map((s) => s.key), ['requester', 'child', 'mother', 'father']);
    assert.deepEqual(fields[0], ['requester', 'relationship', 'choice', true]);
    assert.deepEqual(fields[1], ['child', 'childFullName', 'text', true]);
    assert.deepEqual(fields.find(([, key]) => key === 'fatherFullName'), ['father', 'fatherFullName', 'text', true]);
    assert.deepEqual(slots.find(([key]) => key === 'birthCertificate'), ['birthCertificate', true, ['pdf', 'jpg', 'png'], null]);
    assert.deepEqual(slots.find(([key]) => key === 'authorization'), ['authorization', true, ['pdf', 'jpg', 'png'], { field: 'relationship', in: ['authorized'] }]);
  });

  it('checks answers in the client exactly as the sandbox does', async () => {
    assert.deepEqual(errors, [{ path: 'formData.childFullName', code: 'required', message: 'Vui lòng nhập họ, chữ đệm và tên.' }]);
    assert.equal('fatherFullName' in value, false);
    const response = await fetch(`${sandbox.url}/v1/dossiers`, {
      method: 'POST',
      headers: { authorization: 'Bearer pk_test_dvckit_local', 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceCode: '1.001193', province: '46', commune: commune.code, documents,
        applicant: { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone: '0912345678' },
        formData: answers,
      }),
    });
    assert.equal(response.status, 400);
    assert.deepEqual((await response.json()).errors, errors, 'the server names the same field with the same message');
  });

  it('submits to a commune with a file per slot', () => {
    assert.equal(communes.length, 40);
    assert.deepEqual(dossier.commune, { code: '19789', name: 'Phường Thuận Hóa' });
    assert.deepEqual(dossier.attachments.map((a) => a.document).sort(), ['birthCertificate', 'idDocument']);
    assert.equal(dossier.delivery.method, 'post');
    assert.match(dossier.delivery.address ?? '', /^12 Lê Lợi, Phường Thuận Hóa, Huế$/);
  });
});
