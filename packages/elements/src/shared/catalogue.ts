// The catalogue's and the portal's content in a widget: Vietnamese only, so marked lang="vi" inside
// an English widget (see `inVietnamese` and `vietnamese` in ./localize.ts), except what the API
// gives in the request's language (sector names, the placeholder agency "Theo địa phương").
import type { Locale } from '@dvc-kit/sdk';
import { localAgency } from '@dvc-kit/sdk/contract';
import { inVietnamese } from './localize.js';

/** An agency's name as the API gives it: Vietnamese (marked) except the placeholder, which comes in the widget's language. */
export function agencyName(locale: Locale, agency: { readonly code: string; readonly name: string }): unknown {
  return agency.code === localAgency.code ? agency.name : inVietnamese(locale, agency.name);
}
