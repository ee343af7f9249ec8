// Registers <dvc-dossier-tracker>; importing the class alone (./dvc-dossier-tracker.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcDossierTracker } from './dvc-dossier-tracker.js';

define('dvc-dossier-tracker', DvcDossierTracker);
export { DvcDossierTracker };
export type { DvcDossierStatusDetail } from './dvc-dossier-tracker.js';
export type { DossierTrackerKey } from './dvc-dossier-tracker.strings.js';
