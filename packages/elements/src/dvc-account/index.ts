// Registers <dvc-account>; importing the class alone (./dvc-account.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcAccount } from './dvc-account.js';

define('dvc-account', DvcAccount);
export { DvcAccount };
export type { DvcAccountReadyDetail } from './dvc-account.js';
export type { AccountKey } from './dvc-account.strings.js';
export type { AccountUser } from '../shared/account.js';
