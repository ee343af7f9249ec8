// The test identity provider's pages: pick a persona, confirm a logout, logged out, errors. Built with
// the gateway's page frame (../page.ts): Vietnamese first, no script, no inline style, strict CSP.
import type { KoaContextWithOIDC } from 'oidc-provider';
import { bi, escapeHtml, page, pageHeaders } from '../page.js';
import { personas, type Persona } from './personas.js';

const BRAND = 'Đăng nhập một lần — Cổng Dịch vụ công Quốc gia (sandbox)';
const NOTICE = bi('Môi trường thử nghiệm: tài khoản mô phỏng, không phải VNeID thật.', 'Test environment: simulated accounts, not the real VNeID.');

/** The stylesheet from a page at `path` under the provider's mount (`/auth` → `idp.css`, `/session/end` → `../idp.css`). */
export const cssFrom = (path: string) => '../'.repeat(Math.max(0, path.split('/').length - 2)) + 'idp.css';

const frame = (title: string, path: string) => ({ title, brand: BRAND, notice: NOTICE, stylesheet: cssFrom(path) });

/** What each scope lets the site know, as the persona page lists it. */
const scopeLabels: Record<string, [vi: string, en: string]> = {
  openid: ['Mã định danh tài khoản của ông/bà', 'Your account identifier'],
  profile: ['Họ và tên, ngày sinh, giới tính', 'Your name, date of birth and sex'],
  phone: ['Số điện thoại', 'Your phone number'],
  address: ['Địa chỉ', 'Your address'],
  vn_identity: ['Số định danh cá nhân (CCCD) hoặc mã số thuế, mức định danh', 'Your personal ID (CCCD) number or tax code, and identity level'],
  vn_dossiers: ['Xem và nộp hồ sơ của ông/bà trên Cổng', 'View and submit your dossiers on the portal'],
  offline_access: ['Duy trì đăng nhập khi ông/bà không dùng trang', 'Staying logged in while you are away'],
};

const dmy = (iso: string) => iso.split('-').reverse().join('/');

function personaItem(persona: Persona, checked: boolean, invalid: boolean): string {
  const id = `persona-${persona.sub}`;
  const c = persona.claims;
  const vi = [
    persona.type === 'citizen' ? `Mức ${persona.level} · CCCD ${c.vn_id_number}` : `Tổ chức · MST ${c.vn_tax_code}`,
    c.birthdate ? `sinh ngày ${dmy(c.birthdate)}` : null,
  ].filter(Boolean).join(' · ');
  const en = [
    persona.type === 'citizen' ? `Level ${persona.level} · CCCD ${c.vn_id_number}` : `Organisation · tax code (MST) ${c.vn_tax_code}`,
    c.birthdate ? `born ${dmy(c.birthdate)}` : null,
  ].filter(Boolean).join(' · ');
  const described = [`${id}-info`, ...(invalid ? ['form-error'] : [])].join(' ');
  return `<li><input type="radio" id="${id}" name="persona" value="${escapeHtml(persona.sub)}" required aria-describedby="${described}"${checked ? ' checked' : ''}>`
    + `<label for="${id}"><strong>${escapeHtml(c.name)}</strong>`
    + `<span class="detail" id="${id}-info">${bi(`${vi}. ${persona.summary.vi}`, `${en}. ${persona.summary.en}`)}</span></label></li>`;
}

export interface PersonaPageInput {
  clientName: string;
  scopes: string[];
  /**
   * The `acr_values` the site sent (none: empty; the provider adds no default). A notice says level 2
   * is asked when they name LoA2 and not LoA1 (`LoA1 LoA2` takes either level).
   */
  acrValues: string[];
  /** The account of the current session, chosen by default. */
  current?: string;
  error?: { vi: string; en: string };
}

