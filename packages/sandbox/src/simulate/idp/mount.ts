// The test identity provider on the sandbox's app: its stylesheet, the persona page (the provider's
// "interaction") and every other path under /oidc handed to oidc-provider on Node's own request and
// response, which @hono/node-server exposes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import type { Provider } from 'oidc-provider';
import type { Sandbox } from '../../context.js';
import type { Module } from '../../server.js';
import { readBody } from '../../http/body.js';
import { cssHeaders, pageCss, pageHeaders } from '../page.js';
import { messagePage, personaPage, type PersonaPageInput } from './pages.js';
import { findPersona, levelAcr } from './personas.js';
import { identity, identityProvider, OIDC_PATH } from './provider.js';

const FORM_LIMIT = 16 * 1024;

const node = (c: Context) => c.env as HttpBindings;

type Details = Awaited<ReturnType<Provider['interactionDetails']>>;

/** What the persona page shows for an interaction. */
async function pageInput(provider: Provider, details: Details): Promise<PersonaPageInput> {
  const params = details.params as Record<string, string | undefined>;
  const client = await provider.Client.find(params.client_id ?? '');
  return {
    clientName: client?.clientName ?? params.client_id ?? '',
    scopes: (params.scope ?? '').split(' ').filter(Boolean),
    acrValues: (params.acr_values ?? '').split(' ').filter(Boolean),
    current: details.session?.accountId,
  };
}

/** The redirect after the form goes to the site's origin: the CSP's form-action must allow it. */
const redirectOrigin = (details: Details) => {
  const uri = URL.parse(String(details.params.redirect_uri ?? ''));
  return uri ? [uri.origin] : [];
};

/** An interaction that is gone (expired, finished, or another browser's): say so, do not throw. */
function expired(c: Context): Response {
  return c.body(messagePage(['Phiên đăng nhập đã hết hạn', 'This login has expired'],
    `<p>Vui lòng quay lại trang dịch vụ và bấm đăng nhập lại. <span class="en" lang="en">Go back to the service and log in again.</span></p>`,
    '/interaction/uid'), 400, pageHeaders());
}

async function details(provider: Provider, c: Context): Promise<Details | null> {
  try {
    return await provider.interactionDetails(node(c).incoming, node(c).outgoing);
  } catch (error) {
    // oidc-provider's errors.SessionNotFound: no interaction cookie, or it expired.
    if ((error as Error).name === 'SessionNotFound') return null;
    throw error;
  }
}

/** Logs in as the chosen persona and grants what the site asked, or cancels (`access_denied`). */
async function finish(provider: Provider, c: Context, interaction: Details, form: URLSearchParams): Promise<Response> {
  const { incoming, outgoing } = node(c);
  const persona = findPersona(form.get('persona') ?? '');
  if (form.get('action') === 'cancel') {
    const to = await provider.interactionResult(incoming, outgoing,
      { error: 'access_denied', error_description: 'The citizen cancelled the login' }, { mergeWithLastSubmission: false });
    return c.redirect(to, 303);
  }
  if (!persona) {
    const input = await pageInput(provider, interaction);
    const error = { vi: 'Vui lòng chọn một tài khoản thử nghiệm để đăng nhập.', en: 'Please choose a test account to log in with.' };
    return c.body(personaPage({ ...input, error }), 422, pageHeaders(redirectOrigin(interaction)));
  }
  const clientId = String(interaction.params.client_id);
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing?.accountId === persona.sub ? existing : new provider.Grant({ accountId: persona.sub, clientId });
  grant.addOIDCScope(String(interaction.params.scope ?? 'openid'));
  // Claims asked for by name (the `claims` parameter) are granted with the scopes.
  if (typeof interaction.params.claims === 'string') {
    const asked = JSON.parse(interaction.params.claims) as { id_token?: object; userinfo?: object };
    grant.addOIDCClaims([...Object.keys(asked.id_token ?? {}), ...Object.keys(asked.userinfo ?? {})]);
  }
  const grantId = await grant.save();
  const to = await provider.interactionResult(incoming, outgoing, {
    login: { accountId: persona.sub, acr: levelAcr[persona.level], remember: false },
    consent: { grantId },
  }, { mergeWithLastSubmission: false });
  return c.redirect(to, 303);
}

/** Mounts the provider under {@link OIDC_PATH}. */
export function mountIdentityProvider(app: Parameters<NonNullable<Module['mount']>>[0], sb: Sandbox): void {
  app.get(`${OIDC_PATH}/idp.css`, (c) => c.body(pageCss, 200, cssHeaders));

  app.get(`${OIDC_PATH}/interaction/:uid`, async (c) => {
    const provider = await identityProvider(sb);
    const interaction = await details(provider, c);
    if (!interaction || interaction.uid !== c.req.param('uid')) return expired(c);
    return c.body(personaPage(await pageInput(provider, interaction)), 200, pageHeaders(redirectOrigin(interaction)));
  });

  app.post(`${OIDC_PATH}/interaction/:uid`, async (c) => {
    const form = new URLSearchParams(new TextDecoder().decode(await readBody(c.req.raw, FORM_LIMIT)));
    const provider = await identityProvider(sb);
    const interaction = await details(provider, c);
    if (!interaction || interaction.uid !== c.req.param('uid')) return expired(c);
    return finish(provider, c, interaction, form);
  });

  // Everything else is oidc-provider's: discovery, JWKS, authorize, token, userinfo, end session…
  app.all(`${OIDC_PATH}/*`, async (c) => {
    const { incoming, outgoing } = node(c) as { incoming: IncomingMessage & { originalUrl?: string }; outgoing: ServerResponse };
    const { handle } = await identity(sb);
    // Mounted like express's app.use('/oidc', …): the provider sees its own paths and finds the mount
    // in originalUrl, so the URLs it writes keep /oidc.
    incoming.originalUrl = incoming.url;
    incoming.url = incoming.url!.slice(OIDC_PATH.length) || '/';
    await handle(incoming, outgoing);
    return RESPONSE_ALREADY_SENT;
  });
}
