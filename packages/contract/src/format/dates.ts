import type { Locale } from '../messages/types.js';

/**
 * Vietnam's civil time (Asia/Ho_Chi_Minh): UTC+7 all year, with no daylight saving since 1975. Every
 * date the kit shows is in this time, whatever the zone of the browser or server that shows it.
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date and time with no offset (`2026-12-07T09:05`): a Vietnamese system's local time. */
const NAIVE_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date or an instant as the portal writes it, in Vietnam's time, the same in every browser, zone
 * and language setting (it does not depend on `Intl`'s locale data):
 *
 * | value | `vi` | `en` |
 * |---|---|---|
 * | `2026-12-07` (a calendar date) | `07/12/2026` | `7 Dec 2026` |
 * | `2026-12-07T02:05:00Z`, `withTime` | `07/12/2026 09:05` | `7 Dec 2026, 09:05` |
 *
 * A calendar date (`YYYY-MM-DD`) is shown as it is, never moved by a time zone; a date and time with
 * no offset is taken as Vietnam's time. A string that is not a date comes back unchanged, so nothing is
 * hidden from the reader; an invalid `Date` gives an empty string.
 * @example
 * ```ts
 * formatDate('vi', '2026-12-07T09:05:00+07:00', true); // '07/12/2026 09:05'
 * ```
 */
export function formatDate(locale: Locale, value: string | Date, withTime = false): string {
  let year: number, month: number, day: number, hours = 0, minutes = 0;
  const calendar = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (calendar) {
    [year, month, day] = [Number(calendar[1]), Number(calendar[2]), Number(calendar[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return value as string;
    withTime = false;
  } else {
    const time = typeof value !== 'string' ? value.getTime() : Date.parse(NAIVE_DATE_TIME.test(value) ? `${value}+07:00` : value);
    if (Number.isNaN(time)) return typeof value === 'string' ? value : '';
    const vietnam = new Date(time + VIETNAM_OFFSET_MS);
    [year, month, day] = [vietnam.getUTCFullYear(), vietnam.getUTCMonth() + 1, vietnam.getUTCDate()];
    [hours, minutes] = [vietnam.getUTCHours(), vietnam.getUTCMinutes()];
  }
  const clock = `${pad(hours)}:${pad(minutes)}`;
  if (locale === 'vi') return `${pad(day)}/${pad(month)}/${year}${withTime ? ` ${clock}` : ''}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}${withTime ? `, ${clock}` : ''}`;
}
