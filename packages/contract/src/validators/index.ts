export { type Check, identifierSchema } from './check.js';
export { type CitizenIdInfo, checkCitizenId, checkOldIdCard, citizenId, oldIdCard } from './cccd.js';
export { type TaxCodeInfo, checkTaxCode, taxCode, taxCodeCheckDigit } from './tax-code.js';
export { type Carrier, checkMobile, mobilePhone, mobilePrefixes } from './phone.js';
export { checkEmail, email } from './email.js';
