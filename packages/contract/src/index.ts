/**
 * @dvc-kit/contract — the single source of truth of the portal API: schemas (zod/mini, CSP-safe),
 * the route table, Vietnamese identifier validators and messages in Vietnamese and English.
 * @packageDocumentation
 */
export * from './resources/common.js';
export * from './resources/services.js';
export * from './resources/forms.js';
export * from './resources/form-checks.js';
export * from './resources/places.js';
export * from './resources/dossiers.js';
export * from './resources/attachments.js';
export * from './resources/payments.js';
export * from './resources/petitions.js';
export * from './resources/ratings.js';
export * from './resources/stats.js';
export * from './resources/webhooks.js';
export * from './resources/accounts.js';
export * from './resources/sync.js';
export * from './validators/index.js';
export * from './reference/provinces.js';
export * from './reference/sectors.js';
export * from './routes.js';
export { routeDocs, type RouteDoc } from './route-docs.js';
export { check, toFieldErrors } from './issues.js';
export { fieldLabel } from './messages/fields.js';
export { fieldMessages, formatFieldMessage, formatMessage, locales, messages, negotiateLocale } from './messages/index.js';
export type {
  FieldMessageKey, FieldMessages, Locale, MessageKey, Messages, ProblemCode, ProblemMessages, ServerFieldMessageKey, ServerFieldMessages,
} from './messages/index.js';
export { formatDate, isCalendarDate, vietnamDay } from './format/dates.js';
