import type { Locale } from '../messages/types.js';

/**
 * Vietnam's civil time (Asia/Ho_Chi_Minh): UTC+7 all year, with no daylight saving since 1975. Every
 * date the kit shows is in this time, whatever the zone of the browser or server that shows it.
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO 8601 date and time: with an offset (`Z`, `+07:00`), or without one (a Vietnamese system's local time). */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Whether `year-month-day` is a day of the calendar (no 31 February). */
const isDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` that is a real calendar day (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const m = CALENDAR_DATE.exec(value);
  return m !== null && isDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in Vietnam, whatever the machine's zone: "today"
 * for dates that cannot be in the future (a birth), the day printed on a receipt, a dossier code's day.
 */
export function vietnamDay(instant: Date | number = Date.now()): string {
  return new Date(+instant + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A date or an instant as the portal writes it, in Vietnam's time, the same in every browser, zone
 * and language setting (it does not depend on `Intl`'s locale data):
 *
 * | value | `vi` | `en` |
 * |---|---|---|
 * | `2026-12-07` (a calendar date) | `07/12/2026` | `7 Dec 2026` |
 * | `2026-12-07T02:05:00Z`, `withTime` | `07/12/2026 09:05` | `7 Dec 2026, 09:05` |
 *
 * A calendar date (`YYYY-MM-DD`) is shown as it is, never moved by a time zone; an ISO date and time
 * with no offset is taken as Vietnam's time. Any other string (not ISO 8601, or no such day) comes
 * back unchanged, so nothing is hidden from the reader or guessed; an invalid `Date` gives `''`.
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
    if (!isDay(year, month, day)) return value as string;
    withTime = false;
  } else {
    // Only ISO 8601: other shapes (`2026/12/07`, `07-12-2026 9:05`) are read differently by each
    // runtime and zone, so they are shown as written rather than guessed.
    const iso = typeof value === 'string' ? DATE_TIME.exec(value) : null;
    if (typeof value === 'string' && (!iso || !isDay(...(iso[1]!.split('-').map(Number) as [number, number, number])))) return value;
    const time = typeof value !== 'string' ? value.getTime() : Date.parse(iso![2] ? value : `${value}+07:00`);
    if (Number.isNaN(time)) return typeof value === 'string' ? value : '';
    const vietnam = new Date(time + VIETNAM_OFFSET_MS);
    [year, month, day] = [vietnam.getUTCFullYear(), vietnam.getUTCMonth() + 1, vietnam.getUTCDate()];
    [hours, minutes] = [vietnam.getUTCHours(), vietnam.getUTCMinutes()];
  }
  const clock = `${pad(hours)}:${pad(minutes)}`;
  if (locale === 'vi') return `${pad(day)}/${pad(month)}/${year}${withTime ? ` ${clock}` : ''}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}${withTime ? `, ${clock}` : ''}`;
}
