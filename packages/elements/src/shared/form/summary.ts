// The one error summary (GOV.UK pattern): a titled alert listing every problem, each a link that
// focuses its field. Render it at the top of the form; focus it after a failed submit
// (`Announcer.focusSummary`).
//
//   errorSummary(() => this.shadowRoot, title, summaryItems(errors, [failure]), headingLevel(this.headingLevel, 1))
import type { FieldErrors } from './validate.js';
import { fieldId } from './field.js';
import type { ErrorItem } from '../errors.js';

export { errorSummary, type ErrorItem } from '../errors.js';

/**
 * The summary's items: each field error (in the map's order) linked to `fieldId(path)`, then
 * messages about no field (a failed request).
 */
export function summaryItems(errors: FieldErrors, messages: readonly (string | undefined)[] = []): ErrorItem[] {
  return [
    ...messages.filter((m): m is string => Boolean(m)).map((message) => ({ message })),
    ...[...errors].map(([path, message]) => ({ message, fieldId: fieldId(path) })),
  ];
}
