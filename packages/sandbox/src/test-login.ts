// Logging in to the sandbox's test identity provider as a browser and a relying party would: the
// relying party is openid-client (discovery, PKCE, state, nonce, code exchange, ID token checks);
// the browser is a cookie jar that follows the provider's redirects and submits the persona form.
import * as oidc from 'openid-client';
import { TEST_OIDC_CLIENT_ID, TEST_OIDC_CLIENT_SECRET } from './simulate/idp/clients.js';

/** The test clients' callback (any port of localhost: they are `native` clients). */
export const TEST_REDIRECT_URI = 'http://localhost:3000/auth/callback';
/** Every scope the provider knows but offline_access. */
export const ALL_SCOPES = 'openid profile phone address vn_identity vn_dossiers';

/** A cookie jar that follows redirects on the sandbox's origin and stops at one to another origin. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly origin: string) {}

  /** Sends one request with the jar's cookies and keeps the cookies it sets. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  /**
   * Goes to `url` and follows redirects while they stay on the sandbox. Returns the last answer on
   * the sandbox, or `{ location }` when a redirect leaves it (to the relying party's callback).
   */
  async go(url: string, init: RequestInit = {}): Promise<{ response: Response; location: string | null }> {
    let response = await this.request(url, init);
    for (let hops = 0; hops < 10; hops++) {
      const next = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !next) return { response, location: null };
      const target = new URL(next, response.url || url);
      if (target.origin !== this.origin) return { response, location: target.href };
      response = await this.request(target.href);
    }
    throw new Error('too many redirects');
  }

  /** Posts a form (`application/x-www-form-urlencoded`) and follows as {@link go} does. */
  submit(url: string, fields: Record<string, string>) {
    return this.go(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** The relying party's view of the provider: discovered, with the secret test client unless told. */
export function relyingParty(url: string, clientId = TEST_OIDC_CLIENT_ID, auth: oidc.ClientAuth = oidc.ClientSecretBasic(TEST_OIDC_CLIENT_SECRET)) {
  return oidc.discovery(new URL(`${url}/oidc`), clientId, undefined, auth, { execute: [oidc.allowInsecureRequests] });
}

export interface LoginOptions {
  scope?: string;
  config?: oidc.Configuration;
  browser?: Browser;
  /** Extra authorization parameters (`acr_values`, `prompt`…). */
  params?: Record<string, string>;
}

/**
 * Logs in as `persona` (a persona's `sub`) through the whole authorization code flow with PKCE,
 * state and nonce, and returns the tokens (ID token already checked by openid-client), with the
 * callback URL and the checks it was exchanged with.
 */
export async function loginAs(url: string, persona = 'test-citizen-level2', options: LoginOptions = {}) {
  const config = options.config ?? await relyingParty(url);
  const browser = options.browser ?? new Browser(new URL(url).origin);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const authorize = oidc.buildAuthorizationUrl(config, {
    redirect_uri: TEST_REDIRECT_URI,
    scope: options.scope ?? ALL_SCOPES,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...options.params,
  });
  let step = await browser.go(authorize.href);
  if (!step.location) {
    const page = step.response.url || step.response.headers.get('location') || '';
    if (step.response.status !== 200) throw new Error(`the persona page did not open: ${step.response.status} ${await step.response.text()}`);
    step = await browser.submit(page, { persona, action: 'login' });
  }
  if (!step.location) throw new Error(`the login did not return to the site: ${step.response.status} ${await step.response.text()}`);
  const callback = new URL(step.location);
  const checks = { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true };
  const tokens = await oidc.authorizationCodeGrant(config, callback, checks);
  return { config, browser, tokens, callback, checks };
}
