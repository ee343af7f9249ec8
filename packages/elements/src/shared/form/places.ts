// Communes and wards per province, loaded when a province is chosen and shared by every address
// field and commune select of the widget (the list of a province is loaded once).
//
//   private readonly _communes = new Communes(this, (p, signal) => this.api(services).communes(p, { signal }));
//   this._communes.of('46')   // Commune[] | 'loading' | 'failed' (and starts the load)
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { provinces } from '@dvc-kit/sdk/contract';
import type { Commune, CommuneList, Locale } from '@dvc-kit/sdk';

export class Communes implements ReactiveController {
  #lists = new Map<string, Commune[] | 'loading' | 'failed'>();
  #controller = new AbortController();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (province: string, signal: AbortSignal) => Promise<CommuneList>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#controller.abort();
    this.#controller = new AbortController();
    for (const [code, list] of this.#lists) if (list === 'loading') this.#lists.delete(code);
  }

  /** The communes of `province`: the list, `'loading'` (and loads it), or `'failed'` (see {@link retry}). */
  of(province: string): Commune[] | 'loading' | 'failed' {
    const known = this.#lists.get(province);
    if (known) return known;
    this.#lists.set(province, 'loading');
    const { signal } = this.#controller;
    void this.load(province, signal).then(
      (list) => this.#lists.set(province, list.data),
      () => { if (!signal.aborted) this.#lists.set(province, 'failed'); },
    ).finally(() => this.host.requestUpdate());
    return 'loading';
  }

  /** Loads a province's list again after a failure. */
  retry(province: string): void {
    this.#lists.delete(province);
    this.of(province);
    this.host.requestUpdate();
  }

  /** A commune's name, when its province's list is loaded. */
  name(province: string, code: string): string | undefined {
    const list = this.#lists.get(province);
    return Array.isArray(list) ? list.find((c) => c.code === code)?.name : undefined;
  }
}

/** A province's name in the language (`Huế`, `Hue City`…). */
export function provinceName(code: string, locale: Locale): string | undefined {
  const p = provinces.find((x) => x.code === code);
  return p ? (locale === 'vi' ? p.name : p.nameEn) : undefined;
}

/** The 34 provinces as select options. */
export function provinceOptions(locale: Locale): { value: string; label: string }[] {
  return provinces.map((p) => ({ value: p.code, label: locale === 'vi' ? p.name : p.nameEn }));
}