/** The page where a tester picks who logs in (the login and consent steps of a real provider in one). */
export function personaPage(input: PersonaPageInput): string {
  const shared = input.scopes
    .filter((s) => scopeLabels[s])
    .map((s) => `<li>${bi(...scopeLabels[s]!)}</li>`)
    .join('\n');
  const current = personas.find((p) => p.sub === input.current);
  return page(frame('Đăng nhập', '/interaction/uid'), `<h1>${bi('Đăng nhập bằng tài khoản định danh điện tử', 'Log in with an electronic identity')}</h1>
<p>${bi(`“${input.clientName}” đề nghị xác định ông/bà là ai.`, `“${input.clientName}” asks to know who you are.`)}</p>
${current ? `<p class="note">${bi(`Ông/bà đang đăng nhập với tài khoản ${current.claims.name}.`, `You are logged in as ${current.claims.name}.`)}</p>` : ''}
${input.acrValues.includes('LoA2') && !input.acrValues.includes('LoA1') ? `<p class="note">${bi('Dịch vụ này yêu cầu tài khoản định danh mức 2.', 'This service asks for identity level 2.')}</p>` : ''}
<h2>${bi('Thông tin được chia sẻ với trang dịch vụ', 'What the service will receive')}</h2>
<ul class="shared">
${shared}
</ul>
<form method="post">
${input.error ? `<p class="error" role="alert" id="form-error">${bi(input.error.vi, input.error.en)}</p>` : ''}
<fieldset>
<legend>${bi('Chọn tài khoản thử nghiệm', 'Choose a test account')}</legend>
<ul class="personas">
${personas.map((p) => personaItem(p, p.sub === input.current, !!input.error)).join('\n')}
</ul>
</fieldset>
<div class="actions">
<button type="submit" name="action" value="login" class="primary">${bi('Đăng nhập', 'Log in')}</button>
<button type="submit" name="action" value="cancel" formnovalidate class="secondary">${bi('Huỷ', 'Cancel')}</button>
</div>
</form>`);
}

/** A page of the provider's own (no form to another site). */
export function messagePage(title: [vi: string, en: string], body: string, path: string): string {
  return page(frame(title[0], path), `<h1>${bi(...title)}</h1>\n${body}`);
}

function answer(ctx: KoaContextWithOIDC, html: string, formOrigins: string[] = []): void {
  ctx.set(pageHeaders(formOrigins));
  ctx.type = 'html';
  ctx.body = html;
}

const originOf = (url: unknown): string[] => {
  const parsed = typeof url === 'string' ? URL.parse(url) : null;
  return parsed ? [parsed.origin] : [];
};

/** RP-initiated logout asks first (oidc-provider's `form` carries its CSRF token). */
export function logoutPage(ctx: KoaContextWithOIDC, form: string): void {
  answer(ctx, page(frame('Đăng xuất', ctx.path), `<h1>${bi('Đăng xuất khỏi tài khoản định danh?', 'Log out of your identity account?')}</h1>
<p>${bi('Ông/bà sẽ đăng xuất khỏi mọi trang dịch vụ đã đăng nhập bằng tài khoản này.', 'You will be logged out of every service you logged in to with this account.')}</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes" class="primary">${bi('Đăng xuất', 'Log out')}</button>
<button type="submit" form="op.logoutForm" class="secondary">${bi('Ở lại', 'Stay logged in')}</button>
</div>`), originOf(ctx.oidc.params?.post_logout_redirect_uri));
}

/** After a logout that named no page to return to. */
export function loggedOutPage(ctx: KoaContextWithOIDC): void {
  answer(ctx, messagePage(['Đã đăng xuất', 'Logged out'],
    `<p>${bi('Ông/bà đã đăng xuất khỏi tài khoản định danh. Có thể đóng trang này.', 'You have logged out of your identity account. You may close this page.')}</p>`, ctx.path));
}

/** A request the provider refuses and cannot send back to the site (unknown client, wrong redirect URI…). */
export function errorPage(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }): void {
  answer(ctx, messagePage(['Không thể đăng nhập', 'The login could not go on'],
    `<p>${bi('Yêu cầu đăng nhập từ trang dịch vụ không hợp lệ. Vui lòng quay lại trang dịch vụ và thử lại.', 'The service sent a login request that is not valid. Go back to the service and try again.')}</p>
<p class="error" role="alert"><code>${escapeHtml(out.error)}</code>${out.error_description ? `: <span lang="en">${escapeHtml(out.error_description)}</span>` : ''}</p>`, ctx.path));
}
