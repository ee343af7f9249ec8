// Focus and announce: ONE polite live region per widget, and focus moved after the widget renders.
//
//   private readonly _say = new Announcer(this);
//   render() { return html`…${this._say.region()}`; }
//   this._say.announce(this.t('uploaded', { name }));   // polite, said once even when repeated
//   await this._say.focus('[part~="heading"]');          // after the next render
//   await this._say.focusSummary();                      // the error summary after a failed submit
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class Announcer implements ReactiveController {
  #message = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** What the region says now. */
  get message(): string {
    return this.#message;
  }

  /**
   * Says `text` politely. The region is emptied first and filled a moment later, so the same text
   * twice (two files with one name) is said twice; `''` only empties it.
   */
  announce(text: string): void {
    clearTimeout(this.#timer);
    this.#message = '';
    this.host.requestUpdate();
    if (!text) return;
    this.#timer = setTimeout(() => {
      this.#message = text;
      this.host.requestUpdate();
    }, 50);
  }

  /** The live region: render it once, at the end of the widget's template. */
  region(className = 'visually-hidden'): TemplateResult {
    return html`<div class=${className} role="status" part="announcer">${this.#message}</div>`;
  }

  /** Focuses the first match of `selector` (or the element itself) once the widget has rendered. */
  async focus(selector: string | (() => HTMLElement | null | undefined)): Promise<HTMLElement | undefined> {
    await this.host.updateComplete;
    const root = this.host.shadowRoot;
    const target = typeof selector === 'function' ? selector() : root?.querySelector<HTMLElement>(selector);
    if (!target) return undefined;
    focusControl(target);
    return target;
  }

  /** Focuses the error summary (after a failed submit). */
  focusSummary(): Promise<HTMLElement | undefined> {
    return this.focus('.error-summary');
  }
}

const controls = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * Focuses `target`, or, when it holds controls rather than being one (a fieldset of radios, an
 * address, a file slot), its checked radio or first control. Scrolled into view, centred.
 */
export function focusControl(target: HTMLElement): void {
  const own = target.matches(controls) || target.tabIndex >= 0 || target.hasAttribute('tabindex');
  const focusable = own
    ? target
    : target.querySelector<HTMLElement>('input[type=radio]:checked') ?? target.querySelector<HTMLElement>(controls) ?? target;
  focusable.scrollIntoView?.({ block: 'center' });
  focusable.focus();
}
