import * as z from 'zod/mini';
import type { RouteDef } from '../routes.js';
import { dateTime, map } from './common.js';

export const statsQuery = z.object({
  province: z.optional(z.string().check(z.regex(/^\d{2}$/))),
});

/** The service-quality index, out of 100, as the portal's transparency pages break it down. */
export const qualityIndex = z.object({
  disclosure: z.number().check(z.meta({ description: 'Public disclosure, out of 18' })),
  progress: z.number().check(z.meta({ description: 'Processing progress, out of 20' })),
  onlineService: z.number().check(z.meta({ description: 'Online service and payment, out of 22' })),
  satisfaction: z.number().check(z.meta({ description: 'Satisfaction, out of 18' })),
  digitisation: z.number().check(z.meta({ description: 'Digitisation, out of 22' })),
  total: z.number(),
});

export const stats = z.object({
  generatedAt: dateTime,
  province: z.nullable(z.object({ code: z.string(), name: z.string() })),
  services: z.object({ total: z.int(), fullyOnline: z.int(), partlyOnline: z.int() }),
  dossiers: z.object({
    total: z.int(),
    online: z.int(),
    byStatus: map(z.int()),
    finished: z.int(),
    finishedOnTime: z.int(),
    onTimeRate: z.nullable(z.number()),
    overdue: z.int(),
  }),
  payments: z.object({ succeeded: z.int(), amount: z.int() }),
  petitions: z.object({ total: z.int(), answered: z.int(), answeredOnTime: z.int(), answerRate: z.nullable(z.number()) }),
  index: qualityIndex,
});
export type Stats = z.infer<typeof stats>;

// ---------------------------------------------------------------------------------------------
// Routes (the table of every route is in ../routes.ts)

const statsGet = {
  method: 'GET', path: '/v1/stats', scope: 'read',
  query: statsQuery, status: 200, response: stats,
} as const satisfies RouteDef;

/** Transparency figures. */
export const statsRoutes = { get: statsGet } as const;
