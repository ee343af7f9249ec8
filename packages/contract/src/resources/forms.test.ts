import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  checkDocuments, checkFormData, formFieldErrors, isShown, sampleFormData, type DocumentRule,
} from './form-checks.js';
import { isCalendarDate } from '../format/dates.js';
import { declarationForm, type DeclarationForm, type FormData } from './forms.js';

const l = (vi: string, en = vi) => ({ vi, en });

/** A small form with one field of each kind, a condition and a group. */
const form: DeclarationForm = {
  title: l('Tờ khai thử', 'Test form'),
  kind: 'specific',
  sections: [
    {
      key: 'main', title: l('Thông tin', 'Details'), hint: null,
      fields: [
        { key: 'name', type: 'text', label: l('Họ và tên', 'Full name'), hint: null, required: true, showWhen: null, maxLength: 20 },
        { key: 'born', type: 'date', label: l('Ngày sinh', 'Date of birth'), hint: null, required: true, showWhen: null, when: 'past' },
        { key: 'count', type: 'number', label: l('Số bản sao', 'Copies'), hint: null, required: false, showWhen: null, min: 1, max: 5 },
        {
          key: 'sex', type: 'choice', label: l('Giới tính', 'Sex'), hint: null, required: true, showWhen: null,
          options: [{ value: 'female', label: l('Nữ', 'Female') }, { value: 'male', label: l('Nam', 'Male') }],
        },
        { key: 'hasFather', type: 'yesno', label: l('Khai người cha', 'Declare the father'), hint: null, required: true, showWhen: null },
        { key: 'fatherId', type: 'cccd', label: l('Số định danh của cha', "Father's ID"), hint: null, required: true, showWhen: { field: 'hasFather', in: [true] } },
        { key: 'phone', type: 'phone', label: l('Điện thoại', 'Phone'), hint: null, required: false, showWhen: null },
        { key: 'mail', type: 'email', label: l('Thư điện tử', 'Email'), hint: null, required: false, showWhen: null },
        { key: 'mst', type: 'taxCode', label: l('Mã số thuế', 'Tax code'), hint: null, required: false, showWhen: null },
        { key: 'home', type: 'address', label: l('Nơi cư trú', 'Residence'), hint: null, required: true, showWhen: null },
      ],
    },
    {
      key: 'family', title: l('Gia đình', 'Family'), hint: null,
      fields: [{
        key: 'members', type: 'group', label: l('Thành viên hộ', 'Household members'), hint: null, required: true, showWhen: null,
        itemLabel: l('Thành viên', 'Member'), minItems: 1, maxItems: 3,
        fields: [
          { key: 'fullName', type: 'text', label: l('Họ và tên', 'Full name'), hint: null, required: true, showWhen: null },
          { key: 'relation', type: 'text', label: l('Quan hệ với chủ hộ', 'Relation'), hint: null, required: false, showWhen: null },
        ],
      }],
    },
  ],
};

const good: FormData = {
  name: '  Nguyễn Thị An ',
  born: '2020-02-29',
  count: 2,
  sex: 'female',
  hasFather: true,
  fatherId: '038195012345',
  phone: '+84 912 345 678',
  home: { province: '46', commune: '19753', street: '12 Lê Lợi' },
  members: [{ fullName: 'Trần Văn Bình', relation: 'Con' }],
};

const paths = (data: FormData, today = '2026-12-07') =>
  checkFormData(form, data, { today, communeExists: (p, c) => p === '46' && c === '19753' }).issues.map((i) => `${i.path.join('.')}:${i.code}`);

