// Writes the OpenAPI 3.1 document generated from the route table to dist/openapi.json.
import { writeFileSync } from 'node:fs';
import { buildOpenApi } from '../dist/openapi.js';

const file = new URL('../dist/openapi.json', import.meta.url);
const doc = buildOpenApi();
writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
console.log(`openapi: ${Object.keys(doc.paths).length} paths → packages/contract/dist/openapi.json`);
