import type { PetitionFormKey } from './dvc-petition-form.strings.js';
import { formStringsEn } from '../shared/form/strings.en.js';

// English texts of <dvc-petition-form>, in a module of their own: only a page that shows the widget in English
// downloads them (the catalogue in dvc-petition-form.strings.ts imports this file when first needed).
export const strings = {
  ...formStringsEn,
  heading: 'Send feedback or a recommendation',
  intro:
    'Feedback and recommendations about administrative regulations and how administrative procedures are handled. Complaints, denunciations and requests for legal advice are not accepted here.',
  aboutLegend: 'Your feedback',
  senderLegend: 'About you',
  category: 'Category',
  categoryChoose: '— Choose a category —',
  categoryRequired: 'Choose a category.',
  serviceCode: 'Related procedure code',
  serviceCodeHint: 'If it is about a specific procedure, enter its code, for example 1.001193 (birth registration).',
  title: 'Title',
  titleHint: 'Sum up the matter in one sentence, up to {max} characters.',
  content: 'Details',
  contentHint: 'Say what happened, when and where, and what you recommend; {min} to {max} characters.',
  counterLeft: '{count} characters left',
  counterLeftOne: '1 character left',
  counterOver: '{count} characters too many',
  counterOverOne: '1 character too many',
  fullName: 'Full name',
  phone: 'Mobile phone number',
  phoneHint: 'It proves the petition is yours: to read the answer you will need the tracking code and this number.',
  email: 'Email',
  address: 'Contact address',
  publishable: 'Publish this petition and its answer',
  publishableHint:
    'If you agree, the title, details and answer are published without your name, phone number, email or address.',
  submit: 'Send',
  sending: 'Sending your petition…',
  draftRestored: 'What you entered earlier but did not send has been restored.',
  discardDraft: 'Clear what I entered',
  invalidTitle: 'There is a problem',
  failedTitle: 'Your petition was not sent',
  keptNote: 'Everything you entered is kept; please send it again.',
  resultHeading: 'Petition sent',
  codeLabel: 'Tracking code',
  saveCode: 'Write down the tracking code: you need it to read the answer.',
  earlierSubmission:
    'Your petition had already been received from an earlier attempt, with what you entered then; later changes were not sent. What was received is shown below.',
  nextSteps:
    'The competent agency will consider and answer your petition. To read the answer, look it up with the tracking code and the mobile number you gave (ending in {last}).',
  lookupLink: 'Look this petition up',
  nextPublished: 'Once answered, it will be published without your personal details.',
  nextPrivate: 'It will not be published: only someone with the tracking code and the phone number can read the answer.',
  sentTitle: 'Title',
  sentCategory: 'Category',
  sentContent: 'Details',
  sentAt: 'Sent',
  another: 'Send another petition',
} satisfies Record<PetitionFormKey, string>;
