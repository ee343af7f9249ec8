import { fieldLabel, formatMessage, type FieldError, type Locale, type MessageKey } from '@dvc-kit/contract';
import { ApiError } from '../errors.js';

type Item = { path: (string | number)[]; code: MessageKey; params?: Record<string, unknown> };

/** Field errors as the wire carries them, `{ path, code, message }`, with messages in `locale`. */
export const fieldErrors = (locale: Locale, items: Item[]): FieldError[] => items.map(({ path, code, params }) => ({
  path: path.join('.'),
  code,
  message: formatMessage(locale, code, { field: fieldLabel(path, locale), ...params }),
}));

/** A 400 naming one or more fields, with messages in the request's language. */
export function fieldError(locale: Locale, items: Item[]): ApiError {
  return new ApiError(400, 'validation_failed', {}, fieldErrors(locale, items));
}
