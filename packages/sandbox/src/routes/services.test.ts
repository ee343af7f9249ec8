import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TEST_PUBLISHABLE_KEY } from '../config.js';
import { startSandbox, type RunningSandbox, type StartOptions } from '../index.js';

const testOptions: StartOptions = { port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0 };

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

function api(url: string) {
  return async (path: string, query: Record<string, string | number | undefined> = {}, locale?: string): Promise<Reply> => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) search.set(k, String(v));
    const qs = search.size ? `?${search}` : '';
    const headers: Record<string, string> = { authorization: `Bearer ${TEST_PUBLISHABLE_KEY}` };
    if (locale) headers['accept-language'] = locale;
    const response = await fetch(url + path + qs, { headers });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
}

/** The order of ties: most used first, then shorter names, then code. */
const byUse = (a: { popularity: number; name: string; code: string }, b: typeof a) =>
  b.popularity - a.popularity || a.name.length - b.name.length || (a.code < b.code ? -1 : 1);

const codes = (reply: Reply): string[] => reply.body.data.map((s: { code: string }) => s.code);

describe('services', () => {
  let sandbox: RunningSandbox;
  let get: ReturnType<typeof api>;
  const search = async (query: Record<string, string | number | undefined>, locale?: string) => {
    const reply = await get('/v1/services', query, locale);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply;
  };

  before(async () => {
    sandbox = await startSandbox(testOptions);
    get = api(sandbox.url);
  });
  after(() => sandbox.close());

  describe('search text', () => {
    test('a query without diacritics finds birth registration (1.001193) first', async () => {
      for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'DANG KY KHAI SINH', '  đăng   ký  khai sinh ']) {
        const reply = await search({ q });
        assert.equal(codes(reply)[0], '1.001193', q);
        assert.equal(reply.body.data[0].name, 'Đăng ký khai sinh');
        assert.equal(reply.body.data[0].status, 'active');
      }
    });

    test('marriage registration, with or without diacritics and in capitals', async () => {
      for (const q of ['đăng ký kết hôn', 'dang ky ket hon', 'DANG KY KET HON']) {
        const reply = await search({ q });
        assert.equal(codes(reply)[0], '1.000894', q);
        assert.ok(codes(reply).includes('2.000806'), 'the foreign-element variant matches too');
      }
    });

    test('national search shows each national procedure once, its local copies folded', async () => {
      const reply = await search({ q: 'khai sinh', limit: 100 });
      const list = codes(reply);
      assert.ok(list.every((c) => !/\.H\d{2}$/.test(c)), list.join(' '));
      assert.equal(new Set(reply.body.data.map((s: { name: string }) => s.name)).size, list.length, 'no name twice');
      const birth = reply.body.data.find((s: { code: string }) => s.code === '1.001193');
      assert.equal(birth.localCopies, 34, 'every province publishes birth registration');
      const central = (await search({ q: 'phieu ly lich tu phap' })).body.data[0];
      assert.equal(central.localCopies > 0, central.level !== 'central');
      // Choosing a province opens its copies.
      const hue = await search({ q: 'khai sinh', province: '46', limit: 100 });
      assert.ok(codes(hue).includes('1.001193.H46'));
      assert.ok(hue.body.data.every((s: { localCopies: number }) => s.localCopies === 0), 'copies fold nothing');
    });

    test('the abbreviations citizens type find the right procedures', async () => {
      const expectations: [string, string[]][] = [
        ['gplx', ['3.000346', '3.000347', '3.000348']],
        ['GPLX', ['3.000346']],
        ['cccd', ['3.000722']],
        ['bhyt', ['1.014137', '3.000722']],
        ['lltp', ['3.000333']],
        ['hkd', ['1.001612', '2.000720', '2.000575']],
        ['dkkd', ['1.001612']],
        ['đkkd', ['1.001612']],
        ['cap gplx', ['3.000346', '3.000348']],
      ];
      for (const [q, expected] of expectations) {
        const list = codes(await search({ q, limit: 100 }));
        for (const code of expected) assert.ok(list.includes(code), `${q} → ${code} (got ${list.slice(0, 10).join(' ')})`);
      }
      // …and the long forms find what is named by an abbreviation.
      const gplx = codes(await search({ q: 'giay phep lai xe' }));
      assert.ok(gplx.slice(0, 3).every((c) => ['3.000346', '3.000347', '3.000348'].includes(c)), gplx.join(' '));
      const bhyt = codes(await search({ q: 'bao hiem y te', limit: 100 }));
      assert.ok(bhyt.includes('3.000722'), 'the "thẻ BHYT" in a name is found by its long form');
    });

    test('prefixes match while the citizen is still typing', async () => {
      const dangK = codes(await search({ q: 'dang k', limit: 100 }));
      assert.ok(dangK.includes('1.001193') && dangK.includes('1.000894'));
      const khaiS = codes(await search({ q: 'khai s' }));
      assert.equal(khaiS[0], '1.001193');
      const thuong = codes(await search({ q: 'dang ky thuong' }));
      assert.equal(thuong[0], '1.004222');
      const dangKyThuongTru = codes(await search({ q: 'Đăng ký thường trú' }));
      assert.equal(dangKyThuongTru[0], '1.004222');
    });

    test('procedure codes match exactly and by prefix', async () => {
      const exact = await search({ q: '1.001193' });
      assert.equal(codes(exact)[0], '1.001193');
      const prefix = codes(await search({ q: '1.0011', limit: 100 }));
      assert.ok(prefix.includes('1.001193'));
      assert.ok(prefix.every((c) => c.startsWith('1.0011')), prefix.join(' '));
      const local = await search({ q: '1.001193.H38' });
      assert.equal(codes(local)[0], '1.001193.H38');
      assert.equal(local.body.total, 1);
    });

    test('replaced procedures are left out of search; their old codes find what replaced them', async () => {
      const reply = await search({ q: '1.001229', limit: 100 });
      assert.equal(codes(reply)[0], '1.004222');
      assert.ok(codes(reply).every((c) => !c.startsWith('1.001229')));
      const all = await search({ q: 'dang ky thuong tru', limit: 100 });
      assert.ok(codes(all).every((c) => !c.startsWith('1.001229')));
    });

    test('text made of query syntax and punctuation does not break the search', async () => {
      for (const q of ['"', 'khai* OR (', 'NEAR(', '-', '^:', 'sinh"']) {
        const reply = await get('/v1/services', { q });
        assert.equal(reply.status, 200, q);
      }
      const none = await search({ q: 'xyzzyqwv' });
      assert.equal(none.body.total, 0);
      assert.deepEqual(none.body.data, []);
      assert.equal(none.body.nextCursor, null);
    });
  });

  describe('filters and facets', () => {
    test('province: that province’s local instances plus central-level national procedures', async () => {
      const reply = await search({ province: '38', limit: 100 });
      assert.ok(reply.body.total > 0);
      for (const s of reply.body.data) {
        if (s.province) {
          assert.equal(s.province.code, '38');
          assert.match(s.code, /\.H38$/);
        } else {
          assert.equal(s.level, 'central', s.code);
          assert.equal(s.code, s.nationalCode);
        }
      }
      const khaiSinh = await search({ q: 'dang ky khai sinh', province: '38' });
      assert.equal(codes(khaiSinh)[0], '1.001193.H38');
      assert.equal(khaiSinh.body.data[0].province.name, 'Thanh Hóa');
      assert.ok(!codes(khaiSinh).includes('1.001193'), 'the national record of a local procedure is replaced by the instance');
    });

    test('level, audience, online level, sector and agency filters hold for every result', async () => {
      const commune = await search({ level: 'commune', limit: 100 });
      assert.ok(commune.body.total > 0);
      assert.ok(commune.body.data.every((s: any) => s.level === 'commune'));
      const business = await search({ audience: 'business', limit: 100 });
      assert.ok(business.body.total > 0);
      assert.ok(business.body.data.every((s: any) => s.audiences.includes('business')));
      const full = await search({ onlineLevel: 'full', limit: 100 });
      assert.ok(full.body.total > 0);
      assert.ok(full.body.data.every((s: any) => s.onlineLevel === 'full'));
      const sector = commune.body.data[0].sector.code;
      const bySector = await search({ sector, limit: 100 });
      assert.ok(bySector.body.data.every((s: any) => s.sector.code === sector));
      const agency = (await search({ q: '1.001193.H38' })).body.data[0].agency.code;
      const byAgency = await search({ agency, limit: 100 });
      assert.ok(byAgency.body.total > 0);
      assert.ok(byAgency.body.data.every((s: any) => s.agency.code === agency && s.province?.code === '38'));
    });

    test('facet counts agree with the totals of the filtered searches (disjunctive facets)', async () => {
      const q = 'dang ky';
      const unfiltered = await search({ q });
      const { total, facets } = unfiltered.body;
      const sum = (list: { count: number }[]) => list.reduce((n, f) => n + f.count, 0);
      assert.equal(sum(facets.level), total, 'every procedure has one level');
      assert.equal(sum(facets.onlineLevel), total, 'and one online level');
      assert.equal(sum(facets.sector), total, 'and one sector');
      for (const name of ['sector', 'level', 'audience', 'onlineLevel'] as const) {
        const counts = facets[name].map((f: { count: number }) => f.count);
        assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `${name} facet is sorted by count`);
        for (const value of facets[name]) {
          const filtered = await search({ q, [name]: value.value, limit: 1 });
          assert.equal(filtered.body.total, value.count, `${name}=${value.value}`);
          // Disjunctive: the facet of the filtered dimension still shows every value, unchanged.
          assert.deepEqual(filtered.body.facets[name], facets[name], `${name} facet under its own filter`);
        }
      }
      // Other dimensions narrow with the filter.
      const commune = await search({ q, level: 'commune' });
      assert.equal(sum(commune.body.facets.onlineLevel), commune.body.total);
    });

    test('the province facet counts what choosing each province lists; the agency facet, each agency', async () => {
      const q = 'dang ky';
      const national = await search({ q, limit: 1 });
      const provinceFacet = national.body.facets.province;
      assert.equal(provinceFacet.length, 34, 'every province');
      assert.equal(provinceFacet.find((f: { value: string }) => f.value === '46').label, 'Huế');
      for (const value of provinceFacet.slice(0, 3).concat(provinceFacet.slice(-2))) {
        const filtered = await search({ q, province: value.value, limit: 1 });
        assert.equal(filtered.body.total, value.count, `province=${value.value}`);
      }
      const counts = new Set(provinceFacet.map((f: { count: number }) => f.count));
      assert.ok(counts.size > 1, 'provinces differ: not every province publishes every rarer procedure');
      // In a province, the agency facet names that province's agencies (and central bodies).
      const hue = await search({ q, province: '46', limit: 1 });
      for (const value of hue.body.facets.agency) {
        const filtered = await search({ q, province: '46', agency: value.value, limit: 1 });
        assert.equal(filtered.body.total, value.count, `agency=${value.value}`);
      }
      // An agency of one province is that province's view.
      const police = hue.body.facets.agency.find((f: { value: string }) => f.value.endsWith('.H46'));
      const byAgency = await search({ q, agency: police.value, limit: 100 });
      assert.ok(byAgency.body.total > 0 && byAgency.body.data.every((s: { code: string }) => s.code.endsWith('.H46')));
    });

    test('without text the most used procedures come first', async () => {
      const { procedures } = await import('../seed/procedures.js');
      const active = procedures.filter((p) => p.status === 'active').sort(byUse);
      const reply = await search({ limit: 3 });
      assert.deepEqual(codes(reply), active.slice(0, 3).map((p) => p.code));
      assert.equal(reply.body.match, 'all');
      assert.deepEqual(reply.body.popular, []);
    });

    test('never a dead end: a text that matches nothing offers the most used procedures', async () => {
      const { procedures } = await import('../seed/procedures.js');
      const top = procedures.filter((p) => p.status === 'active').sort(byUse);
      const none = await search({ q: 'xyzzyqwv' });
      assert.equal(none.body.match, 'none');
      assert.equal(none.body.total, 0);
      assert.deepEqual(none.body.popular.map((s: { code: string }) => s.code), top.slice(0, 5).map((p) => p.code));
      // Partly: the closest first, and the most used beside them (none of them twice).
      const partial = await search({ q: 'dang ky khai sinh qqqzzz' });
      assert.equal(partial.body.match, 'partial');
      assert.equal(codes(partial)[0], '1.001193');
      assert.ok(partial.body.popular.length > 0);
      assert.ok(partial.body.popular.every((s: { code: string }) => !codes(partial).includes(s.code)));
      // The most used in the view the citizen chose: a province's copies.
      const hue = await search({ q: 'xyzzyqwv', province: '46' });
      assert.ok(hue.body.popular.every((s: { code: string; level: string }) => s.code.endsWith('.H46') || s.level === 'central'));
      // A good match offers none.
      const good = await search({ q: 'dang ky khai sinh' });
      assert.equal(good.body.match, 'all');
      assert.deepEqual(good.body.popular, []);
    });

    test('facet labels follow the request language', async () => {
      const vi = await search({ q: 'khai sinh' });
      const en = await search({ q: 'khai sinh' }, 'en');
      const label = (reply: Reply, facet: string, value: string) =>
        reply.body.facets[facet].find((f: { value: string }) => f.value === value)?.label;
      assert.equal(label(vi, 'level', 'commune'), 'Cấp xã');
      assert.equal(label(en, 'level', 'commune'), 'Commune');
      assert.equal(label(vi, 'audience', 'citizen'), 'Công dân');
      assert.equal(label(en, 'audience', 'citizen'), 'Citizens');
      const sector = vi.body.facets.sector[0];
      const enSector = en.body.facets.sector.find((f: { value: string }) => f.value === sector.value);
      assert.ok(sector.label && enSector.label);
      assert.notEqual(sector.label, enSector.label, 'sector names are translated');
    });

    test('a result\'s and a detail\'s sector, and the placeholder agency, follow the request language (the contract\'s names)', async () => {
      const { sectorLabels, localAgency } = await import('@dvc-kit/contract');
      const vi = await search({ q: 'khai sinh' });
      const en = await search({ q: 'khai sinh' }, 'en');
      const first = vi.body.data[0];
      const firstEn = en.body.data.find((s: { code: string }) => s.code === first.code);
      const code = first.sector.code as keyof typeof sectorLabels;
      assert.equal(first.sector.name, sectorLabels[code].vi);
      assert.equal(firstEn.sector.name, sectorLabels[code].en);
      assert.equal(firstEn.name, first.name, 'the procedure\'s own name stays as published');
      // A national record of a commune-level procedure: its agency depends on the province.
      const national = (await get('/v1/services/1.001193', {}, 'en')).body;
      assert.equal(national.agency.code, localAgency.code);
      assert.equal(national.agency.name, 'Depends on the province');
      assert.equal(national.sector.name, 'Civil status');
      assert.equal((await get('/v1/services/1.001193')).body.agency.name, 'Theo địa phương');
    });
  });

  describe('pagination', () => {
    test('walking the cursor visits every result once and matches the total', async () => {
      for (const query of [{ q: 'dang ky', limit: 7 }, { province: '01', level: 'commune', limit: 9 }]) {
        const seen = new Set<string>();
        let cursor: string | undefined;
        let total = -1;
        let pages = 0;
        do {
          const reply = await search({ ...query, cursor });
          total = reply.body.total;
          assert.ok(reply.body.data.length <= query.limit);
          for (const code of codes(reply)) {
            assert.ok(!seen.has(code), `duplicate ${code}`);
            seen.add(code);
          }
          cursor = reply.body.nextCursor ?? undefined;
          if (cursor) assert.match(cursor, /^[A-Za-z0-9_-]+$/, 'cursors are base64url');
          assert.ok(++pages < 500);
        } while (cursor);
        assert.equal(seen.size, total, JSON.stringify(query));
        assert.ok(total > query.limit, 'the walk spans several pages');
      }
    });

    test('the page size may change between pages', async () => {
      const first = await search({ q: 'dang ky', limit: 5 });
      const second = await search({ q: 'dang ky', limit: 10, cursor: first.body.nextCursor });
      const both = await search({ q: 'dang ky', limit: 15 });
      assert.deepEqual([...codes(first), ...codes(second)], codes(both));
    });

    test('a province code that is no province is refused, naming the field, in Vietnamese or English', async () => {
      for (const path of ['/v1/services', '/v1/agencies']) {
        const vi = await get(path, { province: '99' });
        assert.equal(vi.status, 400, path);
        assert.equal(vi.body.errors[0].path, 'province');
        assert.equal(vi.body.errors[0].code, 'province.unknown');
        assert.match(vi.body.errors[0].message, /Không có tỉnh\/thành phố mã 99/);
        const en = await get(path, { province: '99' }, 'en');
        assert.match(en.body.errors[0].message, /no province with code 99/);
      }
    });

    test('a page number (for links) lands where the cursor would; not both at once', async () => {
      const first = await search({ q: 'dang ky', limit: 4 });
      const second = await search({ q: 'dang ky', limit: 4, cursor: first.body.nextCursor });
      const page2 = await search({ q: 'dang ky', limit: 4, page: 2 });
      assert.deepEqual(codes(page2), codes(second));
      assert.equal(page2.body.nextCursor, second.body.nextCursor);
      const far = await search({ q: 'dang ky', limit: 4, page: 500 });
      assert.deepEqual(far.body.data, []);
      const both = await get('/v1/services', { q: 'dang ky', page: 2, cursor: first.body.nextCursor });
      assert.equal(both.status, 400);
      assert.equal(both.body.errors[0].path, 'page');
      assert.match(both.body.errors[0].message, /số trang/);
      const en = await get('/v1/services', { q: 'dang ky', page: 2, cursor: first.body.nextCursor }, 'en');
      assert.match(en.body.errors[0].message, /not both/);
      const zero = await get('/v1/services', { page: 0 });
      assert.equal(zero.status, 400);
      assert.equal(zero.body.errors[0].path, 'page');
    });

    test('a cursor from another search is refused, naming the cursor, in Vietnamese or English', async () => {
      const first = await search({ q: 'dang ky', limit: 5 });
      const vi = await get('/v1/services', { q: 'ket hon', cursor: first.body.nextCursor });
      assert.equal(vi.status, 400);
      assert.equal(vi.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.equal(vi.body.code, 'validation_failed');
      assert.equal(vi.body.errors[0].path, 'cursor');
      assert.equal(vi.body.errors[0].code, 'cursor.mismatch');
      assert.match(vi.body.errors[0].message, /tìm kiếm khác/);
      const en = await get('/v1/services', { q: 'dang ky', level: 'commune', cursor: first.body.nextCursor }, 'en');
      assert.equal(en.status, 400);
      assert.match(en.body.errors[0].message, /different search/);
      // The same search with different diacritics or spacing is the same search.
      const same = await get('/v1/services', { q: ' ĐĂNG  KÝ ', cursor: first.body.nextCursor });
      assert.equal(same.status, 200);
    });
  });

  describe('bad query parameters', () => {
    const cases: [Record<string, string>, string][] = [
      [{ limit: '0' }, 'limit'],
      [{ limit: 'abc' }, 'limit'],
      [{ limit: '101' }, 'limit'],
      [{ level: 'district' }, 'level'],
      [{ audience: 'alien' }, 'audience'],
      [{ province: '1' }, 'province'],
      [{ cursor: 'garbage!!' }, 'cursor'],
      [{ cursor: 'Z2FyYmFnZQ' }, 'cursor'],
      [{ cursor: Buffer.from('{"o":-1,"h":"x"}').toString('base64url') }, 'cursor'],
    ];
    test('are answered 400 with a problem naming the field, in Vietnamese by default', async () => {
      for (const [query, field] of cases) {
        const reply = await get('/v1/services', query);
        assert.equal(reply.status, 400, JSON.stringify(query));
        assert.equal(reply.body.code, 'validation_failed');
        assert.equal(reply.body.status, 400);
        assert.deepEqual(reply.body.errors.map((e: { path: string }) => e.path), [field], JSON.stringify(query));
        assert.equal(reply.headers.get('content-language'), 'vi');
      }
      const level = await get('/v1/services', { level: 'district' });
      assert.match(level.body.errors[0].message, /Cấp thực hiện/);
      const cursor = await get('/v1/services', { cursor: 'garbage!!' });
      assert.match(cursor.body.errors[0].message, /Con trỏ trang/);
    });

    test('and in English with Accept-Language: en', async () => {
      const limit = await get('/v1/services', { limit: '0' }, 'en');
      assert.equal(limit.status, 400);
      assert.equal(limit.headers.get('content-language'), 'en');
      assert.match(limit.body.errors[0].message, /Page size/);
      const cursor = await get('/v1/services', { cursor: 'garbage!!' }, 'en');
      assert.match(cursor.body.errors[0].message, /Page cursor/);
    });
  });

  describe('services.get', () => {
    test('a national procedure in full', async () => {
      const reply = await get('/v1/services/1.001193');
      assert.equal(reply.status, 200);
      assert.equal(reply.body.code, '1.001193');
      assert.equal(reply.body.nationalCode, '1.001193');
      assert.equal(reply.body.name, 'Đăng ký khai sinh');
      assert.equal(reply.body.province, null);
      assert.ok(Array.isArray(reply.body.channels) && Array.isArray(reply.body.documents));
    });

    test('a local instance carries its province and that province’s agency', async () => {
      const reply = await get('/v1/services/1.001193.H38');
      assert.equal(reply.status, 200);
      assert.equal(reply.body.code, '1.001193.H38');
      assert.equal(reply.body.nationalCode, '1.001193');
      assert.equal(reply.body.name, 'Đăng ký khai sinh');
      assert.deepEqual(reply.body.province, { code: '38', name: 'Thanh Hóa' });
      assert.match(reply.body.agency.code, /\.H38$/);
      assert.match(reply.body.agency.name, /Thanh Hóa/);
    });

    test("an old code of a local copy answers with the copy under the procedure's new code", async () => {
      // 2.000850 was re-published as 3.000346: Huế's copy 2.000850.H46 is now 3.000346.H46.
      const reply = await get('/v1/services/2.000850.H46');
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.equal(reply.body.code, '3.000346.H46');
      assert.equal(reply.body.name, 'Cấp giấy phép lái xe');
      assert.deepEqual(reply.body.province, { code: '46', name: 'Huế' });
      assert.equal((await get('/v1/services/3.000346.H46')).body.code, '3.000346.H46', 'the new code itself');
      // Only codes of re-published procedures are followed: another unknown local code stays unknown.
      assert.equal((await get('/v1/services/1.001193.H99')).status, 404);
    });

    test('a form template downloads as a Word file, in Vietnamese, from an absolute link; an unknown one is a 404 page', async () => {
      const { unzipSync, strFromU8 } = await import('fflate');
      for (const code of ['1.001193', '1.001193.H46']) {
        const detail = (await get(`/v1/services/${code}`)).body;
        const template = detail.documents.find((d: { template: unknown }) => d.template).template;
        assert.equal(template.url, `${sandbox.url}/bieu-mau/1.001193.docx`, code);
        const response = await fetch(template.url); // no key: public, as the portal's templates are
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        assert.match(response.headers.get('content-disposition')!, /^attachment; filename="to-khai-dang-ky-khai-sinh\.docx"; filename\*=UTF-8''T%E1%BB%9D%20khai/);
        const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
        const xml = strFromU8(files['word/document.xml']!);
        for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỜ KHAI ĐĂNG KÝ KHAI SINH', 'Kính gửi: Ủy ban nhân dân cấp xã', 'Đăng ký khai sinh (mã 1.001193)', 'Số định danh cá nhân', 'Giấy chứng sinh', 'NGƯỜI YÊU CẦU']) {
          assert.ok(xml.includes(text), `${text} in the form`);
        }
        // The procedure's own form: its sections in order, each field a labelled line, choices as boxes, hints and conditions.
        const inOrder = [
          'I. NGƯỜI ĐI ĐĂNG KÝ', 'Quan hệ với người được khai sinh: ', '☐ Mẹ', '☐ Người được ủy quyền',
          'II. NGƯỜI ĐƯỢC KHAI SINH', 'Họ, chữ đệm và tên: ', 'Ngày, tháng, năm sinh: ngày …… tháng …… năm ……', '☐ Nữ', '☐ Nam', 'Ví dụ: Kinh',
          'Quê quán (nếu có): ', 'III. THÔNG TIN NGƯỜI MẸ', 'Nơi cư trú của người mẹ (số nhà, đường/thôn; xã/phường; tỉnh/thành phố)',
          'IV. THÔNG TIN NGƯỜI CHA', 'Khai thông tin người cha: ', '☐ Có', '☐ Không', 'Họ, chữ đệm và tên người cha: ',
          '(Chỉ khai khi “Khai thông tin người cha” là “Có”)', 'Giấy tờ gửi kèm:', 'Văn bản ủy quyền có chứng thực (1 bản chính, 0 bản sao) – Khi người được ủy quyền đi đăng ký',
        ];
        let at = 0;
        for (const text of inOrder) {
          const found = xml.indexOf(text, at);
          assert.ok(found >= 0, `${text} in the form, after the text before it`);
          at = found;
        }
      }
      // A repeatable group is a table: a header row of its fields, then numbered blank rows.
      const residence = await fetch(`${sandbox.url}/bieu-mau/1.004222.docx`);
      assert.equal(residence.status, 200);
      const ct01 = strFromU8(unzipSync(new Uint8Array(await residence.arrayBuffer()))['word/document.xml']!);
      assert.ok(ct01.includes('TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ (CT01)'));
      const table = /<w:tbl>.*?<\/w:tbl>/s.exec(ct01)?.[0] ?? '';
      const cells = [...table.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).filter(Boolean);
      assert.deepEqual(cells, ['STT', 'Họ, chữ đệm và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Số định danh cá nhân', 'Mối quan hệ với chủ hộ', '1', '2', '3']);
      assert.ok(ct01.includes('Những thành viên trong hộ gia đình cùng thay đổi (nếu có):'));
      assert.ok(ct01.includes('(Chỉ khai khi “Quan hệ với chủ hộ” là “Vợ, chồng” hoặc “Con”'), 'a condition on several values names them');
      const { procedures } = await import('../seed/procedures.js');
      const withoutTemplate = procedures.find((p) => p.status === 'active' && p.documents.every((d) => !d.template))!.code;
      for (const path of ['/bieu-mau/9.999999.docx', `/bieu-mau/${withoutTemplate}.docx`, '/bieu-mau/1.001193.pdf']) {
        const missing = await fetch(sandbox.url + path);
        assert.equal(missing.status, 404, path);
        assert.equal(missing.headers.get('content-type'), 'text/html; charset=utf-8');
        assert.match(await missing.text(), /Không tìm thấy trang/);
      }
    });

    test('an old code answers with the procedure that replaced it', async () => {
      const reply = await get('/v1/services/1.001229');
      assert.equal(reply.status, 200);
      assert.equal(reply.body.code, '1.004222');
      assert.equal(reply.body.status, 'active');
      assert.ok(reply.body.previousCodes.includes('1.001229'));
      const licence = await get('/v1/services/2.000850');
      assert.equal(licence.body.code, '3.000346');
    });

    test('an unknown code is a 404 service_not_found naming the code; a malformed one is a 400', async () => {
      const vi = await get('/v1/services/9.999999');
      assert.equal(vi.status, 404);
      assert.equal(vi.body.code, 'service_not_found');
      assert.match(vi.body.detail, /9\.999999/);
      const en = await get('/v1/services/9.999999', {}, 'en');
      assert.match(en.body.detail, /No administrative procedure has code 9\.999999/);
      const bad = await get('/v1/services/abc');
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].path, 'code');
    });
  });

  describe('sectors and agencies', () => {
    test('sectors count the active national procedures', async () => {
      const reply = await get('/v1/sectors');
      assert.equal(reply.status, 200);
      assert.ok(reply.body.data.length > 3);
      const db = sandbox.sandbox.db;
      const nationals = db.prepare(`SELECT count(*) FROM procedures WHERE is_local = 0 AND status = 'active'`).pluck().get();
      assert.equal(reply.body.data.reduce((n: number, s: { serviceCount: number }) => n + s.serviceCount, 0), nationals);
      const hoTich = reply.body.data.find((s: { code: string }) => s.code === (
        db.prepare(`SELECT sector_code FROM procedures WHERE code = '1.001193'`).pluck().get() as string));
      assert.ok(hoTich.serviceCount >= 5);
      const en = await get('/v1/sectors', {}, 'en');
      assert.equal(en.body.data.length, reply.body.data.length);
    });

    test('agencies of a province, by level, with their service counts', async () => {
      const reply = await get('/v1/agencies', { province: '38' });
      assert.equal(reply.status, 200);
      const list = reply.body.data as any[];
      assert.ok(list.length >= 3);
      assert.ok(list.every((a) => a.province?.code === '38' && a.province.name === 'Thanh Hóa'));
      assert.ok(list.some((a) => a.code === '000.00.00.H38' && a.level === 'province'), 'the provincial People’s Committee');
      const commune = list.find((a) => a.level === 'commune' && a.serviceCount > 0);
      assert.ok(commune, 'a commune-level agency carries local procedures');
      const byAgency = await search({ agency: commune.code, limit: 1 });
      assert.equal(byAgency.body.total, commune.serviceCount);
      const central = await get('/v1/agencies', { level: 'central' });
      assert.ok(central.body.data.length > 0);
      assert.ok(central.body.data.every((a: any) => a.level === 'central' && a.province === null));
      const all = await get('/v1/agencies');
      const provinces = new Set(all.body.data.filter((a: any) => a.province).map((a: any) => a.province.code));
      assert.equal(provinces.size, 34);
      const bad = await get('/v1/agencies', { level: 'district' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].path, 'level');
    });
  });
});

