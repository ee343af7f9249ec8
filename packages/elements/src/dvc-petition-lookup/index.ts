// Registers <dvc-petition-lookup>; importing the class alone (./dvc-petition-lookup.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcPetitionLookup } from './dvc-petition-lookup.js';

define('dvc-petition-lookup', DvcPetitionLookup);
export { DvcPetitionLookup };
export type { DvcPetitionFoundDetail } from './dvc-petition-lookup.js';
export type { PetitionLookupKey } from './dvc-petition-lookup.strings.js';
