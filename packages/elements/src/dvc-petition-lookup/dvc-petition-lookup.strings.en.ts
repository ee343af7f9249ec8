import { formStringsEn } from '../shared/form/strings.en.js';
import type { FormKey } from '../shared/form/strings.js';
import type { PetitionLookupKey } from './dvc-petition-lookup.strings.js';

// English texts of <dvc-petition-lookup>, in a module of their own: only a page that shows the widget in English
// downloads them (the catalogue in dvc-petition-lookup.strings.ts imports this file when first needed).
export const strings = {
  ...formStringsEn,
  title: 'Look up a petition',
  intro: 'Enter the petition code and the mobile number given when it was sent to see its status and the answer.',
  'code.label': 'Petition code',
  'code.hint': 'The code you received when sending the petition, for example PAKN-251123-00001',
  'code.required': 'Enter the petition code.',
  'code.format': 'The petition code is not in the right form (for example PAKN-251123-00001).',
  'phone.label': "Sender's mobile number",
  'phone.hint': 'The number given when the petition was sent; it shows that you may see it.',
  'phone.required': 'Enter the mobile number.',
  submit: 'Look up',
  submitting: 'Looking up the petition…',
  'errors.title': 'The petition could not be looked up',
  found: 'Petition {code} found. Status: {status}.',
  'result.title': 'Petition {code}',
  'result.status': 'Status',
  'result.category': 'Category',
  'result.submitted': 'Sent',
  'result.subject': 'Title',
  'result.content': 'The petition',
  'status.new': 'Received, waiting to be handled',
  'status.processing': 'Being considered',
  'status.answered': 'Answered',
  'answer.title': 'The answer',
  'answer.agency': 'Answered by',
  'answer.officer': 'Officer',
  'answer.date': 'Answered on',
  'answer.none': 'The petition has no answer yet. The competent agency will answer it as the rules require; look it up again later.',
} satisfies Record<PetitionLookupKey | FormKey, string>;
