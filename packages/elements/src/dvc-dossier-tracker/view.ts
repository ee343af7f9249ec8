import type { Locale } from '@dvc-kit/sdk';
import type { TextParams } from '../shared/localize.js';
import type { DossierTrackerKey } from './dvc-dossier-tracker.strings.js';

/** What the tracker's parts (documents, supplement, withdrawal) render with: its texts, language and date format. */
export interface TrackerView {
  readonly locale: Locale;
  t(key: DossierTrackerKey, params?: TextParams): string;
  /** A date as the portal writes it, in Vietnam time; with the time of day unless `withTime` is false. */
  date(value: string, withTime?: boolean): string;
}
