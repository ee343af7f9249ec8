import * as z from 'zod/mini';
import { problem } from './resources/common.js';
import { account, accountDossierList, draft, draftInput } from './resources/accounts.js';
import { attachment } from './resources/attachments.js';
import { dossier, dossierEvent, dossierSubmitInput } from './resources/dossiers.js';
import { payment, paymentCreateInput, receipt } from './resources/payments.js';
import { petition, petitionList, petitionSubmitInput } from './resources/petitions.js';
import { serviceDetail, serviceSearchResult } from './resources/services.js';
import { stats } from './resources/stats.js';
import { describeStats } from './resources/stats.docs.js';
import { syncChangesPage, syncDossierRecord, syncPushInput, syncPushResult, syncRecordItem } from './resources/sync.js';
import { webhookEvent, webhookWithSecret } from './resources/webhooks.js';
import { routeDocs } from './route-docs.js';
import { routes, type RouteDef, type RouteId } from './routes.js';

/** A JSON object of the OpenAPI document. */
export type Json = Record<string, unknown>;

/** Names for schemas that several operations share, so the document references one component. */
const named = new Map<z.ZodMiniType, string>([
  [problem, 'Problem'],
  [serviceSearchResult, 'ServiceSearchResult'],
  [serviceDetail, 'ServiceDetail'],
  [dossier, 'Dossier'],
  [dossierSubmitInput, 'DossierSubmitInput'],
  [dossierEvent, 'DossierEvent'],
  [attachment, 'Attachment'],
  [payment, 'Payment'],
  [paymentCreateInput, 'PaymentCreateInput'],
  [receipt, 'Receipt'],
  [petition, 'Petition'],
  [petitionSubmitInput, 'PetitionSubmitInput'],
  [petitionList, 'PetitionList'],
  [stats, 'Stats'],
  [webhookWithSecret, 'WebhookWithSecret'],
  [webhookEvent, 'WebhookEvent'],
  [account, 'Account'],
  [accountDossierList, 'AccountDossierList'],
  [draft, 'Draft'],
  [draftInput, 'DraftInput'],
  [syncDossierRecord, 'SyncDossierRecord'],
  [syncPushInput, 'SyncPushInput'],
  [syncPushResult, 'SyncPushResult'],
  [syncChangesPage, 'SyncChangesPage'],
]);

/**
 * Values a route takes as any JSON because its handler checks them one by one (each record of a sync
 * batch gets its own result), documented as the schema the handler checks them with.
 */
const checkedOneByOne = new Map<z.ZodMiniType, z.ZodMiniType>([[syncRecordItem, syncDossierRecord]]);

const commonErrors = [400, 401, 403, 429, 500, 503] as const;
const errorText: Record<number, string> = {
  400: 'Invalid request: field errors in `errors`',
  401: 'Missing or unknown API key',
  403: 'Key lacks the scope, or the origin is not allowed',
  404: 'Not found (for dossiers and petitions: or the verifier does not match)',
  409: 'Conflict: state does not allow it, or Idempotency-Key reused with another body',
  410: 'Gone: the cursor is older than the retained window (cursor_expired); resync from the start',
  413: 'Body or file too large',
  415: 'Unsupported content or file type',
  422: 'Well-formed but not acceptable (e.g. the procedure is not offered online)',
  429: 'Rate limited; see Retry-After',
  500: 'Unexpected server error',
  503: 'Temporarily unavailable; safe to retry',
};

/** The same statuses on the account routes, which take an access token instead of a key. */
const accountErrorText: Record<number, string> = {
  401: 'Missing, unknown, revoked or expired access token (account_token_missing, account_token_invalid, account_token_expired)',
  403: 'The access token lacks the scope the route needs (account_scope_missing: vn_dossiers for dossiers and drafts), or was sent from a browser (account_token_in_browser)',
};

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output', refOf?: (schema: z.ZodMiniType) => Json): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: out }) => {
      const documented = checkedOneByOne.get(zodSchema as unknown as z.ZodMiniType);
      if (documented && refOf) Object.assign(out, refOf(documented));
    },
  }) as Json;
  return rest;
}

