import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { ref } from './services.js';

/** A commune-level unit since 1 Jul 2025: ward (phường), commune (xã) or special zone (đặc khu). */
export const communeKind = z.enum(['ward', 'commune', 'special_zone']);
export type CommuneKind = z.infer<typeof communeKind>;

export const commune = z.object({
  code: z.string().check(z.meta({ description: 'Five-digit commune code', example: '19753' })),
  name: z.string().check(z.meta({ description: 'Name with its title, e.g. "Phường Thuận Hóa"' })),
  kind: communeKind,
});
export type Commune = z.infer<typeof commune>;

export const communeList = z.object({ province: ref, data: z.array(commune) });
export type CommuneList = z.infer<typeof communeList>;

export const provinceCodeParams = z.object({ code: z.string().check(z.regex(/^\d{2}$/)) });

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const placesCommunes = {
  method: 'GET', path: '/v1/provinces/{code}/communes', scope: 'read',
  params: provinceCodeParams, status: 200, response: communeList,
} as const satisfies RouteDef;

/** Places: the communes and wards of a province (the provinces themselves are in the contract's reference data). */
export const placeRoutes = { communes: placesCommunes } as const;
