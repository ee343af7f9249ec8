import type { PetitionListKey } from './dvc-petition-list.strings.js';

// English texts of <dvc-petition-list>, in a module of their own: only a page that shows the widget in English
// downloads them (the catalogue in dvc-petition-list.strings.ts imports this file when first needed).
export const strings = {
  heading: 'Answered petitions',
  intro: 'Petitions answered by the competent agency and published with their senders’ consent (without personal details).',
  filterLabel: 'Category',
  allCategories: 'All categories',
  loading: 'Loading petitions…',
  total: '{total} answered petitions. Page {page} of {pages}.',
  totalOne: '1 answered petition.',
  empty: 'There are no answered petitions yet.',
  emptyCategory: 'There are no answered petitions in this category yet.',
  submittedOn: 'Sent {date}',
  answeredOn: 'Answered {date}',
  codeLabel: 'Tracking code: {code}',
  contentHeading: 'Petition',
  answerHeading: 'Answer',
  answerAgency: 'Answered by',
  answerOfficer: 'Officer',
  answeredAt: 'Answered on',
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: 'Page {page} of {pages}',
  errorTitle: 'The petitions could not be loaded',
  retry: 'Try again',
} satisfies Record<PetitionListKey, string>;
