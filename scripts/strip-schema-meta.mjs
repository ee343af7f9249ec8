// Browser builds leave out the contract's `z.meta(…)` checks: descriptions, examples and formats for
// the OpenAPI document, which nothing in a browser reads (about 1 kB of text). Used by the CDN build
// in rollup.config.mjs; the npm builds and Node keep them (the sandbox serves the OpenAPI document).

/**
 * Where the string, template literal or comment starting at `i` ends (just past it), or -1 when none
 * starts there. Regular expression literals are not recognised: the contract has none in a `z.meta`,
 * and code cut wrongly fails to parse at the build's next step, never silently.
 */
function skip(code, i) {
  const ch = code[i];
  if (ch === '/' && code[i + 1] === '/') {
    const end = code.indexOf('\n', i);
    return end === -1 ? code.length : end;
  }
  if (ch === '/' && code[i + 1] === '*') {
    const end = code.indexOf('*/', i + 2);
    if (end === -1) throw new Error(`strip-schema-meta: an unclosed comment at ${i}`);
    return end + 2;
  }
  if (ch === '"' || ch === "'" || ch === '`') {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') j++;
      else if (code[j] === ch) return j + 1;
    }
    throw new Error(`strip-schema-meta: an unclosed string at ${i}`);
  }
  return -1;
}

/** The index just past the `)` that closes the `(` at `open`, skipping strings and comments. */
function closing(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const end = skip(code, i);
    if (end !== -1) {
      i = end - 1;
      continue;
    }
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`strip-schema-meta: no ')' closes the '(' at ${open}`);
}

// Whether `at` is inside a line or block comment (read back from `at`; enough for the contract's sources).
function inComment(code, at) {
  const line = code.slice(code.lastIndexOf('\n', at - 1) + 1, at);
  return line.includes('//') || code.lastIndexOf('/*', at) > code.lastIndexOf('*/', at);
}

/**
 * `code` without its `z.meta(…)` arguments, each with the comma that separates it from its neighbour
 * (`.check(z.gte(0), z.meta({ … }))` → `.check(z.gte(0))`); a `z.meta(` in a comment stays. Inside a
 * call, strings and comments are read past. Returns `code` itself when it has none.
 */
export function stripSchemaMeta(code) {
  let out = code;
  for (let at = out.indexOf('z.meta('); at !== -1; at = out.indexOf('z.meta(', at + 1)) {
    if (inComment(out, at) || /[\w$.]/.test(out[at - 1] ?? '')) continue;
    let start = at;
    let stop = closing(out, at + 'z.meta'.length);
    const before = /,\s*$/.exec(out.slice(0, start));
    const after = /^\s*,\s*/.exec(out.slice(stop));
    if (before) start -= before[0].length;
    else if (after) stop += after[0].length;
    out = out.slice(0, start) + out.slice(stop);
    at = start - 1;
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
