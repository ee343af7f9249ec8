// Builds the SDK's API reference with typedoc (warnings are errors) and checks that every public
// export carries TSDoc with an @example. Usage: npm run docs:api
import { Application, ReflectionKind } from 'typedoc';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));
process.chdir(dir);
const app = await Application.bootstrapWithPlugins({ options: 'typedoc.json' });
const project = await app.convert();
if (!project) process.exit(1);
app.validate(project);

const needsExample = ReflectionKind.Class | ReflectionKind.Function | ReflectionKind.Interface |
  ReflectionKind.TypeAlias | ReflectionKind.Variable;
const missing = [];
for (const module of project.children ?? []) {
  for (const item of module.children ?? []) {
    if (!item.kindOf(needsExample)) continue;
    const comment = item.comment ?? item.signatures?.[0]?.comment;
    // Interfaces of options document their fields; classes and functions need a worked example.
    const wanted = item.kindOf(ReflectionKind.Class | ReflectionKind.Function);
    if (!comment) missing.push(`${module.name}: ${item.name} has no TSDoc`);
    else if (wanted && !comment.blockTags.some((t) => t.tag === '@example')) missing.push(`${module.name}: ${item.name} has no @example`);
    for (const member of item.kindOf(ReflectionKind.Class) ? item.children ?? [] : []) {
      if (!member.kindOf(ReflectionKind.Method) || member.flags.isPrivate || member.name.startsWith('[')) continue;
      const c = member.signatures?.[0]?.comment;
      if (!c?.blockTags.some((t) => t.tag === '@example') && !member.inheritedFrom) missing.push(`${module.name}: ${item.name}.${member.name} has no @example`);
    }
  }
}
if (missing.length) {
  console.error(missing.join('\n'));
  process.exit(1);
}
if (app.logger.hasErrors() || app.logger.hasWarnings()) process.exit(1);
await app.generateDocs(project, app.options.getValue('out'));
if (app.logger.hasErrors() || app.logger.hasWarnings()) process.exit(1);
console.log(`API reference written to ${app.options.getValue('out')}`);
