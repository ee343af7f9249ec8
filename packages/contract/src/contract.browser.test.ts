// Browser smoke test (Chromium and Firefox via @web/test-runner, mocha): the contract's validators
// and zod/mini run in a real browser, and the sandbox answers a cross-origin request (CORS).
import * as z from 'zod/mini';
import { checkCitizenId, checkEmail, checkMobile, checkTaxCode, email, mobilePhone, taxCode } from './validators/index.js';

// Mocha's globals, provided by @web/test-runner (no @types/mocha in this repo).
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}
function equal(actual: unknown, expected: unknown, what: string): void {
  assert(Object.is(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The URL of the sandbox started by web-test-runner.config.mjs, served as a virtual module. */
async function sandbox(): Promise<{ sandboxUrl: string; publishableKey: string }> {
  const path: string = '/__dvc__/sandbox.js'; // a variable, so TypeScript does not try to resolve it
  return (await import(path)) as { sandboxUrl: string; publishableKey: string };
}

describe('contract in the browser', () => {
  it('normalises a mobile number', () => {
    const result = checkMobile('+84 912 345 678');
    assert(result.ok, `checkMobile failed: ${JSON.stringify(result)}`);
    equal(result.value, '0912345678', 'checkMobile value');
    assert(!checkMobile('12345').ok, 'checkMobile rejects 12345');
  });

  it('checks a tax code, a citizen id and an email', () => {
    assert(checkTaxCode('0100047516').ok, 'checkTaxCode accepts 0100047516');
    assert(!checkTaxCode('0100047517').ok, 'checkTaxCode rejects a wrong check digit');
    assert(!checkCitizenId('12').ok, 'checkCitizenId rejects 12');
    assert(checkEmail('an.nguyen@example.vn').ok, 'checkEmail accepts an address');
    assert(!checkEmail('not an email').ok, 'checkEmail rejects "not an email"');
  });

  it('parses with zod/mini object schemas built from the contract', () => {
    const contact = z.object({ taxCode, mobile: mobilePhone, email: z.optional(email) });
    const good = z.safeParse(contact, { taxCode: '0100047516', mobile: '+84 912 345 678' });
    assert(good.success, `valid object rejected: ${JSON.stringify(good.error?.issues)}`);
    const bad = z.safeParse(contact, { taxCode: 'x', mobile: '1', email: 'nope' });
    assert(!bad.success, 'invalid object accepted');
    const paths = bad.error.issues.map((issue) => issue.path.join('.')).sort();
    equal(paths.join(','), 'email,mobile,taxCode', 'paths of the issues');
  });

  it('reaches the sandbox across origins', async () => {
    const { sandboxUrl, publishableKey } = await sandbox();
    assert(new URL(sandboxUrl).origin !== (globalThis as unknown as { location: Location }).location.origin, 'the sandbox is on another origin');
    const response = await fetch(`${sandboxUrl}/v1/health`, { headers: { Authorization: `Bearer ${publishableKey}` } });
    equal(response.status, 200, 'GET /v1/health status');
    const body = (await response.json()) as { status?: unknown };
    equal(body.status, 'ok', 'health status');
  });
});
