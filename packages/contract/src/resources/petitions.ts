import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { verifierHeaders } from './verifier.js';
import { petitionCodePattern } from './patterns.js';
import { email } from '../validators/email.js';
import { mobilePhone } from '../validators/phone.js';
import { cursor, dateTime, label, limit, nonEmpty, page } from './common.js';
import { procedureCode } from './services.js';

/** What a petition (phản ánh, kiến nghị) is about. Complaints and denunciations are not taken here. */
export const petitionCategory = z.enum(['regulation', 'procedure', 'staff', 'online_service', 'other']);
export type PetitionCategory = z.infer<typeof petitionCategory>;

export const petitionCategoryLabels: Record<PetitionCategory, z.infer<typeof label>> = {
  regulation: { vi: 'Quy định hành chính', en: 'Administrative regulations' },
  procedure: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  staff: { vi: 'Hành vi, thái độ của cán bộ, công chức', en: 'Conduct of officials' },
  online_service: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  other: { vi: 'Vấn đề khác', en: 'Other matters' },
};

export const petitionStatus = z.enum(['new', 'processing', 'answered']);
export type PetitionStatus = z.infer<typeof petitionStatus>;

export { petitionCodePattern };
export const petitionCode = z.string().check(
  z.trim(),
  z.regex(petitionCodePattern),
  z.meta({ description: 'Petition tracking code', example: 'PAKN-251123-00001' }),
);
export const petitionCodeParams = z.object({ code: petitionCode });

export const petitionSubmitInput = z.object({
  fullName: nonEmpty(150),
  phone: mobilePhone,
  email: z.optional(email),
  address: z.optional(nonEmpty(300)),
  category: petitionCategory,
  title: nonEmpty(200),
  content: z.string().check(z.trim(), z.minLength(20), z.maxLength(5000)),
  serviceCode: z.optional(procedureCode),
  publishable: z._default(z.boolean(), false),
});
export type PetitionSubmitInput = z.input<typeof petitionSubmitInput>;

export const petitionAnswer = z.object({
  text: z.string(),
  agency: z.string(),
  officer: z.string(),
  answeredAt: dateTime,
});

/** A petition as its sender sees it (after proving the phone number). */
export const petition = z.object({
  code: z.string(),
  category: petitionCategory,
  title: z.string(),
  content: z.string(),
  serviceCode: z.nullable(z.string()),
  status: petitionStatus,
  publishable: z.boolean(),
  submittedAt: dateTime,
  answer: z.nullable(petitionAnswer),
});
export type Petition = z.infer<typeof petition>;

/** A petition on the public list: answered, marked publishable, with no personal data. */
export const publicPetition = z.object({
  code: z.string(),
  category: petitionCategory,
  title: z.string(),
  content: z.string(),
  submittedAt: dateTime,
  answer: petitionAnswer,
});
export type PublicPetition = z.infer<typeof publicPetition>;

export const petitionListQuery = z.object({
  category: z.optional(petitionCategory),
  province: z.optional(z.string().check(z.regex(/^\d{2}$/), z.meta({
    description: "A province's two-digit code: only its petitions (addressed to its agencies or about its local procedures)",
  }))),
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  limit: limit(10, 50),
  cursor: z.optional(cursor),
});
export const petitionList = page(publicPetition);

export const petitionCategoryList = z.object({
  data: z.array(z.object({ code: petitionCategory, name: z.string() })),
});

export const adminPetitionAnswerInput = z.object({
  text: nonEmpty(5000),
  officer: z.optional(nonEmpty(150)),
  agency: z.optional(nonEmpty(200)),
});

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const petitionsSubmit = {
  method: 'POST', path: '/v1/petitions', scope: 'petition', idempotent: true,
  body: petitionSubmitInput, status: 201, response: petition,
} as const satisfies RouteDef;

const petitionsList = {
  method: 'GET', path: '/v1/petitions', scope: 'read',
  query: petitionListQuery,
  status: 200, response: petitionList,
} as const satisfies RouteDef;

const petitionsCategories = {
  method: 'GET', path: '/v1/petitions/categories', scope: 'read',
  status: 200, response: petitionCategoryList,
} as const satisfies RouteDef;

const petitionsGet = {
  method: 'GET', path: '/v1/petitions/{code}', scope: 'petition',
  params: petitionCodeParams, headers: verifierHeaders, status: 200, response: petition,
} as const satisfies RouteDef;

/** Petitions (phản ánh, kiến nghị). */
export const petitionRoutes = { submit: petitionsSubmit, list: petitionsList, categories: petitionsCategories, get: petitionsGet } as const;

/** An agency answers a petition (secret keys). */
export const adminPetitionAnswerRoute = {
  method: 'POST', path: '/v1/admin/petitions/{code}/answer', scope: 'admin', idempotent: true,
  params: petitionCodeParams, body: adminPetitionAnswerInput,
  status: 200, response: petition,
} as const satisfies RouteDef;
