import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { procedureCodePattern } from './patterns.js';
import { cursor, dateTime, label, limit, nonEmpty, page, vnd } from './common.js';
import { declarationForm, documentFileType, showWhen } from './forms.js';

/** Administrative level that carries a procedure out. Since 1 Jul 2025 there are no districts. */
export const level = z.enum(['central', 'province', 'commune']);
export type Level = z.infer<typeof level>;

export const audience = z.enum(['citizen', 'business', 'organisation']);
export type Audience = z.infer<typeof audience>;

/** "toàn trình" (full), "một phần" (partial), or not offered online. */
export const onlineLevel = z.enum(['full', 'partial', 'none']);
export type OnlineLevel = z.infer<typeof onlineLevel>;

export const channel = z.enum(['online', 'postal', 'in_person']);
export type Channel = z.infer<typeof channel>;

export const timeUnit = z.enum(['working_day', 'day', 'month', 'hour']);
export type TimeUnit = z.infer<typeof timeUnit>;

export { procedureCodePattern };
export const procedureCode = z.string().check(
  z.trim(),
  z.regex(procedureCodePattern),
  z.meta({ description: 'Procedure code, national (1.001193) or local instance (1.001193.H38)', example: '1.001193' }),
);

export const ref = z.object({ code: z.string(), name: z.string() });
export type Ref = z.infer<typeof ref>;

export const processingTime = z.object({
  value: z.number().check(z.gte(0)),
  unit: timeUnit,
  note: z.nullable(z.string()),
});
export type ProcessingTime = z.infer<typeof processingTime>;

export const fee = z.object({
  name: z.string(),
  amount: z.nullable(vnd).check(z.meta({ description: 'null when the province sets the amount' })),
  note: z.nullable(z.string()),
});
export type Fee = z.infer<typeof fee>;

export const channelInfo = z.object({
  channel,
  processingTime: z.nullable(processingTime),
  fees: z.array(fee),
});
export type ChannelInfo = z.infer<typeof channelInfo>;

/** A document of the dossier (thành phần hồ sơ): one upload slot when submitting online. */
export const requiredDocument = z.object({
  key: z.string().check(z.meta({ description: 'The slot key a submission attaches files under (`documents.{key}`)' })),
  name: z.string(),
  originals: z.int().check(z.gte(0)),
  copies: z.int().check(z.gte(0)),
  template: z.nullable(z.object({ name: z.string(), url: z.string() })),
  case: z.nullable(z.string()).check(z.meta({ description: 'The case this document applies to; null = always' })),
  required: z.boolean().check(z.meta({ description: 'Whether an online submission must attach it (when its showWhen holds)' })),
  accept: z.array(documentFileType).check(z.meta({ description: 'File types the slot takes' })),
  showWhen: z.nullable(showWhen).check(z.meta({ description: 'Needed only when a form field has one of these values' })),
});
export type RequiredDocument = z.infer<typeof requiredDocument>;

export const legalBasis = z.object({
  number: z.string(),
  title: z.string(),
  issuedBy: z.nullable(z.string()),
  issuedOn: z.nullable(z.iso.date()),
});
export type LegalBasis = z.infer<typeof legalBasis>;

export const procedureStatus = z.enum(['active', 'replaced']);

/** What a search result shows. */
export const serviceSummary = z.object({
  code: z.string(),
  nationalCode: z.string(),
  name: z.string(),
  sector: ref,
  agency: ref,
  level,
  province: z.nullable(ref),
  audiences: z.array(audience),
  onlineLevel,
  processingTime: z.nullable(processingTime),
  feeFrom: z.nullable(vnd).check(z.meta({ description: 'Lowest fixed fee over channels; null if none is fixed' })),
  status: procedureStatus,
  localCopies: z.int().check(
    z.gte(0),
    z.meta({
      description:
        'Provinces that publish a local copy of this national record (national search shows the record once, its copies folded); 0 for central procedures and for local copies',
    }),
  ),
});
export type ServiceSummary = z.infer<typeof serviceSummary>;

/** A procedure (thủ tục hành chính) in full. */
export const serviceDetail = z.extend(serviceSummary, {
  implementingAgency: z.string(),
  decidingAuthority: z.nullable(z.string()),
  coordinatingAgencies: z.array(z.string()),
  channels: z.array(channelInfo),
  documents: z.array(requiredDocument),
  form: declarationForm.check(z.meta({ description: 'The declaration form (tờ khai) an online submission fills in, as `formData`' })),
  steps: z.array(z.string()),
  conditions: z.array(z.string()),
  result: z.string(),
  legalBasis: z.array(legalBasis),
  identityLevel: z.int().check(
    z.gte(1),
    z.lte(2),
    z.meta({ description: 'VNeID account level needed to submit online (2 = verified in person)' }),
  ),
  replacedBy: z.nullable(z.string()),
  previousCodes: z.array(z.string()),
  updatedAt: dateTime,
});
export type ServiceDetail = z.infer<typeof serviceDetail>;

