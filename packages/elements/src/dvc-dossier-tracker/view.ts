import type { ReactiveControllerHost } from 'lit';
import type { Dossier, Locale } from '@dvc-kit/sdk';
import type { DvcConnection } from '@dvc-kit/sdk/core';
import type { Announcer } from '../shared/form/announce.js';
import type { FormText } from '../shared/form/strings.js';
import type { TextParams } from '../shared/localize.js';
import type { DossierTrackerKey } from './dvc-dossier-tracker.strings.js';

/** What the tracker's parts (documents, supplement, withdrawal) render with: its texts, language and date format. */
export interface TrackerView {
  readonly locale: Locale;
  t(key: DossierTrackerKey, params?: TextParams): string;
  /** A date as the portal writes it, in Vietnam time; with the time of day unless `withTime` is false. */
  date(value: string, withTime?: boolean): string;
  /** The `aria-level` of a heading `offset` levels below the tracker's own (its `heading-level`). */
  level(offset: number): number;
}

/** The tracker as its steps (supplement, withdrawal) see it. */
export interface TrackerHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
  readonly locale: Locale;
  /** Its texts, language and dates. */
  readonly view: TrackerView;
  /** Its texts as the form engine asks for them. */
  readonly formText: FormText;
  /** Its one live region and focus helper. */
  readonly say: Announcer;
  /** The verifier of the dossier shown (in memory only). */
  readonly verifier: string;
  /** One SDK resource on the tracker's connection (`host.api(dossiers)`): each part imports the resources it uses. */
  api<T>(resource: (connection: DvcConnection) => T): T;
  /** Shows the dossier as an answer returned it (after a supplement or a withdrawal). */
  show(dossier: Dossier): void;
  /** Reads the dossier again and shows it (after a refusal that says it moved on); never throws. */
  refresh(): Promise<void>;
}
