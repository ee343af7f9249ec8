import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stripSchemaMeta } from './strip-schema-meta.mjs';

describe('stripSchemaMeta (browser builds leave out schema descriptions)', () => {
  it('removes each z.meta(…) argument with its comma, whatever its place', () => {
    assert.equal(stripSchemaMeta("z.int().check(z.gte(0), z.meta({ description: 'Amount (whole đồng)' }))"), 'z.int().check(z.gte(0))');
    assert.equal(stripSchemaMeta("z.string().check(z.meta({ format: 'uri' }), z.minLength(1))"), 'z.string().check(z.minLength(1))');
    assert.equal(stripSchemaMeta("z.string().check(z.meta({ description: 'only' }))"), 'z.string().check()');
    assert.equal(stripSchemaMeta('x.check(\n  fn,\n  z.meta(meta),\n)'), 'x.check(\n  fn,\n)');
  });

  it('keeps parentheses, quotes and escapes inside strings from ending it early', () => {
    const code = `a.check(z.regex(p), z.meta({ description: "The applicant's (mobile) number", example: 'a\\')b', note: \`x)\` }), z.maxLength(9))`;
    assert.equal(stripSchemaMeta(code), 'a.check(z.regex(p), z.maxLength(9))');
  });

  it('leaves comments alone, and reads past apostrophes and parentheses in comments and strings', () => {
    const code = "a.check(z.meta({\n  // the applicant's phone\n  description: 'x)' /* (see z.meta( in docs */,\n}), z.minLength(1)); // z.meta(kept)\n/* z.meta(kept too) */";
    assert.equal(stripSchemaMeta(code), "a.check(z.minLength(1)); // z.meta(kept)\n/* z.meta(kept too) */");
  });

  it('leaves code without z.meta as it is, and fails on an unclosed call rather than cutting code', () => {
    const code = 'const s = z.object({ meta: z.string() });';
    assert.equal(stripSchemaMeta(code), code);
    assert.throws(() => stripSchemaMeta('x.check(z.meta({ a: 1 }'), /no '\)' closes/);
  });

  it('leaves no z.meta in any contract source, and only removes text', () => {
    const dir = fileURLToPath(new URL('../packages/contract/src/', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    let stripped = 0;
    for (const file of files) {
      const code = readFileSync(`${dir}${file}`, 'utf8');
      const out = stripSchemaMeta(code);
      assert.ok(!out.includes('z.meta('), file);
      assert.equal(out.split('(').length - out.split(')').length, code.split('(').length - code.split(')').length, `${file}: parentheses stay balanced`);
      if (out !== code) stripped++;
    }
    assert.ok(stripped >= 8, `the contract's schema modules are affected (${stripped})`);
  });
});
