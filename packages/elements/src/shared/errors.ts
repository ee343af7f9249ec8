import { html, nothing, type TemplateResult } from 'lit';
import { isDvcError, type Locale } from '@dvc-kit/sdk/core';
import { ConfigurationError } from './config.js';
import { focusControl } from './form/announce.js';

/** A problem to show: a message, and the id of the field it is about (for the summary's link). */
export interface ErrorItem {
  message: string;
  /** Id of the field in the widget's shadow root; the summary links to it. */
  fieldId?: string;
}

/** Configuration problems already told to the page's developers in the console (each once). */
const told = new Set<string>();

/**
 * A message for any failure, for citizens: the SDK's (already in the client's language, free of
 * personal data and host names) or a generic one. A refused key or origin is the page's setup, not
 * the citizen's doing: they read that the page is not set up, and the developers read the detail
 * (which key, which origin) in the console.
 */
export function errorMessage(error: unknown, locale: Locale): string {
  // The site's login routes (the BFF's portal proxy) refuse a call once the citizen's session ended
  // (logged out in another tab, expired) or changed: that is the citizen's to fix, by logging in again.
  if (sessionEnded(error)) {
    return locale === 'vi'
      ? 'Phiên đăng nhập của ông/bà đã kết thúc (có thể do đăng xuất ở thẻ khác hoặc để lâu không dùng). Vui lòng đăng nhập lại rồi thử lại; thông tin đã nhập vẫn được giữ.'
      : 'Your login session has ended (perhaps you logged out in another tab, or it was idle too long). Please log in again and retry; what you typed is kept.';
  }
  if (isDvcError(error) && (error.type === 'authentication' || error.type === 'permission')) {
    if (!told.has(error.code)) {
      told.add(error.code);
      console.warn(`[dvc-kit] ${error.code}: ${error.message}`);
    }
    return locale === 'vi'
      ? 'Trang này chưa được thiết lập để kết nối với Cổng Dịch vụ công. Vui lòng báo cho đơn vị quản lý trang.'
      : "This page is not set up to reach the Public Service Portal. Please tell the site's administrators.";
  }
  if (isDvcError(error)) return error.message;
  if (error instanceof ConfigurationError) return error.message;
  return locale === 'vi'
    ? 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.'
    : 'Something went wrong. Please try again.';
}

/** Whether the site's login routes refused a call because the citizen's session ended or changed. */
export function sessionEnded(error: unknown): boolean {
  return isDvcError(error) && (error.code === 'not_logged_in' || error.code === 'csrf_failed');
}

/**
 * Whether asking again may help: a lost connection, a timeout, a busy or failing server. Not for an
 * answer that will not change (a code that names no procedure, a refused key, bad input): a "Thử
 * lại" button there is a dead end.
 */
export function canRetry(error: unknown): boolean {
  if (error instanceof ConfigurationError) return false;
  if (!isDvcError(error)) return true;
  return error.type === 'connection' || error.type === 'timeout' || error.type === 'server' || error.type === 'rate_limit';
}

/** The failure of a request the widget cancelled itself (a newer run, a disconnect): never shown. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Field errors of a failure, by dotted path (`applicant.citizenId`). Empty when the failure is not about fields. */
export function fieldErrorsOf(error: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (isDvcError(error)) for (const f of error.fieldErrors) if (!map.has(f.path)) map.set(f.path, f.message);
  return map;
}

/**
 * Moves focus to a field in `root` (the summary's links; `#id` hrefs do not cross shadow roots): the
 * control itself, or the first control of a fieldset (radios, an address, a file slot).
 */
export function focusField(root: ShadowRoot | null, fieldId: string): void {
  const field = root?.getElementById(fieldId);
  if (field) focusControl(field);
}

/**
 * The error summary at the top of a form (GOV.UK pattern): a titled alert whose links move focus to
 * each field. The caller focuses it (it has `tabindex="-1"`) after a failed submit. `level` is its
 * title's `aria-level` (`headingLevel(…)`): one below the heading of the form it is about, or the
 * widget's own level where it stands in the place of that heading (a form that could not load).
 */
export function errorSummary(root: () => ShadowRoot | null, title: string, items: readonly ErrorItem[], level: number): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<div class="alert error-summary" role="alert" tabindex="-1" part="error-summary">
    <h2 class="error-summary-title" aria-level=${level}>${title}</h2>
    <ul>
      ${items.map((item) => html`<li>${item.fieldId
        ? html`<a href="#${item.fieldId}" @click=${(event: Event) => { event.preventDefault(); focusField(root(), item.fieldId!); }}>${item.message}</a>`
        : item.message}</li>`)}
    </ul>
  </div>`;
}
