import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { formatDate } from './dates.js';

// Fixed instants only: nothing here depends on today's date, and the zone tests below set TZ themselves.
const cases: [value: string, vi: string, en: string][] = [
  // A single-digit day, given in Vietnam's time, in UTC and as a Date's ISO string.
  ['2026-12-07T09:05:00+07:00', '07/12/2026 09:05', '7 Dec 2026, 09:05'],
  ['2026-12-07T02:05:00Z', '07/12/2026 09:05', '7 Dec 2026, 09:05'],
  ['2026-12-07T02:05:59.999Z', '07/12/2026 09:05', '7 Dec 2026, 09:05'],
  // A month's last day in Vietnam while it is still the 30th in UTC.
  ['2027-01-30T23:30:00Z', '31/01/2027 06:30', '31 Jan 2027, 06:30'],
  // New Year's Eve in UTC is already 1 January in Vietnam.
  ['2026-12-31T17:00:00Z', '01/01/2027 00:00', '1 Jan 2027, 00:00'],
  // A leap day, and the last minute of a day.
  ['2028-02-29T16:59:00Z', '29/02/2028 23:59', '29 Feb 2028, 23:59'],
  // No offset: a Vietnamese system's local time.
  ['2026-12-07T09:05', '07/12/2026 09:05', '7 Dec 2026, 09:05'],
];

describe('formatDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('writes an instant as dd/MM/yyyy HH:mm (vi) and d MMM yyyy, HH:mm (en), in Vietnam time', () => {
    for (const [value, vi, en] of cases) {
      assert.equal(formatDate('vi', value, true), vi, value);
      assert.equal(formatDate('en', value, true), en, value);
      assert.equal(formatDate('vi', value), vi.split(' ')[0], `${value} without time`);
      assert.equal(formatDate('en', value), en.split(',')[0], `${value} without time`);
    }
  });

  it('takes Date objects as well as strings', () => {
    assert.equal(formatDate('vi', new Date('2026-12-07T02:05:00Z'), true), '07/12/2026 09:05');
    assert.equal(formatDate('en', new Date(Date.UTC(2027, 0, 30, 23, 30)), true), '31 Jan 2027, 06:30');
  });

  it('shows a calendar date as it is, without a time, whatever is asked', () => {
    assert.equal(formatDate('vi', '2026-12-07'), '07/12/2026');
    assert.equal(formatDate('vi', '2026-01-31', true), '31/01/2026');
    assert.equal(formatDate('en', '2026-12-07', true), '7 Dec 2026');
    assert.equal(formatDate('en', '2026-02-01'), '1 Feb 2026');
  });

  it('gives the same text in every time zone of the machine', () => {
    const expected = cases.map(([value]) => [formatDate('vi', value, true), formatDate('en', value, true), formatDate('vi', value.slice(0, 10))]);
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Ho_Chi_Minh', 'Europe/London']) {
      process.env.TZ = tz;
      const shown = cases.map(([value]) => [formatDate('vi', value, true), formatDate('en', value, true), formatDate('vi', value.slice(0, 10))]);
      assert.deepEqual(shown, expected, tz);
    }
  });

  it('returns what is not a date unchanged, never "Invalid Date"', () => {
    for (const value of ['', 'hôm qua', '2026-13-45', '2026-02-00', '2026-02-31', '2026-02-31T09:05:00Z', 'not-a-date',
      // Shapes each runtime reads its own way (or in the machine's zone): shown as written, not guessed.
      '2026-12-07 09:05', '2026/12/07', '07/12/2026', 'abc 1', 'HS-2026 12', '2026-12-07T25:00:00Z']) {
      assert.equal(formatDate('vi', value, true), value);
      assert.equal(formatDate('en', value), value);
    }
    assert.equal(formatDate('vi', new Date(Number.NaN), true), '');
  });
});
