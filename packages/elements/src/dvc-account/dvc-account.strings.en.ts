import type { AccountKey } from './dvc-account.strings.js';

// English texts of <dvc-account>, in a module of their own: only a page that shows the widget in English
// downloads them (the catalogue in dvc-account.strings.ts imports this file when first needed).
export const strings = {
  checking: 'Checking whether you are logged in…',
  login: 'Log in',
  loginHint: 'with your VNeID electronic identity',
  'level.1': 'Identity level 1',
  'level.2': 'Identity level 2',
  'level.business': 'Business account',
  levelUnknown: 'Logged in',
  myDossiers: 'My dossiers',
  logout: 'Log out',
  loggedInAs: 'Logged in: {name}, {level}',
  failed: 'Could not check whether you are logged in.',
  retry: 'Try again',
  notConfigured: 'Login is not set up: the page needs the account-url attribute (the address of its login routes).',
} satisfies Record<AccountKey, string>;
