// Browser builds leave out the contract's `z.meta(…)` checks: descriptions, examples and formats for
// the OpenAPI document, which nothing in a browser reads (about 1 kB of text). Used by the CDN build
// in rollup.config.mjs; the npm builds and Node keep them (the sandbox serves the OpenAPI document).

/** The index just past the `)` that closes the `(` at `open`, skipping strings and template literals. */
function closing(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < code.length && code[i] !== ch; i++) if (code[i] === '\\') i++;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`strip-schema-meta: no ')' closes the '(' at ${open}`);
}

/**
 * `code` without its `z.meta(…)` arguments, each with the comma that separates it from its neighbour
 * (`.check(z.gte(0), z.meta({ … }))` → `.check(z.gte(0))`). Returns `code` itself when it has none.
 */
export function stripSchemaMeta(code) {
  let out = code;
  for (let at = out.indexOf('z.meta('); at !== -1; at = out.indexOf('z.meta(', at)) {
    let start = at;
    let end = closing(out, at + 'z.meta'.length);
    const before = /,\s*$/.exec(out.slice(0, start));
    const after = /^\s*,\s*/.exec(out.slice(end));
    if (before) start -= before[0].length;
    else if (after) end += after[0].length;
    out = out.slice(0, start) + out.slice(end);
    at = start;
  }
  return out;
}

/** A rollup plugin applying {@link stripSchemaMeta} to the contract's sources. */
export function noSchemaMeta() {
  return {
    name: 'dvc-no-schema-meta',
    transform(code, id) {
      if (!/\/packages\/contract\/src\/.*\.ts$/.test(id) || !code.includes('z.meta(')) return null;
      return { code: stripSchemaMeta(code), map: null };
    },
  };
}