function pascal(id: string, suffix: string): string {
  return id.split(/[.\-_]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') + suffix;
}

function parameters(where: 'path' | 'query' | 'header', shape: z.ZodMiniObject | undefined): Json[] {
  if (!shape) return [];
  const object = jsonSchema(shape, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name: where === 'header' ? name.replace(/(^|-)(\w)/g, (_m, d: string, c: string) => d + c.toUpperCase()) : name,
      in: where,
      required: where === 'path' || (object.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/**
 * The OpenAPI 3.1 document of the portal API, generated from the route table and the zod schemas:
 * never edited by hand.
 */
export function buildOpenApi(options: { serverUrl?: string; version?: string } = {}): Json {
  describeStats();
  const components: Record<string, Json> = {};
  const ref = (schema: z.ZodMiniType, io: 'input' | 'output', fallback: string): Json => {
    const name = named.get(schema) ?? fallback;
    components[name] ??= jsonSchema(schema, io, (documented) => ref(documented, io, 'Value'));
    return { $ref: `#/components/schemas/${name}` };
  };
  ref(problem, 'output', 'Problem');

  const paths: Record<string, Record<string, Json>> = {};
  for (const [id, r] of Object.entries(routes) as [RouteId, RouteDef][]) {
    const doc = routeDocs[id];
    const responses: Record<string, Json> = {};
    if (r.status === 204) responses['204'] = { description: 'Done' };
    else if (r.stream) {
      responses[String(r.status)] = {
        description: 'An event stream; each `data:` line is one JSON object of this schema',
        content: { 'text/event-stream': { schema: ref(r.response!, 'output', pascal(id, 'Event')) } },
      };
    } else {
      responses[String(r.status)] = {
        description: doc.summary,
        content: { 'application/json': { schema: ref(r.response!, 'output', pascal(id, 'Response')) } },
      };
    }
    for (const status of [...new Set([...doc.errors, ...commonErrors])].sort()) {
      responses[String(status)] = {
        description: (r.scope === 'account' ? accountErrorText[status] : undefined) ?? errorText[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    const operation: Json = {
      operationId: id,
      summary: doc.summary,
      tags: [doc.tag],
      parameters: [
        ...parameters('path', r.params),
        ...parameters('query', r.query),
        ...parameters('header', r.headers),
        ...(r.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
        { $ref: '#/components/parameters/AcceptLanguage' },
      ],
      responses,
      ...(r.scope === 'account' ? { security: [{ accountToken: [] }], 'x-dvc-scope': r.scope }
        : r.scope ? { security: [{ apiKey: [] }], 'x-dvc-scope': r.scope } : { security: [] }),
    };
    if (r.body === 'multipart') {
      operation.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
            },
          },
        },
      };
    } else if (r.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: ref(r.body, 'input', pascal(id, 'Input')) } },
      };
    }
    (paths[r.path] ??= {})[r.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'DVC Kit portal API',
      version: options.version ?? '0.1.0',
      summary: 'Look up procedures, submit and track dossiers, pay fees and send petitions.',
      description:
        'The API of the National Public Service Portal (Cổng Dịch vụ công Quốc gia) as DVC Kit uses it. ' +
        'Errors are RFC 9457 problem documents in Vietnamese or English by Accept-Language. ' +
        'Generated from @dvc-kit/contract.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: options.serverUrl ?? 'http://localhost:8787', description: 'DVC Kit sandbox' }],
    tags: [...new Set(Object.values(routeDocs).map((d) => d.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'Publishable key (pk_…) in browsers, secret key (sk_…) on servers.',
        },
        accountToken: {
          type: 'http',
          scheme: 'bearer',
          description: "A logged-in citizen's access token from the identity provider (the sandbox's test provider: /oidc), "
            + "sent by the integrator's server: the routes under /v1/me read and keep that account's own data.",
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Same key and body within 24 h → the same response; same key, other body → 409.',
          schema: { type: 'string', minLength: 8, maxLength: 255 },
        },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'vi (default) or en: the language of error messages and labels.',
          schema: { type: 'string' },
        },
      },
    },
  };
}