describe('persistence', () => {
  test('a second start on the same data dir does not reseed and keeps the data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-'));
    try {
      const options: StartOptions = { ...testOptions, memory: false, dataDir };
      const first = await startSandbox(options);
      const meta = (sb: RunningSandbox, key: string) =>
        sb.sandbox.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
      const seededAt = meta(first, 'seeded_at');
      const count = first.sandbox.db.prepare('SELECT count(*) FROM procedures').pluck().get();
      assert.ok(seededAt);
      await first.close();

      const started = performance.now();
      const second = await startSandbox(options);
      console.log(`# restart on an existing data dir took ${(performance.now() - started).toFixed(0)} ms`);
      try {
        assert.equal(meta(second, 'seeded_at'), seededAt, 'not reseeded');
        assert.equal(second.sandbox.db.prepare('SELECT count(*) FROM procedures').pluck().get(), count);
        const reply = await api(second.url)('/v1/services', { q: 'dang ky khai sinh' });
        assert.equal(reply.body.data[0].code, '1.001193');
      } finally {
        await second.close();
      }

      // A data dir seeded from an older catalogue gets the current one; its dossiers stay.
      {
        const old = await startSandbox(options);
        old.sandbox.db.prepare("UPDATE meta SET value = 'older' WHERE key = 'catalogue_version'").run();
        old.sandbox.db.prepare("DELETE FROM procedures WHERE code LIKE '1.001193%'").run();
        const petitions = old.sandbox.db.prepare('SELECT count(*) FROM petitions').pluck().get();
        await old.close();
        const renewed = await startSandbox(options);
        try {
          assert.equal(renewed.sandbox.db.prepare('SELECT count(*) FROM procedures').pluck().get(), count, 'the catalogue is whole again');
          assert.equal(renewed.sandbox.db.prepare('SELECT count(*) FROM petitions').pluck().get(), petitions, 'petitions kept');
          assert.equal(meta(renewed, 'seeded_at'), seededAt);
          const reply = await api(renewed.url)('/v1/services', { q: 'dang ky khai sinh' });
          assert.equal(reply.body.data[0].code, '1.001193');
        } finally {
          await renewed.close();
        }
      }

      // Asking for another seed size on a seeded data dir: a note, no silent reseed.
      const lines: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void lines.push(args.join(' '));
      let third: RunningSandbox | undefined;
      try {
        third = await startSandbox({ ...options, quiet: false, seedSize: 5 });
      } finally {
        console.error = original;
      }
      try {
        assert.equal(meta(third, 'seeded_at'), seededAt);
        assert.ok(lines.some((l) => /seed.?size/i.test(l) && /5/.test(l)), lines.join('\n'));
      } finally {
        await third.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
