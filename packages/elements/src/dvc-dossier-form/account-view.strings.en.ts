import type { AccountViewKey } from './account-view.strings.js';

// English texts of <dvc-dossier-form>'s part for a logged-in citizen, loaded only when shown in English.
export const strings = {
  'sourceHint.business': "These details come from the business's electronic identity account and cannot be changed here. If one is wrong, it must be corrected with the business registration office or the tax authority.",
  'useHint.business': "The business's name and tax code come from its electronic identity account; the dossier is tied to the account and shows in “My dossiers”.",
  'use.business': "Use the details of the business's electronic identity account ({name})",
  'legend': 'Applicant details',
  'use': 'Use the details of my electronic identity account ({name})',
  'useHint': 'Name, ID number and date of birth come from VNeID; the dossier is tied to your account and shows in “My dossiers”.',
  'manual': 'Type the applicant’s details myself (the dossier is not tied to my account)',
  'manualHint': 'For example when applying for someone else. To track it, use the dossier code and the phone number.',
  'source': 'From your electronic identity (VNeID)',
  'sourceHint': 'These details come from your electronic identity account and cannot be changed here. If one is wrong, it must be corrected by the police (Công an).',
  'level2.title': 'This procedure needs an identity account of level 2',
  'level2.body': 'Your account is at level {level} (registered in the VNeID app, not verified in person). This procedure needs level 2 to be sure who applies, so it cannot be submitted with this account.',
  'level2.how': 'To reach level 2, take your chip ID card (căn cước) to the commune police or an ID card office to be verified in person, then activate level 2 in the VNeID app.',
  'level2.meanwhile': 'Meanwhile you can still type the details yourself and submit without your account.',
} satisfies Record<AccountViewKey, string>;
