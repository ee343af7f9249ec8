// Registers <dvc-payment>; importing the class alone (./dvc-payment.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcPayment } from './dvc-payment.js';

define('dvc-payment', DvcPayment);
export { DvcPayment };
export { RETURN_PARAM } from './dvc-payment.js';
export type { DvcPaymentRedirectDetail, DvcPaymentSettledDetail } from './dvc-payment.js';
export type { PaymentKey } from './dvc-payment.strings.js';
