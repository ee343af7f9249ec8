// Registers <dvc-my-dossiers>; importing the class alone (./dvc-my-dossiers.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcMyDossiers } from './dvc-my-dossiers.js';

define('dvc-my-dossiers', DvcMyDossiers);
export { DvcMyDossiers };
export type { DvcMyDossiersLoadDetail } from './dvc-my-dossiers.js';
export type { MyDossiersKey } from './dvc-my-dossiers.strings.js';
