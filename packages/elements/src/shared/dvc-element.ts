import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { DvcConnection } from '@dvc-kit/sdk/core';
import type { Locale } from '@dvc-kit/sdk';
import { ConfigurationError, onConfigure, pageConfig } from './config.js';
import { connectionFor } from './connection.js';
import { type Catalogue, englishFailed, fillParts, hasEnglish, loadEnglish, type Overrides, plural, type TextParams, textsOf, toLocale, translate } from './localize.js';
import { base } from './styles.js';

const clientIds = new WeakMap<object, number>();
let lastClientId = 0;
function clientId(client: object | undefined): number {
  if (!client) return 0;
  if (!clientIds.has(client)) clientIds.set(client, ++lastClientId);
  return clientIds.get(client)!;
}

/**
 * The widgets on the page, each with the language it last rendered in: a `lang` changed on an
 * ancestor (a site's own language switch on `<html>`) re-renders those whose language it changes.
 * One observer for the page, watching `lang` attributes only.
 */
const rendered = new Map<DvcElement, Locale>();
let langObserver: MutationObserver | undefined;
function followLang(element: DvcElement, locale: Locale | undefined): void {
  if (locale === undefined) {
    rendered.delete(element);
    if (rendered.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
    return;
  }
  rendered.set(element, locale);
  if (langObserver) return;
  langObserver = new MutationObserver(() => {
    for (const [widget, shown] of rendered) if (widget.locale !== shown) widget.requestUpdate();
  });
  langObserver.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
}

/**
 * What every DVC Kit widget shares: the configuration (page-wide, overridden by the element's
 * `base-url`, `publishable-key` and `lang`), its texts in the resolved language, a typed `emit()`
 * and a `theme`. Components extend it; shared behaviour lives in controllers, not deeper classes.
 */
export abstract class DvcElement<K extends string = string> extends LitElement {
  /** The kit's shared styles (tokens, dark mode, buttons, fields); each widget adds its own after them. */
  static override styles = [base];

  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    publishableKey: { attribute: 'publishable-key' },
    theme: { reflect: true },
    strings: { attribute: false },
    // Observes the global `lang` attribute without replacing the native `lang` property.
    _langAttribute: { attribute: 'lang' },
  };

  /** Address of the portal API for this widget; default: the page's configuration. */
  declare baseUrl: string | undefined;
  /** Publishable key (`pk_…`) for this widget; default: the page's configuration. */
  declare publishableKey: string | undefined;
  /** `light` (default), `dark`, or `auto` (follows the visitor's system setting). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /**
   * This widget's text overrides: by language then key (`{ vi: { submit: 'Tìm' }, en: { submit: 'Find' } }`),
   * each language's applying when the widget shows that language; or by key alone, applying in every language.
   */
  declare strings: Overrides<K> | undefined;
  declare _langAttribute: string | null | undefined;

  /** The component's texts; each component sets its own (English loads when first shown: see `scheduleUpdate`). */
  protected abstract readonly catalogue: Catalogue<K>;

  #unsubscribe: (() => void) | undefined;

  /**
   * Renders into a `<div class="frame">` inside the shadow root rather than into the root itself:
   * the frame is the widget's size container (see `base` in styles.ts), so a widget lays itself
   * out by its own width (`@container`), not the viewport's. A wrapper rather than the host, so the
   * page's own rules on the host (`display`, flex items) stay the page's.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#root = super.createRenderRoot();
    const frame = document.createElement('div');
    frame.className = 'frame';
    return frame;
  }

  #root: HTMLElement | DocumentFragment | undefined;
  /** The language of the last render. */
  #shown: Locale | undefined;

  /** The frame joins the shadow root with the first render: until then the root stays empty (nothing shown, as before). */
  protected override update(changed: Parameters<LitElement['update']>[0]): void {
    super.update(changed);
    this.#shown = this.locale;
    if (this.isConnected) followLang(this, this.#shown);
    if (this.#root && this.renderRoot !== this.#root && this.renderRoot.parentNode !== this.#root) this.#root.append(this.renderRoot);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = onConfigure(() => this.requestUpdate());
    // Back in the page (moved): follow the lang above its new place; a first render registers it otherwise.
    if (this.#shown) {
      followLang(this, this.#shown);
      if (this.locale !== this.#shown) this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    followLang(this, undefined);
  }

  /**
   * Holds an update in English until the component's English texts are loaded (the first English
   * widget of a kind on the page loads them; the others wait for the same load), so a widget never
   * shows Vietnamese before its English: the first render waits (nothing is shown), a switch to
   * English keeps the current text meanwhile. `updateComplete` includes that wait.
   *
   * A failed load renders in Vietnamese rather than nothing ({@link translate} falls back). After a
   * failure a widget already on screen is not held again: it renders at once, in Vietnamese, while
   * the load is tried anew in the background, and re-renders in English when that succeeds.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale === 'en' ? loadEnglish(this.catalogue) : undefined;
    if (!loading) return super.scheduleUpdate();
    if (this.hasUpdated && englishFailed(this.catalogue)) {
      // Only on success: a failure again must not start a render that tries again, and so on.
      void loading.then(() => {
        if (hasEnglish(this.catalogue)) this.requestUpdate();
      });
      return super.scheduleUpdate();
    }
    return loading.then(() => super.scheduleUpdate());
  }

  /**
   * The widget's language: its own `lang`, else the page configuration's, else the nearest `lang` above
   * it, else `vi`. A change of any of them re-renders the widget in the new language.
   */
  get locale(): Locale {
    return toLocale(this.getAttribute('lang')) ?? pageConfig().locale ?? toLocale(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ?? 'vi';
  }

  /**
   * One SDK resource for this widget, e.g. `this.api(services).search(…)`: the widget imports only the
   * resources it uses (`@dvc-kit/sdk/services`…), so a page carries only their code and schemas.
   * Throws, with a message in the widget's language, when the page has no address or key yet (or
   * they are malformed): a `ConfigurationError`; `renderError` shows it.
   */
  protected api<T>(resource: (connection: DvcConnection) => T): T {
    let connection: DvcConnection | undefined;
    try {
      connection = connectionFor(this.baseUrl || undefined, this.publishableKey || undefined, this.locale);
    } catch (error) {
      // connect() refuses a malformed address or key with a validation error in the widget's language.
      throw new ConfigurationError((error as Error).message, { cause: error });
    }
    if (!connection) throw new ConfigurationError(this.locale === 'vi'
      ? 'Chưa cấu hình DVC Kit: cần địa chỉ API (base-url) và khóa công khai (publishable-key).'
      : 'DVC Kit is not configured: it needs the API address (base-url) and a publishable key (publishable-key).');
    return resource(connection);
  }

  /**
   * Where and as whom this widget talks to the API, as one string (address, key, language, and
   * which ready client). Put it in every `Task`'s args, so loading re-runs when the page's
   * configuration arrives late (a `<dvc-config>` after the widget) or changes.
   */
  protected get connection(): string {
    const page = pageConfig();
    return [this.baseUrl || page.baseUrl, this.publishableKey || page.publishableKey, this.locale, clientId(page.client)].join('\n');
  }

  /** The text for `key` in this widget's language, with overrides and `{placeholders}` filled in. */
  protected t(key: K, params?: TextParams): string {
    const locale = this.locale;
    return translate(textsOf(this.catalogue, locale), locale, key, params, this.strings);
  }

  /**
   * A counted text: `<base>.one` or `<base>.other` by the language's plural rules (`Intl.PluralRules`),
   * `{count}` filled in: `1 original`, `0 originals`, `2 bản chính`.
   */
  protected n(base: string, count: number, params?: TextParams): string {
    return this.t(plural(base, this.locale, count) as K, { count, ...params });
  }

  /**
   * The text for `key` with some `{placeholders}` filled by template parts, e.g. content marked as
   * Vietnamese with `inVietnamese` (strings stay plain text).
   */
  protected tc(key: K, params: Readonly<Record<string, unknown>>): TemplateResult {
    return fillParts(this.t(key), this.locale, params);
  }

  /** Dispatches a composed, bubbling event that crosses shadow roots. */
  protected emit<D>(name: `dvc-${string}`, detail: D, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<D>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}

/**
 * The `aria-level` of a widget's heading from its `heading-level` attribute, so the widget fits the
 * page's outline: its top heading at `base` (2 when unset or not a number), each heading under it
 * `offset` levels deeper, never past 6. The tags stay h2/h3/h4, the shadow root's own outline.
 * (Here, in the module every widget loads: a module of its own would be one more file for a page.)
 */
export const headingLevel = (base: number, offset = 0): number => Math.min(6, Math.max(2, Math.trunc(base) || 2) + offset);
