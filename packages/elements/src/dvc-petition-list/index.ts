// Registers <dvc-petition-list>; importing the class alone (./dvc-petition-list.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcPetitionList } from './dvc-petition-list.js';

define('dvc-petition-list', DvcPetitionList);
export { DvcPetitionList };
export type { DvcPetitionListLoadDetail } from './dvc-petition-list.js';
export type { PetitionListKey } from './dvc-petition-list.strings.js';
