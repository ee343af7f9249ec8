// Declaration forms and document slots over real HTTP, as a client sends them: what is refused, with
// which field named, and that every seeded form can be filled and submitted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { declarationForm, formEntries, type DeclarationForm, type ServiceDetail } from '@dvc-kit/contract';
import type { RunningSandbox } from '../index.js';
import { procedures } from '../seed/procedures.js';
import { citizen, client, minimalPng, testSandbox, uploadFile, validSubmission } from '../test-support.js';

type Problem = { status: number; body: { code: string; errors: { path: string; code: string; message: string }[] } };
const paths = (reply: Problem) => reply.body.errors.map((e) => e.path);
const errorAt = (reply: Problem, path: string) => {
  const error = reply.body.errors.find((e) => e.path === path);
  assert.ok(error, `an error at ${path} in ${JSON.stringify(reply.body.errors)}`);
  return error;
};

describe('declaration forms and document slots', () => {
  let sandbox: RunningSandbox;
  let api: ReturnType<typeof client>;
  before(async () => {
    sandbox = await testSandbox();
    api = client(sandbox.url);
  });
  after(() => sandbox.close());

  describe('a birth registration (1.001193)', () => {
    test('a valid one is accepted with its commune, delivery and documents per slot', async () => {
      const body = await validSubmission(sandbox.url, '1.001193', { province: '46' });
      const reply = await api.post('/v1/dossiers', { ...body, delivery: { method: 'electronic' } });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      assert.equal(reply.body.commune.code, body.commune);
      assert.match(reply.body.commune.name, /^(Phường|Xã|Đặc khu) /);
      assert.deepEqual(reply.body.delivery, { method: 'electronic', address: null });
      const slots = reply.body.attachments.map((a: { id: string; document: string | null }) => [a.id, a.document]).sort();
      assert.deepEqual(slots, [[body.documents.birthCertificate![0], 'birthCertificate'], [body.documents.idDocument![0], 'idDocument']].sort());
    });

    test('without the child’s name it names formData.childFullName, in Vietnamese and in English', async () => {
      const body = await validSubmission(sandbox.url, '1.001193');
      const { childFullName: _, ...rest } = body.formData;
      const vi = await api.post('/v1/dossiers', { ...body, formData: rest });
      assert.equal(vi.status, 400);
      assert.equal(vi.body.code, 'validation_failed');
      assert.deepEqual(paths(vi), ['formData.childFullName']);
      assert.equal(errorAt(vi, 'formData.childFullName').code, 'required');
      assert.match(errorAt(vi, 'formData.childFullName').message, /^Vui lòng nhập họ, chữ đệm và tên\.$/);
      const en = await api.post('/v1/dossiers', { ...body, formData: { ...rest, childFullName: '   ' } }, { locale: 'en' });
      assert.equal(en.status, 400);
      assert.equal(errorAt(en, 'formData.childFullName').message, 'Full name is required.');
    });

    test('without the birth certificate it names documents.birthCertificate and the document', async () => {
      const body = await validSubmission(sandbox.url, '1.001193');
      const { birthCertificate: _, ...documents } = body.documents;
      const reply = await api.post('/v1/dossiers', { ...body, documents });
      assert.equal(reply.status, 400);
      assert.deepEqual(paths(reply), ['documents.birthCertificate']);
      const error = errorAt(reply, 'documents.birthCertificate');
      assert.equal(error.code, 'document.required');
      assert.match(error.message, /Giấy chứng sinh hoặc văn bản của người làm chứng/);
      const en = await api.post('/v1/dossiers', { ...body, documents: { ...documents, birthCertificate: [] } }, { locale: 'en' });
      assert.match(errorAt(en, 'documents.birthCertificate').message, /^Attach "Giấy chứng sinh/);
    });

    test('one file under two slots is refused, naming the second slot and both documents (stored, one slot would be empty)', async () => {
      const body = await validSubmission(sandbox.url, '1.001193');
      const one = body.documents.birthCertificate!;
      const reply = await api.post('/v1/dossiers', { ...body, documents: { ...body.documents, idDocument: one } });
      assert.equal(reply.status, 400);
      assert.deepEqual(paths(reply), ['documents.idDocument.0']);
      assert.equal(errorAt(reply, 'documents.idDocument.0').code, 'document.same_file');
      assert.match(errorAt(reply, 'documents.idDocument.0').message, /Giấy tờ tùy thân .*Giấy chứng sinh/);
      const asOther = await api.post('/v1/dossiers', { ...body, attachmentIds: one });
      assert.deepEqual(paths(asOther), ['documents.birthCertificate.0']);
    });

    test('a choice left empty asks to choose, not to type', async () => {
      const body = await validSubmission(sandbox.url, '1.001193');
      const { childSex: _, ...rest } = body.formData;
      const vi = await api.post('/v1/dossiers', { ...body, formData: rest });
      assert.equal(errorAt(vi, 'formData.childSex').message, 'Vui lòng chọn giới tính.');
      const en = await api.post('/v1/dossiers', { ...body, formData: rest }, { locale: 'en' });
      assert.equal(errorAt(en, 'formData.childSex').message, 'Choose an answer for "Sex".');
    });

    test('a file of a type the slot does not take is refused, naming the slot, the document and the types', async () => {
      const body = await validSubmission(sandbox.url, '1.001193');
      const form = new FormData();
      const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
      form.append('file', new Blob([docx], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), 'giay-chung-sinh.docx');
      const upload = await api.post('/v1/attachments', form);
      assert.equal(upload.status, 201, JSON.stringify(upload.body));
      const reply = await api.post('/v1/dossiers', { ...body, documents: { ...body.documents, birthCertificate: [upload.body.id] } });
      assert.equal(reply.status, 400);
      const error = errorAt(reply, 'documents.birthCertificate.0');
      assert.equal(error.code, 'document.type');
      assert.match(error.message, /^"Giấy chứng sinh.*" chỉ nhận tệp PDF, JPG, PNG\.$/);
    });

    test('the receiving commune is required for a commune-level procedure, and must be in the province', async () => {
      const body = await validSubmission(sandbox.url, '1.001193', { province: '46' });
      const { commune: _, ...withoutCommune } = body;
      const missing = await api.post('/v1/dossiers', withoutCommune);
      assert.equal(missing.status, 400);
      assert.deepEqual(paths(missing), ['commune']);
      assert.equal(errorAt(missing, 'commune').code, 'commune.required');
      assert.match(errorAt(missing, 'commune').message, /xã\/phường/);
      // 00004 is Phường Ba Đình, Hà Nội: a real code, but not in Huế.
      const elsewhere = await api.post('/v1/dossiers', { ...body, commune: '00004' });
      assert.equal(elsewhere.status, 400);
      assert.equal(errorAt(elsewhere, 'commune').code, 'commune.unknown');
      assert.match(errorAt(elsewhere, 'commune').message, /00004/);
    });

    test('delivery by post needs an address, checked part by part', async () => {
      const body = await validSubmission(sandbox.url, '1.001193');
      const none = await api.post('/v1/dossiers', { ...body, delivery: { method: 'post' } });
      assert.equal(none.status, 400);
      assert.deepEqual(paths(none), ['delivery.address']);
      assert.match(errorAt(none, 'delivery.address').message, /Vui lòng nhập địa chỉ nhận kết quả/);
      const partial = await api.post('/v1/dossiers', { ...body, delivery: { method: 'post', address: { province: '46', commune: '19753' } } });
      assert.deepEqual(paths(partial), ['delivery.address.street']);
      const posted = await api.post('/v1/dossiers', {
        ...body, delivery: { method: 'post', address: { province: '46', commune: '19753', street: '12 Lê Lợi' } },
      });
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      assert.equal(posted.body.delivery.method, 'post');
      assert.match(posted.body.delivery.address, /^12 Lê Lợi, .+, Huế$/);
    });

    test('every problem at once, each naming its field', async () => {
      const body = await validSubmission(sandbox.url, '1.001193', { province: '46' });
      const { commune: _, ...rest } = body;
      const reply = await api.post('/v1/dossiers', {
        ...rest,
        formData: { ...body.formData, childFullName: '', childBirthDate: '2020-02-30', childSex: 'other', motherIdNumber: '123' },
        documents: { idDocument: body.documents.idDocument },
        delivery: { method: 'post' },
      });
      assert.equal(reply.status, 400);
      assert.deepEqual(paths(reply).sort(), [
        'commune', 'delivery.address', 'documents.birthCertificate',
        'formData.childBirthDate', 'formData.childFullName', 'formData.childSex', 'formData.motherIdNumber',
      ]);
      assert.equal(errorAt(reply, 'formData.childBirthDate').code, 'date.format');
      assert.equal(errorAt(reply, 'formData.childSex').code, 'invalid_value');
      assert.match(errorAt(reply, 'formData.childSex').message, /Nữ, Nam/);
    });

    test('a birth date in the future is refused', async () => {
      const body = await validSubmission(sandbox.url, '1.001193');
      const reply = await api.post('/v1/dossiers', { ...body, formData: { ...body.formData, childBirthDate: '2999-01-01' } });
      assert.equal(reply.status, 400);
      assert.equal(errorAt(reply, 'formData.childBirthDate').code, 'date.not_future');
    });

    test('the father’s part is not asked when he is not declared', async () => {
      const body = await validSubmission(sandbox.url, '1.001193', { formData: { fatherDeclared: false } });
      assert.equal('fatherFullName' in body.formData, false);
      const reply = await api.post('/v1/dossiers', body);
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      const declared = await api.post('/v1/dossiers', { ...body, formData: { ...body.formData, fatherDeclared: true } });
      assert.equal(declared.status, 400);
      assert.deepEqual(paths(declared).sort(), [
        'formData.fatherBirthDate', 'formData.fatherEthnicity', 'formData.fatherFullName', 'formData.fatherNationality', 'formData.fatherResidence',
      ]);
    });

    test('the authorization is required only when someone authorised registers', async () => {
      const body = await validSubmission(sandbox.url, '1.001193', { formData: { relationship: 'mother' } });
      assert.equal('authorization' in body.documents, false);
      assert.equal((await api.post('/v1/dossiers', body)).status, 201);
      const authorised = await api.post('/v1/dossiers', { ...body, formData: { ...body.formData, relationship: 'authorized' } });
      assert.equal(authorised.status, 400);
      assert.deepEqual(paths(authorised), ['documents.authorization']);
      assert.match(errorAt(authorised, 'documents.authorization').message, /Văn bản ủy quyền có chứng thực/);
      const withIt = await validSubmission(sandbox.url, '1.001193', { formData: { relationship: 'authorized' } });
      assert.equal(withIt.documents.authorization?.length, 1);
      assert.equal((await api.post('/v1/dossiers', withIt)).status, 201);
    });

    test('a file under a slot the procedure does not have is refused', async () => {
      const body = await validSubmission(sandbox.url, '1.001193');
      const reply = await api.post('/v1/dossiers', { ...body, documents: { ...body.documents, passport: body.documents.idDocument } });
      assert.equal(reply.status, 400);
      assert.equal(errorAt(reply, 'documents.passport').code, 'document.unknown');
    });
  });

  describe('the seeded forms', () => {
    const seeded = procedures.filter((p) => p.status !== 'replaced' && p.form.kind === 'specific');

    test('twenty procedures carry their own form; every other one the generic request form', () => {
      assert.equal(seeded.length, 20);
      for (const code of ['1.001193', '1.000894', '1.000656', '1.004222', '1.004194', '1.001456', '3.000333', '3.000347', '1.001612', '1.015901', '1.013978', '1.015201', '2.001195']) {
        assert.ok(seeded.some((p) => p.code === code), `${code} has its own form`);
      }
      const generic = procedures.find((p) => p.code === '2.000815')!;
      assert.equal(generic.form.kind, 'generic');
    });

    for (const p of seeded) {
      test(`${p.code} ${p.name.slice(0, 60)}: a well-formed form, and a sample submission is accepted`, async () => {
        const detail = await api.get(`/v1/services/${p.code}`);
        assert.equal(detail.status, 200);
        const service = detail.body as ServiceDetail;
        const form: DeclarationForm = declarationForm.parse(service.form);
        assert.equal(form.kind, 'specific');
        const entries = formEntries(form);
        const keys = entries.map((e) => e.key);
        assert.equal(new Set(keys).size, keys.length, `unique keys: ${keys.join(', ')}`);
        for (const entry of entries) {
          const scopes = entry.type === 'group' ? [[entry, entries], ...entry.fields.map((f) => [f, [...entry.fields, ...entries]] as const)] : [[entry, entries]];
          if (entry.type === 'group') {
            const inner = entry.fields.map((f) => f.key);
            assert.equal(new Set(inner).size, inner.length, `unique keys in ${entry.key}`);
          }
          for (const [item, scope] of scopes as [{ key: string; showWhen: { field: string; in: (string | boolean)[] } | null }, typeof entries][]) {
            if (!item.showWhen) continue;
            const target = scope.find((e) => e.key === item.showWhen!.field);
            assert.ok(target && target.key !== item.key, `${item.key} is shown after ${item.showWhen.field}, a field of the form`);
            for (const value of item.showWhen.in) {
              if (target.type === 'yesno') assert.equal(typeof value, 'boolean', `${item.key}: yes/no values`);
              else if (target.type === 'choice') assert.ok(target.options!.some((o) => o.value === value), `${item.key}: ${String(value)} is an option of ${target.key}`);
              else assert.fail(`${item.key} depends on ${target.key}, neither a choice nor a yes/no`);
            }
          }
        }
        const docKeys = service.documents.map((d) => d.key);
        assert.equal(new Set(docKeys).size, docKeys.length, 'unique document keys');
        for (const doc of service.documents.filter((d) => d.showWhen)) {
          const target = entries.find((e) => e.key === doc.showWhen!.field);
          assert.ok(target && (target.type === 'choice' || target.type === 'yesno'), `${doc.key} depends on a choice or yes/no`);
          for (const value of doc.showWhen!.in) {
            assert.ok(target.type === 'yesno' ? typeof value === 'boolean' : target.options!.some((o) => o.value === value), `${doc.key}: ${String(value)}`);
          }
        }
        for (const section of form.sections) assert.ok(section.title.vi && section.title.en, 'sections have both titles');
        for (const entry of entries) assert.notEqual(entry.label.vi, entry.label.en, `${entry.key} has an English label`);

        const body = await validSubmission(sandbox.url, p.code, { province: '46' });
        const reply = await api.post('/v1/dossiers', body);
        assert.equal(reply.status, 201, JSON.stringify(reply.body));
        const attached = reply.body.attachments.map((a: { document: string }) => a.document).sort();
        assert.deepEqual(attached, Object.keys(body.documents).sort());
      });
    }

    test('a photo-only slot (the passport portrait) refuses a PDF and takes a PNG', async () => {
      const body = await validSubmission(sandbox.url, '1.001456', { province: '46' });
      const pdf = await uploadFile(sandbox.url, ['pdf']);
      const refused = await api.post('/v1/dossiers', { ...body, documents: { ...body.documents, portrait: [pdf] } });
      assert.equal(refused.status, 400);
      assert.match(errorAt(refused, 'documents.portrait.0').message, /chỉ nhận tệp JPG, PNG/);
      assert.equal(minimalPng()[1], 0x50);
      assert.equal((await api.post('/v1/dossiers', body)).status, 201);
    });

    test('a residence registration takes household members as a repeatable group, each checked', async () => {
      const body = await validSubmission(sandbox.url, '1.004222', { province: '46' });
      const member = { fullName: 'Trần Văn An', birthDate: '2015-06-01', sex: 'male', idNumber: '046215000123', relationship: 'con' };
      const ok = await api.post('/v1/dossiers', { ...body, formData: { ...body.formData, members: [member] } });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      const bad = await api.post('/v1/dossiers', { ...body, formData: { ...body.formData, members: [member, { ...member, idNumber: '12', fullName: '' }] } }, { locale: 'en' });
      assert.equal(bad.status, 400);
      assert.deepEqual(paths(bad).sort(), ['formData.members.1.fullName', 'formData.members.1.idNumber']);
      assert.match(errorAt(bad, 'formData.members.1.fullName').message, /Full name \(Member 2\)/);
      const consent = await api.post('/v1/dossiers', { ...body, formData: { ...body.formData, residenceBasis: 'consent' } });
      assert.deepEqual(paths(consent), ['documents.ownerConsent'], 'a lodger needs the owner’s consent');
    });

    test('a stay notice needs at least one guest', async () => {
      const body = await validSubmission(sandbox.url, '2.001159', { province: '46' });
      const reply = await api.post('/v1/dossiers', { ...body, formData: { ...body.formData, guests: [] } });
      assert.equal(reply.status, 400);
      assert.equal(errorAt(reply, 'formData.guests').code, 'required');
    });

    test('a company’s owner organisation is checked with the tax code rule, and its papers are asked for', async () => {
      const body = await validSubmission(sandbox.url, '1.015201', { province: '46', formData: { ownerType: 'organisation' } });
      assert.equal(body.documents.ownerPapers?.length, 1, 'an organisation owner attaches its papers');
      const reply = await api.post('/v1/dossiers', { ...body, formData: { ...body.formData, ownerTaxCode: '0100109107' } });
      assert.equal(reply.status, 400);
      assert.deepEqual(paths(reply), ['formData.ownerTaxCode']);
      assert.equal(errorAt(reply, 'formData.ownerTaxCode').code, 'mst.checksum');
      assert.match(errorAt(reply, 'formData.ownerTaxCode').message, /0100109107/);
    });
  });

  describe('communes', () => {
    test('Huế has 40 units and Hà Nội 126; an unknown province is a 404 problem', async () => {
      const hue = await api.get('/v1/provinces/46/communes');
      assert.equal(hue.status, 200);
      assert.deepEqual(hue.body.province, { code: '46', name: 'Huế' });
      assert.equal(hue.body.data.length, 40);
      assert.ok(hue.body.data.some((c: { code: string; name: string }) => c.code === '19753'));
      for (const c of hue.body.data) assert.match(c.code, /^\d{5}$/);
      const hanoi = await api.get('/v1/provinces/01/communes');
      assert.equal(hanoi.body.data.length, 126);
      const unknown = await api.get('/v1/provinces/99/communes');
      assert.equal(unknown.status, 404);
      assert.match(unknown.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(unknown.body.code, 'province_not_found');
      assert.match(unknown.body.detail, /99/);
      const malformed = await api.get('/v1/provinces/4/communes');
      assert.equal(malformed.status, 400);
    });
  });

  test('the applicant travels apart from the form', async () => {
    const body = await validSubmission(sandbox.url, '1.001193', { applicant: { ...citizen, fullName: 'Lê Thị Hoa' } });
    const reply = await api.post('/v1/dossiers', body);
    assert.equal(reply.body.applicant.fullName, 'Lê Thị Hoa');
  });
});
