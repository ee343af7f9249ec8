/**
 * Registers a tag unless the page already has it (two copies of the kit on one page, e.g. the CDN
 * bundle and an npm build, must not throw).
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