export const serviceSearchQuery = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  sector: z.optional(z.string().check(z.maxLength(40))),
  agency: z.optional(z.string().check(z.maxLength(60))),
  province: z.optional(z.string().check(z.regex(/^\d{2}$/))),
  level: z.optional(level),
  audience: z.optional(audience),
  onlineLevel: z.optional(onlineLevel),
  limit: limit(20, 100),
  cursor: z.optional(cursor),
  page: z.optional(
    z.int().check(
      z.gte(1),
      z.lte(500),
      z.meta({ description: 'Page number (1 = first), instead of a cursor: for links that name a page' }),
    ),
  ),
});
export type ServiceSearchQuery = z.input<typeof serviceSearchQuery>;

export const facetValue = z.object({ value: z.string(), label: z.string(), count: z.int() });
export type FacetValue = z.infer<typeof facetValue>;

/**
 * How well the results answer the text: `all` (the first result covers every word that matters),
 * `partial` (nothing covers it all: the closest procedures come first) or `none` (nothing matched;
 * `data` is empty). Without text: `all`.
 */
export const searchMatch = z.enum(['all', 'partial', 'none']);
export type SearchMatch = z.infer<typeof searchMatch>;

export const serviceSearchResult = z.extend(page(serviceSummary), {
  match: searchMatch,
  popular: z.array(serviceSummary).check(
    z.meta({
      description:
        'The most used procedures under the same filters, so a search never ends empty-handed: given when `match` is not `all` (on the first page), otherwise empty',
    }),
  ),
  facets: z.object({
    sector: z.array(facetValue),
    level: z.array(facetValue),
    audience: z.array(facetValue),
    onlineLevel: z.array(facetValue),
    province: z.array(facetValue).check(
      z.meta({ description: 'Results per province if it were chosen (its local copies and the central procedures)' }),
    ),
    agency: z.array(facetValue),
  }),
});
export type ServiceSearchResult = z.infer<typeof serviceSearchResult>;

export const sector = z.object({ code: z.string(), name: z.string(), serviceCount: z.int() });
export type Sector = z.infer<typeof sector>;
export const sectorList = z.object({ data: z.array(sector) });

export const agency = z.object({
  code: z.string(),
  name: z.string(),
  level,
  province: z.nullable(ref),
  serviceCount: z.int(),
});
export type Agency = z.infer<typeof agency>;
export const agencyQuery = z.object({
  province: z.optional(z.string().check(z.regex(/^\d{2}$/))),
  level: z.optional(level),
});
export const agencyList = z.object({ data: z.array(agency) });

export const serviceCodeParams = z.object({ code: procedureCode });

/**
 * The agency of a national record of a province- or commune-level procedure: who carries it out
 * depends on the province ("Theo địa phương"). Its name comes in the request's language.
 */
export const localAgency = {
  code: '000.00.00.DP',
  label: { vi: 'Theo địa phương', en: 'Depends on the province' },
} as const;

export const levelLabels: Record<Level, z.infer<typeof label>> = {
  central: { vi: 'Trung ương', en: 'Central' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
};
export const audienceLabels: Record<Audience, z.infer<typeof label>> = {
  citizen: { vi: 'Công dân', en: 'Citizens' },
  business: { vi: 'Doanh nghiệp', en: 'Businesses' },
  organisation: { vi: 'Tổ chức', en: 'Organisations' },
};
export const onlineLevelLabels: Record<OnlineLevel, z.infer<typeof label>> = {
  full: { vi: 'Trực tuyến toàn trình', en: 'Fully online' },
  partial: { vi: 'Trực tuyến một phần', en: 'Partly online' },
  none: { vi: 'Không trực tuyến', en: 'Not online' },
};
export { nonEmpty };

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const servicesSearch = {
  method: 'GET', path: '/v1/services', scope: 'read',
  query: serviceSearchQuery, status: 200, response: serviceSearchResult,
} as const satisfies RouteDef;

const servicesGet = {
  method: 'GET', path: '/v1/services/{code}', scope: 'read',
  params: serviceCodeParams, status: 200, response: serviceDetail,
} as const satisfies RouteDef;

const servicesSectors = {
  method: 'GET', path: '/v1/sectors', scope: 'read',
  status: 200, response: sectorList,
} as const satisfies RouteDef;

const servicesAgencies = {
  method: 'GET', path: '/v1/agencies', scope: 'read',
  query: agencyQuery, status: 200, response: agencyList,
} as const satisfies RouteDef;

/** Procedures: search, detail, sectors, agencies. */
export const serviceRoutes = { search: servicesSearch, get: servicesGet, sectors: servicesSectors, agencies: servicesAgencies } as const;
