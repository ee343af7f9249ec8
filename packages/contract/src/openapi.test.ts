import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApi } from './openapi.js';
import { routes } from './routes.js';

type Doc = { paths: Record<string, Record<string, { operationId: string; parameters: unknown[]; requestBody?: unknown; responses: Record<string, unknown> }>> };

test('the generated document is valid OpenAPI 3.1', async () => {
  const validator = new Validator();
  const result = await validator.validate(buildOpenApi() as Parameters<Validator['validate']>[0]);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  assert.equal(validator.version, '3.1');
});

test('every route of the table is an operation of the document, and nothing else is', () => {
  const doc = buildOpenApi() as unknown as Doc;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => `${op.operationId} ${method.toUpperCase()} ${path}`),
  );
  const expected = Object.entries(routes).map(([id, r]) => `${id} ${r.method} ${r.path}`);
  assert.deepEqual(operations.sort(), expected.sort());
});

test('operations document their inputs, success and error responses', () => {
  const doc = buildOpenApi() as unknown as Doc;
  for (const [id, r] of Object.entries(routes)) {
    const op = doc.paths[r.path]![r.method.toLowerCase()]!;
    assert.ok(op.responses[String(r.status)], `${id}: success response`);
    assert.ok(op.responses['400'] && op.responses['500'], `${id}: problem responses`);
    const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const name of pathParams) {
      assert.ok(
        op.parameters.some((p) => (p as { name?: string; in?: string }).name === name && (p as { in?: string }).in === 'path'),
        `${id}: path parameter ${name}`,
      );
    }
    if ('body' in r && r.body) assert.ok(op.requestBody, `${id}: request body`);
  }
});

test('identifier rules reach the document as patterns', () => {
  const doc = buildOpenApi() as unknown as { components: { schemas: Record<string, unknown> } };
  const text = JSON.stringify(doc.components.schemas.DossierSubmitInput);
  assert.match(text, /"serviceCode"/);
  assert.match(text, /citizen/);
});
