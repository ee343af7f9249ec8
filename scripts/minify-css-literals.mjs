// Browser builds minify the widgets' styles: the CSS inside lit's `css` tagged templates, which the
// JavaScript minifiers leave as it is written (comments, indentation and all). Each template is read
// with TypeScript's parser and its CSS minified by esbuild's CSS minifier (both already build the
// kit). An interpolation (`${light}`, another `css` result of declarations) must stand where a
// declaration may, and is ended with a `;`; anything else stops the build with the template's place,
// never silently.
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import ts from 'typescript';

const placeholder = (i) => `--dvc-css-literal-${i}`;

/** `text` as it may stand inside a template literal (the cooked text written back raw). */
const escapeRaw = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** Every `css`…`` template of a module: where its text starts and ends, its static parts, its expressions. */
function cssTemplates(id, code) {
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      const expressions = ts.isNoSubstitutionTemplateLiteral(template)
        ? [] : template.templateSpans.map((span) => span.expression.getText(source));
      const { line } = source.getLineAndCharacterOfPosition(template.getStart(source));
      found.push({ start: template.getStart(source), end: template.getEnd(), parts, expressions, line: line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The minified CSS of one template, its expressions put back where they were. A template of
 * declarations only (custom properties a rule interpolates) is minified inside a rule, then taken out.
 */
async function minified(id, template) {
  const css = template.parts.reduce((text, part, i) => `${text}${placeholder(i - 1)}:0;${part}`);
  const declarations = !css.includes('{');
  const { code } = await transform(declarations ? `x{${css}}` : css, { loader: 'css', minify: true, logLevel: 'silent' });
  let text = code.trim();
  if (declarations) {
    if (!text.startsWith('x{') || !text.endsWith('}')) throw new Error(`minify-css-literals: ${id}:${template.line}: declarations came out as ${text.slice(0, 80)}`);
    text = text.slice(2, -1);
  }
  let out = escapeRaw(text);
  template.expressions.forEach((expression, i) => {
    // A declaration of its own: after a `{` or a `;` (or first, in a template of declarations), ended by a `;`, a `}` or the end.
    const at = new RegExp(`(?<=${declarations ? '^|' : ''}[{;])${placeholder(i)}:\\s*0(?:;|(?=}|$))`, 'g');
    const count = out.match(at)?.length ?? 0;
    if (count !== 1) {
      throw new Error(`minify-css-literals: ${id}:${template.line}: \${${expression}} is not where a declaration may stand (found ${count} times after minifying)`);
    }
    // Followed by a `;` of its own: a minified template of declarations ends without one.
    out = out.replace(at, () => `\${${expression}};`);
  });
  return out;
}

/** The rollup plugin: after the TypeScript sources are read, before esbuild turns them into JavaScript. */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    async transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const templates = cssTemplates(id, code);
      if (templates.length === 0) return null;
      const out = new MagicString(code);
      for (const template of templates) out.overwrite(template.start, template.end, `\`${await minified(id, template)}\``);
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
