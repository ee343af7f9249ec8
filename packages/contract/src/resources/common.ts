import * as z from 'zod/mini';

/** An ISO 8601 date-time with offset, as every timestamp on the wire is written. */
export const dateTime = z.iso.datetime({ offset: true });

/** An amount of Vietnamese đồng: whole numbers only (VND has no minor unit). */
export const vnd = z.int().check(z.gte(0), z.meta({ description: 'Amount in VND (whole đồng)' }));

export const nonEmpty = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A short bilingual label for a code (sector, status, category…): Vietnamese first. */
export const label = z.object({ vi: z.string(), en: z.string() });
export type Label = z.infer<typeof label>;

/** Opaque cursor returned as `nextCursor`; clients pass it back unchanged. */
export const cursor = z.string().check(z.maxLength(200), z.meta({ description: 'Opaque cursor from a previous page' }));

/**
 * A page size. Query strings carry text: servers convert numeric query fields before checking
 * (as OpenAPI servers do), so the schema stays a plain integer and `z.coerce` stays out of browsers.
 */
export const limit = (fallback: number, max: number) =>
  z._default(z.int().check(z.gte(1), z.lte(max)), fallback);

/**
 * A JSON object with any keys and values of one schema (a map). Written as an object with a
 * catch-all rather than `z.record`, which costs browsers 5 kB of validator code.
 */
export const map = <T extends z.ZodMiniType>(value: T) => z.catchall(z.object({}), value);

/** One page of a list, with the cursor of the next page (`null` on the last page). */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.int().check(z.gte(0)),
  });

/** Per-field error on the wire: where, which rule, and a message in the request's language. */
export const fieldError = z.object({
  path: z.string().check(z.meta({ description: 'Dotted path of the field, e.g. applicant.phone' })),
  code: z.string().check(z.meta({ description: 'Rule that failed, e.g. required, cccd.province' })),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldError>;

/** RFC 9457 problem details, as every error response carries (`application/problem+json`). */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string().check(z.meta({ description: 'Machine-readable error code, e.g. validation_failed' })),
  requestId: z.optional(z.string()),
  retryAfter: z.optional(z.int()),
  errors: z.optional(z.array(fieldError)),
});
export type Problem = z.infer<typeof problem>;
