import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DvcNotFoundError, DvcValidationError, isDvcError } from './errors.js';
import { recordingFetch, rejection, withSandbox } from './test-support.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('services', () => {
  const sb = withSandbox();

  describe('search', () => {
    it('finds birth registration (1.001193) first for a query without diacritics', async () => {
      const page = await sb.client().services.search({ q: 'dang ky khai sinh' });
      assert.equal(page.data[0]?.code, '1.001193');
      assert.equal(page.data[0]?.name, 'Đăng ký khai sinh');
      assert.equal(page.data[0]?.status, 'active');
      assert.ok(page.total >= page.data.length && page.total > 1);
    });

    it('applies filters: province instances and levels', async () => {
      const dvc = sb.client();
      const local = await dvc.services.search({ q: 'dang ky khai sinh', province: '38' });
      assert.equal(local.data[0]?.code, '1.001193.H38');
      assert.deepEqual(local.data[0]?.province, { code: '38', name: 'Thanh Hóa' });
      assert.ok(!local.data.some((s) => s.code === '1.001193'), 'the national record gives way to the instance');

      const commune = await dvc.services.search({ level: 'commune', limit: 50 });
      assert.ok(commune.total > 0);
      assert.ok(commune.data.length > 0);
      for (const s of commune.data) assert.equal(s.level, 'commune', s.code);
    });

    it('returns facets whose counts add up to the total, labelled in the client language', async () => {
      const vi = await sb.client().services.search({ q: 'dang ky' });
      const sum = (list: { count: number }[]) => list.reduce((n, f) => n + f.count, 0);
      assert.equal(sum(vi.facets.level), vi.total);
      assert.equal(sum(vi.facets.sector), vi.total);
      assert.equal(vi.facets.level.find((f) => f.value === 'commune')?.label, 'Cấp xã');
      const en = await sb.client({ locale: 'en' }).services.search({ q: 'dang ky' });
      assert.equal(en.facets.level.find((f) => f.value === 'commune')?.label, 'Commune');
      assert.equal(en.total, vi.total);
    });

    it('awaiting gives one page, with one request, loaded once', async () => {
      const rec = recordingFetch();
      const dvc = sb.client({ fetch: rec.fetch });
      const list = dvc.services.search({ q: 'ket hon', limit: 5 });
      assert.equal(rec.requests.length, 0, 'nothing is fetched before the list is used');
      const page = await list;
      assert.equal(page.data.length, 5);
      assert.ok(page.total > 5);
      assert.equal(typeof page.nextCursor, 'string');
      assert.equal(rec.requests.length, 1);
      const url = new URL(rec.requests[0]!.url);
      assert.equal(url.pathname, '/v1/services');
      assert.equal(url.searchParams.get('q'), 'ket hon');
      assert.equal(url.searchParams.get('limit'), '5');
      assert.equal(rec.requests[0]!.headers.get('authorization'), 'Bearer pk_test_dvckit_local');
      assert.equal(rec.requests[0]!.headers.get('accept-language'), 'vi');
      const again = await list;
      assert.equal(again, page, 'awaiting again gives the same page');
      assert.equal(rec.requests.length, 1);
    });

    it('for await follows the cursor across pages and yields every item once', async () => {
      const rec = recordingFetch();
      const dvc = sb.client({ fetch: rec.fetch });
      const { total } = await sb.client().services.search({ q: 'dang ky', limit: 1 });
      assert.ok(total > 40 && total <= 100, `total ${total}`);
      const seen = new Set<string>();
      let count = 0;
      for await (const service of dvc.services.search({ q: 'dang ky', limit: 20 })) {
        count++;
        assert.ok(!seen.has(service.code), `duplicate ${service.code}`);
        seen.add(service.code);
      }
      assert.equal(count, total);
      assert.equal(rec.requests.length, Math.ceil(total / 20));
      const cursors = rec.requests.map((r) => new URL(r.url).searchParams.get('cursor'));
      assert.equal(cursors[0], null);
      assert.ok(cursors.slice(1).every((c) => typeof c === 'string' && c.length > 0));
      assert.equal(new Set(cursors).size, cursors.length, 'each page asked for once');
      // The same walk in one big page gives the same order.
      const whole = await sb.client().services.search({ q: 'dang ky', limit: 100 });
      assert.deepEqual([...seen], whole.data.map((s) => s.code));
    });

    it('pages() yields each page, the last one without a cursor', async () => {
      const sizes: number[] = [];
      let last: string | null = 'unset';
      for await (const page of sb.client().services.search({ q: 'dang ky', limit: 30 }).pages()) {
        sizes.push(page.data.length);
        last = page.nextCursor;
      }
      assert.equal(last, null);
      assert.ok(sizes.length >= 2);
      assert.ok(sizes.slice(0, -1).every((n) => n === 30));
    });

    it('toArray({ limit }) stops at the limit, fetching only the pages it needs', async () => {
      const rec = recordingFetch();
      const dvc = sb.client({ fetch: rec.fetch });
      const items = await dvc.services.search({ q: 'dang ky', limit: 5 }).toArray({ limit: 12 });
      assert.equal(items.length, 12);
      assert.equal(rec.requests.length, 3);
      const twelve = await sb.client().services.search({ q: 'dang ky', limit: 12 });
      assert.deepEqual(items.map((s) => s.code), twelve.data.map((s) => s.code));
      const few = await dvc.services.search({ q: 'dang ky khai sinh', province: '38', limit: 50 });
      const all = await dvc.services.search({ q: 'dang ky khai sinh', province: '38', limit: 50 }).toArray({ limit: 10_000 });
      assert.equal(all.length, few.total, 'a limit above the total collects everything');
    });

    it('toArray refuses a missing, zero or huge limit in the client language, without a request', async () => {
      const rec = recordingFetch();
      const vi = sb.client({ fetch: rec.fetch });
      const en = sb.client({ fetch: rec.fetch, locale: 'en' });
      for (const options of [undefined, {}, { limit: 0 }, { limit: 10_001 }, { limit: 2.5 }, { limit: -1 }]) {
        const viError = await rejection(vi.services.search({ q: 'ket hon' }).toArray(options as { limit: number }));
        assert.ok(viError instanceof DvcValidationError, JSON.stringify(options));
        assert.equal(viError.type, 'validation');
        assert.equal(viError.code, 'validation_failed');
        assert.equal(viError.status, 0);
        assert.equal(viError.fieldErrors[0]?.path, 'limit');
        assert.match(viError.message, /Hãy truyền toArray\(\{ limit \}\)/);
        const enError = await rejection(en.services.search({ q: 'ket hon' }).toArray(options as { limit: number }));
        assert.ok(enError instanceof DvcValidationError);
        assert.match(enError.message, /Pass toArray\(\{ limit \}\)/);
        assert.match(enError.fieldErrors[0]!.message, /unbounded reads are refused/);
      }
      assert.equal(rec.requests.length, 0);
    });

    it('refuses a bad query before sending, naming the field', async () => {
      const rec = recordingFetch();
      const dvc = sb.client({ fetch: rec.fetch, locale: 'en' });
      const error = await rejection(dvc.services.search({ level: 'district' as 'commune' }));
      assert.ok(error instanceof DvcValidationError);
      assert.deepEqual(error.fieldErrors.map((e) => e.path), ['level']);
      const limit = await rejection(dvc.services.search({ limit: 500 }));
      assert.deepEqual(limit.fieldErrors.map((e: { path: string }) => e.path), ['limit']);
      assert.equal(rec.requests.length, 0);
    });
  });

  describe('get', () => {
    it('answers one procedure in full', async () => {
      const birth = await sb.client().services.get('1.001193');
      assert.equal(birth.code, '1.001193');
      assert.equal(birth.nationalCode, '1.001193');
      assert.equal(birth.name, 'Đăng ký khai sinh');
      assert.equal(birth.province, null);
      assert.ok(Array.isArray(birth.documents) && Array.isArray(birth.channels));
      const local = await sb.client().services.get('1.001193.H38');
      assert.deepEqual(local.province, { code: '38', name: 'Thanh Hóa' });
      assert.match(local.agency.code, /\.H38$/);
    });

    it('answers a replaced code with its successor', async () => {
      const residence = await sb.client().services.get('1.001229');
      assert.equal(residence.code, '1.004222');
      assert.equal(residence.status, 'active');
      assert.ok(residence.previousCodes.includes('1.001229'));
      const licence = await sb.client().services.get('2.000850');
      assert.equal(licence.code, '3.000346');
    });

    it('rejects an unknown code with a DvcNotFoundError carrying the code and request id', async () => {
      const vi = await rejection(sb.client().services.get('9.999999'));
      assert.ok(vi instanceof DvcNotFoundError);
      assert.ok(isDvcError(vi, 'not_found'));
      assert.equal(vi.type, 'not_found');
      assert.equal(vi.code, 'service_not_found');
      assert.equal(vi.status, 404);
      assert.match(vi.requestId ?? '', uuidPattern);
      assert.match(vi.message, /9\.999999/);
      assert.deepEqual(vi.fieldErrors, []);
      const en = await rejection(sb.client({ locale: 'en' }).services.get('9.999999'));
      assert.match(en.message, /No administrative procedure has code 9\.999999/);
      assert.notEqual(en.requestId, vi.requestId);
    });

    it('refuses a malformed code before any request', async () => {
      const rec = recordingFetch();
      const error = await rejection(sb.client({ fetch: rec.fetch }).services.get('abc'));
      assert.ok(error instanceof DvcValidationError);
      assert.equal(error.code, 'validation_failed');
      assert.equal(error.status, 0);
      assert.equal(error.requestId, undefined);
      assert.deepEqual(error.fieldErrors.map((e) => e.path), ['code']);
      assert.match(error.message, /^Thông tin chưa hợp lệ: /);
      assert.equal(rec.requests.length, 0);
    });
  });

  describe('sectors and agencies', () => {
    it('lists sectors with their procedure counts, named in the client language', async () => {
      const vi = await sb.client().services.sectors();
      const en = await sb.client({ locale: 'en' }).services.sectors();
      assert.ok(vi.length > 3);
      assert.equal(en.length, vi.length);
      assert.ok(vi.every((s) => typeof s.code === 'string' && s.name.length > 0 && Number.isInteger(s.serviceCount)));
      assert.ok(vi.some((s) => s.serviceCount >= 5));
      const first = vi[0]!;
      assert.notEqual(en.find((s) => s.code === first.code)?.name, first.name, 'sector names are translated');
    });

    it('lists the agencies of one province', async () => {
      const agencies = await sb.client().services.agencies({ province: '38' });
      assert.ok(agencies.length >= 3);
      for (const a of agencies) assert.deepEqual(a.province, { code: '38', name: 'Thanh Hóa' });
      assert.ok(agencies.some((a) => a.code === '000.00.00.H38' && a.level === 'province'));
      const central = await sb.client().services.agencies({ level: 'central' });
      assert.ok(central.length > 0 && central.every((a) => a.level === 'central' && a.province === null));
      const bad = await rejection(sb.client().services.agencies({ province: '1' }));
      assert.ok(isDvcError(bad, 'validation'));
      assert.deepEqual(bad.fieldErrors.map((e) => e.path), ['province']);
    });
  });

  describe('stats', () => {
    it('gives national figures for the current year, typed as the contract says', async () => {
      const national = await sb.client().stats.get();
      assert.deepEqual([national.scope.kind, national.scope.code], ['country', null]);
      assert.equal(national.period.kind, 'year');
      assert.ok(national.services.total > 0);
      assert.ok(national.services.fullyOnline + national.services.partlyOnline <= national.services.total);
      assert.deepEqual(national.dossiers.byStatus.map((b) => b.code), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      assert.equal(national.dossiers.byStatus.reduce((sum, b) => sum + b.count, 0), national.dossiers.received);
      assert.deepEqual(national.index.groups.map((g) => [g.group, g.max]), [
        ['disclosure', 18], ['progress', 20], ['onlineService', 22], ['digitisation', 22], ['satisfaction', 18],
      ]);
      assert.equal(national.monthly.length, 12);
      assert.ok(!Number.isNaN(Date.parse(national.generatedAt)));
    });

    it('gives the figures of one province or one agency over a month, a quarter or a year', async () => {
      const dvc = sb.client();
      const national = await dvc.stats.get({ period: '2025' });
      const thanhHoa = await dvc.stats.get({ province: '38', period: '2025-Q4' });
      assert.deepEqual(thanhHoa.scope.province, { code: '38', name: 'Thanh Hóa' });
      assert.equal(thanhHoa.period.value, '2025-Q4');
      assert.ok(thanhHoa.services.total > 0 && thanhHoa.services.total <= national.services.total);
      const agency = await dvc.stats.get({ agency: '000.00.01.H56', period: '2025-11' });
      assert.deepEqual([agency.scope.kind, agency.scope.code, agency.period.kind], ['agency', '000.00.01.H56', 'month']);
      const bad = await rejection(dvc.stats.get({ province: 'HN' }));
      assert.ok(isDvcError(bad, 'validation'));
      assert.deepEqual(bad.fieldErrors.map((e) => e.path), ['province']);
      const period = await rejection(dvc.stats.get({ period: '2026-Q5' }));
      assert.ok(isDvcError(period, 'validation'));
      assert.deepEqual(period.fieldErrors.map((e) => [e.path, e.code]), [['period', 'period.format']]);
    });
  });
});
