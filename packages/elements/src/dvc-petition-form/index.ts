// Registers <dvc-petition-form>; importing the class alone (./dvc-petition-form.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcPetitionForm } from './dvc-petition-form.js';

define('dvc-petition-form', DvcPetitionForm);
export { DvcPetitionForm };
export type { DvcPetitionSubmittedDetail, PetitionFormValues } from './dvc-petition-form.js';
export type { PetitionFormKey } from './dvc-petition-form.strings.js';
