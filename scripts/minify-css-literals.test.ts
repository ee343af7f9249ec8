import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const id = '/repo/packages/elements/src/dvc-x/dvc-x.styles.ts';
const minify = async (code: string, file = id) => (await minifyCssLiterals().transform(code, file))?.code ?? code;

describe('minifyCssLiterals (browser builds minify the CSS of `css` templates)', () => {
  it('drops comments and spaces, keeping the rules', async () => {
    const out = await minify("import { css } from 'lit';\nexport const styles = css`\n  /* the frame */\n  .frame {\n    container-type: inline-size;\n    color: #ffffff;\n  }\n  @container (max-width: 30rem) {\n    .a > .b { margin: calc(1px + 2px) 0; }\n  }\n`;\n");
    assert.equal(out, "import { css } from 'lit';\nexport const styles = css`.frame{container-type:inline-size;color:#fff}@container (max-width: 30rem){.a>.b{margin:3px 0}}`;\n");
  });

  it('keeps a template of declarations a template of declarations, and puts interpolations back, each ended by its own ;', async () => {
    const code = 'const light = css`\n  --_text: var(--dvc-color-text, #1c1b1f);\n  --_muted: #545a61;\n`;\nconst base = css`\n  :host {\n    ${light}\n    display: block;\n  }\n  :host([theme=\'dark\']) {\n    ${dark}\n  }\n`;';
    const out = await minify(code);
    assert.equal(out, 'const light = css`--_text: var(--dvc-color-text, #1c1b1f);--_muted: #545a61`;\nconst base = css`:host{${light};display:block}:host([theme="dark"]){${dark};}`;');
  });

  it('stops the build, naming the place, when an interpolation is not where a declaration may stand', async () => {
    await assert.rejects(minify('const a = css`\n.x { color: ${red}; }`;'), /dvc-x\.styles\.ts:1: \$\{red\} is not where a declaration may stand/);
    await assert.rejects(minify('const a = css`.x { margin: ${gap} 0; }`;'), /\$\{gap\} is not where a declaration may stand/);
    await assert.rejects(minify('const a = css`${selector} { margin: 0 }`;'), /\$\{selector\} is not where a declaration may stand/);
  });

  it('leaves other files, and code without a css template, as they are', async () => {
    assert.equal(await minifyCssLiterals().transform('const a = css`.x { color: red }`;', '/repo/packages/sdk/src/a.ts'), null);
    assert.equal(await minifyCssLiterals().transform('const a = html`<p>  x  </p>`;', id), null);
  });

  it('escapes what would end the template literal', async () => {
    assert.equal(await minify("const a = css`.x::before { content: '\\\\2014' }`;"), "const a = css`.x:before{content:\"\\\\2014\"}`;");
  });
});