describe('declaration forms: checkFormData', () => {
  it('accepts good answers and normalises them (trimmed text, identifiers in their normal form)', () => {
    const { value, issues } = checkFormData(form, good, { today: '2026-12-07' });
    assert.deepEqual(issues, []);
    assert.equal(value.name, 'Nguyễn Thị An');
    assert.equal(value.phone, '0912345678');
    assert.deepEqual(value.members, [{ fullName: 'Trần Văn Bình', relation: 'Con' }]);
  });

  it('names every missing required field, in form order, and the group as a whole', () => {
    assert.deepEqual(paths({}), ['name:required', 'born:required', 'sex:choice.required', 'hasFather:choice.required', 'home:required', 'members:required']);
  });

  it('checks each kind by its rule', () => {
    assert.deepEqual(
      paths({
        ...good, name: 'x'.repeat(21), born: '2021-02-29', count: 9, sex: 'other', fatherId: '123', phone: '0112345678',
        mail: 'a@', mst: '0100109107',
      }),
      ['name:too_long', 'born:date.format', 'count:too_big', 'sex:invalid_value', 'fatherId:cccd.format', 'phone:phone.prefix', 'mail:email.format', 'mst:mst.checksum'],
    );
    assert.deepEqual(paths({ ...good, count: 'hai' }), ['count:number.format']);
    assert.deepEqual(paths({ ...good, hasFather: 'yes' }), ['hasFather:invalid_type']);
  });

  it('bounds past dates by the given day only, never by the machine clock', () => {
    assert.deepEqual(paths({ ...good, born: '2026-12-08' }, '2026-12-07'), ['born:date.not_future']);
    assert.deepEqual(paths({ ...good, born: '2026-12-07' }, '2026-12-07'), []);
    assert.deepEqual(checkFormData(form, { ...good, born: '2999-01-01' }).issues, []);
  });

  it('drops fields whose condition does not hold (they are neither required nor kept)', () => {
    const { value, issues } = checkFormData(form, { ...good, hasFather: false, fatherId: 'rubbish' }, { today: '2026-12-07' });
    assert.deepEqual(issues, []);
    assert.equal('fatherId' in value, false);
  });

  it('checks an address part by part, the commune against the list when there is one', () => {
    assert.deepEqual(paths({ ...good, home: { province: '99', commune: '1975', street: ' ' } }), [
      'home.province:province.unknown', 'home.commune:commune.format', 'home.street:required',
    ]);
    assert.deepEqual(paths({ ...good, home: { province: '46', commune: '00004', street: 'x' } }), ['home.commune:commune.unknown']);
  });

  it('checks a group item by item, with the item number in the label', () => {
    const result = checkFormData(form, { ...good, members: [{ fullName: 'A' }, { relation: 'Con' }, {}, {}] });
    assert.deepEqual(result.issues.map((i) => `${i.path.join('.')}:${i.code}`), [
      'members:too_many_items', 'members.1.fullName:required', 'members.2.fullName:required',
    ]);
    const [message] = formFieldErrors(result.issues.slice(1, 2), 'vi', ['formData']);
    assert.deepEqual(message, { path: 'formData.members.1.fullName', code: 'required', message: 'Vui lòng nhập họ và tên (Thành viên 2).' });
    assert.equal(formFieldErrors(result.issues.slice(1, 2), 'en')[0]!.message, 'Full name (Member 2) is required.');
  });

  it('never throws and is idempotent on whatever a client sends', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), fc.string()), fc.array(fc.dictionary(fc.string(), fc.string())));
    const keys = fc.constantFrom('name', 'born', 'count', 'sex', 'hasFather', 'fatherId', 'phone', 'mail', 'mst', 'home', 'members', '__proto__', 'constructor', 'other');
    fc.assert(fc.property(fc.dictionary(keys, value), (data) => {
      const once = checkFormData(form, data as FormData, { today: '2026-12-07' });
      const twice = checkFormData(form, once.value, { today: '2026-12-07' });
      assert.deepEqual(twice.value, once.value);
    }));
  });

  it('sampleFormData gives answers the form accepts, and its overrides decide the conditions', () => {
    assert.ok(declarationForm.safeParse(form).success);
    assert.deepEqual(checkFormData(form, sampleFormData(form), { today: '2026-12-07' }).issues, []);
    assert.equal('fatherId' in sampleFormData(form, { hasFather: false }), false);
  });

  it('knows real calendar days', () => {
    assert.deepEqual(['2024-02-29', '2023-02-29', '2026-13-01', '2026-1-01', '2026-04-31'].map(isCalendarDate), [true, false, false, false, false]);
    assert.equal(isShown({ showWhen: { field: 'a', in: ['x'] } }, { a: 'y' }, { a: 'x' }), true, 'the item comes first');
  });
});

describe('declaration forms: checkDocuments', () => {
  const docs: DocumentRule[] = [
    { key: 'birth', name: 'Giấy chứng sinh', required: true, accept: ['pdf'], showWhen: null },
    { key: 'proxy', name: 'Văn bản ủy quyền', required: true, accept: ['pdf'], showWhen: { field: 'relationship', in: ['authorized'] } },
    { key: 'extra', name: 'Giấy tờ khác', required: false, accept: ['pdf'], showWhen: null },
  ];
  it('needs every required slot that applies and refuses slots the procedure does not have', () => {
    const codes = (given: Record<string, string[]>, data: FormData = {}) =>
      checkDocuments(docs, given, data).map((i) => `${i.path.join('.')}:${i.code}`);
    assert.deepEqual(codes({}), ['documents.birth:document.required']);
    assert.deepEqual(codes({ birth: [] }, { relationship: 'authorized' }), ['documents.birth:document.required', 'documents.proxy:document.required']);
    assert.deepEqual(codes({ birth: ['att_1'], nope: ['att_2'] }), ['documents.nope:document.unknown']);
    const [error] = formFieldErrors(checkDocuments(docs, {}, {}), 'vi');
    assert.equal(error!.message, 'Vui lòng đính kèm "Giấy chứng sinh".');
  });
});
