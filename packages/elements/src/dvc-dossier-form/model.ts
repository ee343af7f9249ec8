// The dossier form's steps, its draft, and which step a field error belongs to.
import type { SavedFile, Answers } from '../shared/form/index.js';
import type { ApplicantValues } from './applicant.js';
import type { WhereValues } from './where.js';

/** The steps, in order. */
export type DossierStep = 'applicant' | 'form' | 'documents' | 'where' | 'review';
export const steps: readonly DossierStep[] = ['applicant', 'form', 'documents', 'where', 'review'];

/** What the form keeps in its draft (with the draft's idempotency key). */
export interface DossierDraft {
  applicant: ApplicantValues;
  /** The declaration form's answers as typed. */
  answers: Answers;
  where: WhereValues;
  /** Uploaded files, by slot. */
  files: SavedFile[];
  step: DossierStep;
  /**
   * A logged-in citizen's choice: submit with their identity (true, the default when their identity
   * level allows it) or type the applicant themselves (false).
   */
  useAccount?: boolean;
  /**
   * When the portal last saved this draft in the citizen's account from this tab (its `updatedAt`):
   * an account draft saved at another time comes from another device, and is the newer one.
   */
  syncedAt?: string;
}

/** The step a field error belongs to, from its path. */
export function stepOf(path: string): DossierStep | undefined {
  const head = path.split('.')[0];
  if (head === 'applicant' || head === 'note') return 'applicant';
  if (head === 'formData') return 'form';
  if (head === 'documents' || head === 'attachmentIds') return 'documents';
  if (head === 'province' || head === 'commune' || head === 'delivery') return 'where';
  return undefined;
}
