#!/usr/bin/env node
// Builds the documentation site into docs/site: the guides (docs/*.md) and the typedoc API reference of
// every package, in one typedoc run (typedoc.json). Fails on anything a reader would trip over:
//   - a guide's code block that differs from the tested file it is taken from (scripts/snippets.mjs);
//   - a stale docs/api-reference.md (generated here from the contract's OpenAPI document);
//   - any typedoc warning (unknown tags, broken {@link}s, types referenced but not documented…);
//   - an SDK export without TSDoc, or an SDK class or function without an @example;
//   - a broken link or anchor anywhere in the built site (scripts/links.mjs).
// Usage: npm run docs [-- --check]   (--check: fail instead of rewriting docs/api-reference.md)
// Needs `npm run build` first (the reference is generated from packages/contract/dist).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, ReflectionKind } from 'typedoc';
import { apiReference } from './api-reference.mjs';
import { checkLinks } from './links.mjs';
import { checkGuides } from './snippets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const check = process.argv.includes('--check');
const started = performance.now();
const fail = (message) => {
  console.error(`docs: ${message}`);
  process.exit(1);
};

// 1. Snippets.
if (checkGuides().length) fail('guides quote code that no test runs, or quote it out of date (above).');

// 2. The HTTP API reference, from the contract.
const openapiModule = join(root, 'packages/contract/dist/openapi.js');
if (!existsSync(openapiModule)) fail('packages/contract/dist is missing: run `npm run build` first.');
const { buildOpenApi } = await import(openapiModule);
const { routes } = await import(join(root, 'packages/contract/dist/index.js'));
const referencePath = join(root, 'docs/api-reference.md');
const reference = apiReference(buildOpenApi({ serverUrl: 'http://127.0.0.1:8787' }), routes);
const current = existsSync(referencePath) ? readFileSync(referencePath, 'utf8') : '';
if (current !== reference) {
  if (check) fail('docs/api-reference.md is stale: run `npm run docs` and commit it.');
  writeFileSync(referencePath, reference);
  console.log('docs: wrote docs/api-reference.md');
}

// 3. typedoc: guides + every package's reference.
const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json') });
const project = await app.convert();
if (!project) fail('typedoc could not convert the project (above).');
app.validate(project);

const needsExample = ReflectionKind.Class | ReflectionKind.Function;
const documented = needsExample | ReflectionKind.Interface | ReflectionKind.TypeAlias | ReflectionKind.Variable;
const sdk = project.children?.find((child) => child.name === '@dvc-kit/sdk');
if (!sdk) fail('the SDK is missing from the reference.');
const missing = [];
for (const module of sdk.children ?? []) {
  for (const item of module.children ?? []) {
    if (!item.kindOf(documented)) continue;
    const comment = item.comment ?? item.signatures?.[0]?.comment;
    if (!comment) missing.push(`${module.name}: ${item.name} has no TSDoc`);
    else if (item.kindOf(needsExample) && !comment.blockTags.some((t) => t.tag === '@example')) missing.push(`${module.name}: ${item.name} has no @example`);
    for (const member of item.kindOf(ReflectionKind.Class) ? item.children ?? [] : []) {
      if (!member.kindOf(ReflectionKind.Method) || member.flags.isPrivate || member.name.startsWith('[') || member.inheritedFrom) continue;
      if (!member.signatures?.[0]?.comment?.blockTags.some((t) => t.tag === '@example')) missing.push(`${module.name}: ${item.name}.${member.name} has no @example`);
    }
  }
}
if (missing.length) fail(`SDK exports without documentation:\n  ${missing.join('\n  ')}`);
if (app.logger.hasErrors() || app.logger.hasWarnings()) fail('typedoc reported warnings or errors (above).');
const out = app.options.getValue('out');
await app.generateDocs(project, out);
if (app.logger.hasErrors() || app.logger.hasWarnings()) fail('typedoc reported warnings or errors while writing the site (above).');

// 4. Links.
const links = checkLinks(out);
if (links.broken.length) fail(`${links.broken.length} broken link(s) in the site:\n  ${links.broken.join('\n  ')}`);
console.log(`docs: site in ${out} — ${links.pages} pages, ${links.links} internal links, none broken, no warnings (${((performance.now() - started) / 1000).toFixed(1)} s)`);
