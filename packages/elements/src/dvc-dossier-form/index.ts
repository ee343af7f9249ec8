// Registers <dvc-dossier-form>; importing the class alone (./dvc-dossier-form.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcDossierForm } from './dvc-dossier-form.js';

define('dvc-dossier-form', DvcDossierForm);
export { DvcDossierForm };
export type { DvcDossierSubmittedDetail } from './dvc-dossier-form.js';
export type { DossierDraft, DossierStep } from './model.js';
export type { ApplicantValues } from './applicant.js';
export type { WhereValues } from './where.js';
export type { SubmittedDossier } from './result.js';
export type { DossierFormKey } from './dvc-dossier-form.strings.js';
