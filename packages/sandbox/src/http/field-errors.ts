import { fieldLabel, formatMessage, type FieldError, type Locale, type MessageKey } from '@dvc-kit/contract';
import { ApiError } from '../errors.js';

/** A 400 naming one or more fields, with messages in the request's language. */
export function fieldError(
  locale: Locale,
  items: { path: (string | number)[]; code: MessageKey; params?: Record<string, unknown> }[],
): ApiError {
  const errors: FieldError[] = items.map(({ path, code, params }) => ({
    path: path.join('.'),
    code,
    message: formatMessage(locale, code, { field: fieldLabel(path, locale), ...params }),
  }));
  return new ApiError(400, 'validation_failed', {}, errors);
}
