import type { Locale, ProcessingTime } from '@dvc-kit/sdk';
import { type Overrides, pluralCategory, type Texts, translate } from './localize.js';

type Unit = ProcessingTime['unit'];
/** Keys of durations; like every text they can be overridden (`configure({ strings })`, a widget's `strings`). */
export type DurationKey = `unit.${Unit}` | `unit.${Unit}.one`;

// Unlike the widgets' catalogues, English stays here: eight short texts (about 0.1 kB compressed)
// would cost a page more as a request of their own than they weigh.
export const durations: Record<Locale, Texts<DurationKey>> = {
  vi: {
    'unit.working_day': '{value} ngày làm việc',
    'unit.day': '{value} ngày',
    'unit.month': '{value} tháng',
    'unit.hour': '{value} giờ',
    'unit.working_day.one': '{value} ngày làm việc',
    'unit.day.one': '{value} ngày',
    'unit.month.one': '{value} tháng',
    'unit.hour.one': '{value} giờ',
  },
  en: {
    'unit.working_day': '{value} working days',
    'unit.day': '{value} days',
    'unit.month': '{value} months',
    'unit.hour': '{value} hours',
    'unit.working_day.one': '{value} working day',
    'unit.day.one': '{value} day',
    'unit.month.one': '{value} month',
    'unit.hour.one': '{value} hour',
  },
};

/** A processing time as people say it: `15 ngày làm việc`, `1 working day`. */
export function formatDuration(locale: Locale, time: { value: number; unit: Unit }, overrides?: Overrides): string {
  // By the language's plural rules (Intl.PluralRules); `unit.<unit>` is the `other` form.
  const key: DurationKey = pluralCategory(locale, time.value) === 'one' ? `unit.${time.unit}.one` : `unit.${time.unit}`;
  return translate(durations[locale], locale, key, { value: time.value }, overrides);
}
