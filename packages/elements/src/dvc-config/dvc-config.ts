import { configure } from '../shared/config.js';
import { toLocale } from '../shared/localize.js';

/**
 * Page-wide configuration in markup, for pages that cannot run a script of their own (a CMS, a
 * strict Content-Security-Policy): every DVC Kit widget on the page uses it unless it sets its own
 * `base-url`, `publishable-key` or `lang`. Put one anywhere on the page; it renders nothing itself.
 * `account-url` names the site's own login routes (the backend-for-frontend of `@dvc-kit/sdk/server`,
 * e.g. `/auth`), for the widgets that show the logged-in citizen.
 *
 * @tagname dvc-config
 * @summary Page-wide configuration of DVC Kit widgets.
 *
 * @example
 * ```html
 * <dvc-config base-url="https://sandbox.dvc.example" publishable-key="pk_test_dvckit_local" lang="vi"></dvc-config>
 * ```
 */
export class DvcConfigElement extends HTMLElement {
  static observedAttributes = ['base-url', 'publishable-key', 'lang', 'account-url'];

  connectedCallback(): void {
    this.#apply();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#apply();
  }

  #apply(): void {
    configure({
      baseUrl: this.getAttribute('base-url') ?? undefined,
      publishableKey: this.getAttribute('publishable-key') ?? undefined,
      locale: toLocale(this.getAttribute('lang')),
      accountUrl: this.getAttribute('account-url') ?? undefined,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-config': DvcConfigElement;
  }
}
