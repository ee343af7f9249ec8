import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { formatMessage, locales, type MessageKey } from '../messages/index.js';
import {
  birthRegistrationByCode,
  birthRegistrationCodes,
  countryNumericCodes,
  provinceByCode,
  provinceCodes,
  provinces,
} from '../reference/provinces.js';
import {
  type Check,
  checkCitizenId,
  checkEmail,
  checkMobile,
  checkOldIdCard,
  checkTaxCode,
  citizenId,
  email,
  mobilePhone,
  oldIdCard,
  taxCode,
  taxCodeCheckDigit,
} from './index.js';

const now = new Date('2025-08-01T00:00:00+07:00');

function ok<I>(result: Check<I>): { value: string; info: I } {
  assert.ok(result.ok, `expected ok, got ${JSON.stringify(result)}`);
  return result;
}

function failure<I>(result: Check<I>, code: MessageKey, params: Record<string, unknown> = {}): void {
  assert.deepEqual(result, { ok: false, code, params });
}

/** Deterministic pseudo-random generator (mulberry32) so failures are reproducible. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('provinces', () => {
  it('lists the 34 provinces since 1 Jul 2025 with 6 centrally-run cities', () => {
    assert.equal(provinces.length, 34);
    assert.equal(new Set(provinceCodes).size, 34);
    assert.ok(provinces.every((p) => /^\d{2}$/.test(p.code) && p.name && /^[\x20-\x7e]+$/.test(p.nameEn)));
    assert.deepEqual(
      provinces.filter((p) => p.kind === 'city').map((p) => p.name),
      ['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'TP Hồ Chí Minh', 'Cần Thơ'],
    );
    assert.deepEqual([...provinceCodes], [...provinceCodes].sort());
  });

  it('looks a province up by code', () => {
    assert.equal(provinceByCode('38')?.name, 'Thanh Hóa');
    assert.equal(provinceByCode('79')?.nameEn, 'Ho Chi Minh City');
    assert.equal(provinceByCode('46')?.kind, 'city');
    assert.equal(provinceByCode('02'), undefined);
    assert.equal(provinceByCode('1'), undefined);
  });

  it('has the 63 pre-2025 birth-registration codes and the assigned country codes', () => {
    assert.equal(birthRegistrationCodes.size, 63);
    assert.equal(birthRegistrationCodes.get('001'), 'Hà Nội');
    assert.equal(birthRegistrationCodes.get('096'), 'Cà Mau');
    assert.equal(birthRegistrationCodes.get('046'), 'Thừa Thiên Huế');
    assert.equal(countryNumericCodes.size, 248);
    assert.ok(countryNumericCodes.has('840') && countryNumericCodes.has('250') && countryNumericCodes.has('410'));
    for (const bad of ['000', '999', '704', '003', '900']) assert.equal(countryNumericCodes.has(bad), false, bad);
    // 004 is both Cao Bằng and Afghanistan: the province wins.
    assert.deepEqual(birthRegistrationByCode('004'), { abroad: false, code: '004', province: 'Cao Bằng' });
    assert.deepEqual(birthRegistrationByCode('276'), { abroad: true, code: '276' });
    assert.equal(birthRegistrationByCode('999'), undefined);
  });
});

describe('checkCitizenId', () => {
  it('accepts a valid number and reads place, sex and birth year', () => {
    assert.deepEqual(ok(checkCitizenId('001090123456', now)), {
      ok: true,
      value: '001090123456',
      info: { birthPlaceCode: '001', birthPlace: 'Hà Nội', bornAbroad: false, sex: 'male', birthYear: 1990 },
    });
    const hcm = ok(checkCitizenId('079301012345', now)).info;
    assert.deepEqual([hcm.birthPlace, hcm.sex, hcm.birthYear], ['TP Hồ Chí Minh', 'female', 2001]);
  });

  it('maps every century/sex digit', () => {
    const expected: [string, 'male' | 'female', number][] = [
      ['0', 'male', 1925], ['1', 'female', 1925], ['2', 'male', 2025], ['3', 'female', 2025],
      ['4', 'male', 2125], ['5', 'female', 2125], ['6', 'male', 2225], ['7', 'female', 2225],
      ['8', 'male', 2325], ['9', 'female', 2325],
    ];
    const farFuture = new Date('2399-12-31T00:00:00Z');
    for (const [digit, sex, year] of expected) {
      const { info } = ok(checkCitizenId(`036${digit}25000001`, farFuture));
      assert.deepEqual([info.sex, info.birthYear], [sex, year], digit);
    }
  });

  it('trims and removes inner spaces', () => {
    assert.equal(ok(checkCitizenId('  001 090 123 456 ', now)).value, '001090123456');
    assert.equal(ok(checkCitizenId('001\t090123456', now)).value, '001090123456');
  });

  it('accepts a country code for a birth registered abroad', () => {
    assert.deepEqual(ok(checkCitizenId('840190123456', now)).info, {
      birthPlaceCode: '840', birthPlace: null, bornAbroad: true, sex: 'female', birthYear: 1990,
    });
  });

  it('rejects wrong lengths and non-digits', () => {
    for (const bad of ['', '12', '00109012345', '0010901234567', '00109012345a', '001-090-123456', '００１０９０１２３４５６']) {
      failure(checkCitizenId(bad, now), 'cccd.format');
    }
  });

  it('rejects a prefix that is neither a province nor a country', () => {
    failure(checkCitizenId('000090123456', now), 'cccd.province', { prefix: '000' });
    failure(checkCitizenId('999090123456', now), 'cccd.province', { prefix: '999' });
    failure(checkCitizenId('003090123456', now), 'cccd.province', { prefix: '003' });
    failure(checkCitizenId('704090123456', now), 'cccd.province', { prefix: '704' });
  });

  it('rejects a birth year after the current year', () => {
    failure(checkCitizenId('001226123456', now), 'cccd.birth_year', { year: 2026 });
    failure(checkCitizenId('001400123456', now), 'cccd.birth_year', { year: 2100 });
    assert.ok(checkCitizenId('001225123456', now).ok, 'born this year');
    assert.ok(checkCitizenId('001226123456', new Date('2026-01-01T12:00:00Z')).ok, 'born this year (2026)');
  });
});

describe('checkOldIdCard', () => {
  it('accepts 9 digits, spaces removed', () => {
    assert.deepEqual(checkOldIdCard(' 012 345 678 '), { ok: true, value: '012345678', info: {} });
  });
  it('rejects other lengths', () => {
    for (const bad of ['', '01234567', '0123456789', '01234567x', '001090123456']) failure(checkOldIdCard(bad), 'cmnd.format');
  });
});

describe('checkTaxCode', () => {
  it('accepts the real examples 0100047516 and 0100109106', () => {
    for (const code of ['0100047516', '0100109106']) {
      assert.deepEqual(checkTaxCode(code), { ok: true, value: code, info: { kind: 'enterprise', base: code, branch: null } });
    }
    assert.equal(taxCodeCheckDigit('010004751'), 6);
    assert.equal(taxCodeCheckDigit('010010910'), 6);
  });

  it('rejects a wrong check digit', () => {
    failure(checkTaxCode('0100047517'), 'mst.checksum', { value: '0100047517' });
    failure(checkTaxCode('0100109100'), 'mst.checksum', { value: '0100109100' });
  });

  it('computes the check digit for random bases; remainder 0 is never valid', () => {
    const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    const next = random(20250701);
    let neverIssued = 0;
    for (let n = 0; n < 500; n++) {
      const first9 = Array.from({ length: 9 }, () => String(Math.floor(next() * 10))).join('');
      const remainder = weights.reduce((sum, w, i) => sum + w * Number(first9[i]), 0) % 11;
      const expected = remainder === 0 ? null : 10 - remainder;
      assert.equal(taxCodeCheckDigit(first9), expected, first9);
      if (expected === null) neverIssued++;
      for (let d = 0; d <= 9; d++) {
        const result = checkTaxCode(`${first9}${d}`);
        assert.equal(result.ok, d === expected, `${first9}${d}`);
        if (!result.ok) assert.equal(result.code, 'mst.checksum');
      }
    }
    assert.ok(neverIssued > 0, 'the sample includes remainder-0 bases');
    const zero = Array.from({ length: 1000 }, (_, i) => String(i).padStart(9, '0')).find((b) => taxCodeCheckDigit(b) === null)!;
    for (let d = 0; d <= 9; d++) assert.equal(checkTaxCode(`${zero}${d}`).ok, false, `${zero}${d}`);
  });

  it('accepts a 13-digit branch with or without the dash, normalised with it', () => {
    const expected = { ok: true, value: '0100047516-001', info: { kind: 'branch', base: '0100047516', branch: '001' } };
    assert.deepEqual(checkTaxCode('0100047516-001'), expected);
    assert.deepEqual(checkTaxCode('0100047516001'), expected);
    assert.deepEqual(checkTaxCode(' 0100047516 - 001 '), expected);
    assert.equal(ok(checkTaxCode('0100109106-999')).value, '0100109106-999');
  });

  it('rejects a branch 000 and a branch of an invalid base', () => {
    failure(checkTaxCode('0100047516-000'), 'mst.branch', { value: '0100047516-000' });
    failure(checkTaxCode('0100047517-001'), 'mst.checksum', { value: '0100047517-001' });
    failure(checkTaxCode('0100047517001'), 'mst.checksum', { value: '0100047517-001' });
  });

  it('accepts an individual citizen ID (12 digits) and passes its failures on', () => {
    const { value, info } = ok(checkTaxCode('001090123456'));
    assert.equal(value, '001090123456');
    assert.deepEqual(info, { kind: 'individual', base: '001090123456', branch: null });
    failure(checkTaxCode('999090123456'), 'cccd.province', { prefix: '999' });
  });

  it('rejects other shapes', () => {
    for (const bad of ['', 'x', '010004751', '01000475161', '0100047516-01', '0100047516-0011', '0100047516/001', '010004751a']) {
      failure(checkTaxCode(bad), 'mst.format');
    }
  });
});

describe('checkMobile', () => {
  it('normalises +84, 84, 0084 and separators to 0XXXXXXXXX', () => {
    for (const input of [
      '+84 912 345 678', '84-912.345.678', '0912345678', '0912.345.678', '(+84) 912-345-678',
      '+84 (0) 912 345 678', '0084912345678', '84912345678', ' 091 234 5678 ',
    ]) {
      assert.deepEqual(checkMobile(input), { ok: true, value: '0912345678', info: { carrier: 'Vinaphone' } }, input);
    }
  });

  it('names the carrier of each prefix range', () => {
    const cases: [string, string][] = [
      ['0321234567', 'Viettel'], ['0391234567', 'Viettel'], ['0861234567', 'Viettel'], ['0981234567', 'Viettel'],
      ['0811234567', 'Vinaphone'], ['0881234567', 'Vinaphone'], ['0941234567', 'Vinaphone'],
      ['0701234567', 'MobiFone'], ['0761234567', 'MobiFone'], ['0891234567', 'MobiFone'], ['0931234567', 'MobiFone'],
      ['0521234567', 'Vietnamobile'], ['0921234567', 'Vietnamobile'],
      ['0591234567', 'Gmobile'], ['0991234567', 'Gmobile'],
      ['0871234567', 'Itelecom'], ['0551234567', 'Reddi'],
    ];
    for (const [number, carrier] of cases) assert.equal(ok(checkMobile(number)).info.carrier, carrier, number);
  });

  it('rejects other lengths', () => {
    for (const bad of ['', '12345', '091234567', '09123456789', '+1 912 345 678', '+8491234567', 'abc0912345678', '912345678']) {
      failure(checkMobile(bad), 'phone.format');
    }
  });

  it('rejects unknown prefixes with the prefix', () => {
    failure(checkMobile('0241234567'), 'phone.prefix', { prefix: '024' });
    failure(checkMobile('+84 112 345 678'), 'phone.prefix', { prefix: '011' });
    for (const prefix of ['031', '040', '050', '053', '057', '060', '071', '075', '080', '095']) {
      failure(checkMobile(`${prefix}1234567`), 'phone.prefix', { prefix });
    }
  });
});

describe('checkEmail', () => {
  it('accepts ordinary addresses and lowercases only the domain', () => {
    assert.deepEqual(checkEmail('an.nguyen@example.vn'), { ok: true, value: 'an.nguyen@example.vn', info: {} });
    assert.equal(ok(checkEmail('  An.Nguyen+dvc@Mail.Example.COM.VN ')).value, 'An.Nguyen+dvc@mail.example.com.vn');
    assert.ok(checkEmail('a_b-c@sub-domain.gov.vn').ok);
    assert.ok(checkEmail('x@xn--vi-dua.xn--vn-uia').ok, 'punycode labels');
  });

  it('rejects malformed addresses', () => {
    for (const bad of [
      '', 'not an email', 'an@', '@example.vn', 'an@example', 'an@example.v', 'an@example.c0m', 'an nguyen@example.vn',
      'an@exa mple.vn', 'an@@example.vn', 'an@-example.vn', 'an@example-.vn', 'an@example..vn', '.an@example.vn',
      'an.@example.vn', 'a..n@example.vn', 'an@example.vn.', `${'a'.repeat(65)}@example.vn`,
      `a@${'b'.repeat(64)}.vn`, `${'a'.repeat(60)}@${'b.'.repeat(100)}vn`, 'nguyễn@example.vn',
    ]) {
      failure(checkEmail(bad), 'email.format');
    }
  });
});

describe('zod schemas', () => {
  const form = z.object({ idNumber: citizenId, cmnd: oldIdCard, taxCode, phone: mobilePhone, email });

  it('parse to the normalised value', () => {
    const parsed = z.parse(form, {
      idNumber: ' 001 090 123456 ',
      cmnd: '012 345 678',
      taxCode: '0100047516001',
      phone: '+84 912 345 678',
      email: ' An@Example.VN ',
    });
    assert.deepEqual(parsed, {
      idNumber: '001090123456',
      cmnd: '012345678',
      taxCode: '0100047516-001',
      phone: '0912345678',
      email: 'An@example.vn',
    });
    assert.equal(z.parse(mobilePhone, '84-912.345.678'), '0912345678');
  });

  it('report failures as custom issues whose params.code is the message key', () => {
    const result = z.safeParse(form, {
      idNumber: '999090123456',
      cmnd: '1',
      taxCode: '0100047517',
      phone: '0241234567',
      email: 'nope',
    });
    assert.equal(result.success, false);
    const issues = result.error!.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message, params: (i as { params?: unknown }).params }));
    assert.deepEqual(issues, [
      { path: 'idNumber', code: 'custom', message: 'cccd.province', params: { code: 'cccd.province', prefix: '999' } },
      { path: 'cmnd', code: 'custom', message: 'cmnd.format', params: { code: 'cmnd.format' } },
      { path: 'taxCode', code: 'custom', message: 'mst.checksum', params: { code: 'mst.checksum', value: '0100047517' } },
      { path: 'phone', code: 'custom', message: 'phone.prefix', params: { code: 'phone.prefix', prefix: '024' } },
      { path: 'email', code: 'custom', message: 'email.format', params: { code: 'email.format' } },
    ]);
  });

  it('keep their built-in type errors for non-strings', () => {
    const result = z.safeParse(mobilePhone, 912345678);
    assert.equal(result.success, false);
    assert.equal(result.error!.issues[0]!.code, 'invalid_type');
  });

  it('produce a plain string JSON Schema with description and example', () => {
    for (const schema of [citizenId, oldIdCard, taxCode, mobilePhone, email]) {
      for (const io of ['input', 'output'] as const) {
        const json = z.toJSONSchema(schema, { io }) as Record<string, unknown>;
        assert.equal(json.type, 'string');
        assert.equal(typeof json.description, 'string');
        assert.equal(typeof json.example, 'string');
        assert.ok(z.safeParse(schema, json.example).success, `example ${String(json.example)} is valid`);
      }
    }
  });
});

describe('failure messages', () => {
  const failures: [string, Check<unknown>][] = [
    ['cccd format', checkCitizenId('123', now)],
    ['cccd province', checkCitizenId('000090123456', now)],
    ['cccd birth year', checkCitizenId('001990123456', now)],
    ['cmnd format', checkOldIdCard('12')],
    ['mst format', checkTaxCode('12')],
    ['mst checksum', checkTaxCode('0100047517')],
    ['mst branch', checkTaxCode('0100047516-000')],
    ['mst as cccd', checkTaxCode('001990123456')],
    ['phone format', checkMobile('12')],
    ['phone prefix', checkMobile('0241234567')],
    ['email format', checkEmail('x')],
  ];

  it('cover every rule', () => {
    const codes = new Set(failures.map(([, r]) => (r.ok ? 'ok' : r.code)));
    assert.deepEqual([...codes].sort(), [
      'cccd.birth_year', 'cccd.format', 'cccd.province', 'cmnd.format', 'email.format',
      'mst.branch', 'mst.checksum', 'mst.format', 'phone.format', 'phone.prefix',
    ]);
  });

  for (const [name, result] of failures) {
    it(`read as a full sentence in every locale: ${name}`, () => {
      assert.equal(result.ok, false);
      if (result.ok) return;
      for (const locale of locales) {
        const text = formatMessage(locale, result.code, result.params);
        assert.ok(text.length > 10, `${locale}: ${text}`);
        assert.doesNotMatch(text, /\{\w+\}/, `${locale}: leftover placeholder in "${text}"`);
        assert.match(text, /[.!?]$/, `${locale}: ends like a sentence: "${text}"`);
      }
    });
  }
});
