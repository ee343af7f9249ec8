// The logged-in citizen as a page's widgets see it, through the host site's own server: the
// backend-for-frontend of `@dvc-kit/sdk/server` at the page's `accountUrl` (e.g. `/auth`). The page
// never holds a token: it reads `<accountUrl>/session` (name, identity level, the CSRF token) with
// the site's HttpOnly cookie, and calls the portal for the citizen through `<accountUrl>/portal`,
// which adds the citizen's token on the server.
// No SDK code here: <dvc-account> needs none (the calls to the portal are in ./account-portal.ts).
import { pageConfig } from './config.js';

/** The citizen as the site's session route shows them: never a token, never an identity number. */
export interface AccountUser {
  name: string | null;
  /** 1 (registered online) or 2 (verified in person). */
  identityLevel: 1 | 2 | null;
  /** `citizen` or `business`. */
  accountType: string | null;
}

/** What `<accountUrl>/session` answers. */
export interface AccountSession {
  authenticated: boolean;
  user?: AccountUser;
  /** Sent with every state-changing call (`x-csrf-token`) and the logout form. */
  csrfToken?: string;
}

const sessions = new Map<string, Promise<AccountSession>>();

/** The absolute address of the site's login routes, or undefined when the page has none. */
export function accountBase(own: string | undefined): string | undefined {
  const url = own || pageConfig().accountUrl;
  return url ? new URL(url.replace(/\/+$/, ''), document.baseURI).href : undefined;
}

/**
 * The session of the page's citizen: one request for every widget of the page (`fresh` asks again,
 * e.g. after a 401). A failure is not kept: the next call asks again.
 */
export function accountSession(base: string, fresh = false): Promise<AccountSession> {
  let session = sessions.get(base);
  if (!session || fresh) {
    session = fetch(`${base}/session`, { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${base}/session answered ${response.status}`);
        const body = (await response.json()) as AccountSession;
        return body.authenticated === true && body.user ? body : { authenticated: false };
      });
    sessions.set(base, session);
    session.catch(() => sessions.get(base) === session && sessions.delete(base));
  }
  return session;
}

/** Where the login link goes: the site's login route, coming back to `returnTo` (default: this page). */
export function loginHref(base: string, returnTo = location.pathname + location.search + location.hash): string {
  return `${base}/login?${new URLSearchParams({ returnTo })}`;
}

/** Forgets the sessions read so far: after logging in or out without a reload (tests, a single-page app). */
export function forgetAccountSessions(): void {
  sessions.clear();
}
