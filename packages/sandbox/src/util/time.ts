import type { TimeUnit } from '@dvc-kit/contract';

const DAY = 24 * 3600_000;
const VN_OFFSET = 7 * 3600_000;

/** Adds working days (Monday–Friday in Vietnam's time zone); public holidays are not modelled. */
export function addWorkingDays(start: Date, days: number): Date {
  let t = start.getTime();
  let left = Math.ceil(days);
  while (left > 0) {
    t += DAY;
    const weekday = new Date(t + VN_OFFSET).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(t);
}

/** The legal due date of a processing time counted from `start`. */
export function dueDate(start: Date, value: number, unit: TimeUnit): Date {
  switch (unit) {
    case 'hour':
      return new Date(start.getTime() + value * 3600_000);
    case 'day':
      return new Date(start.getTime() + Math.ceil(value) * DAY);
    case 'month': {
      const d = new Date(start);
      d.setUTCMonth(d.getUTCMonth() + Math.ceil(value));
      return d;
    }
    case 'working_day':
      return addWorkingDays(start, value);
  }
}
