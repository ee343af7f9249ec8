/**
 * `value` if it is an absolute http(s) URL (or a same-page relative one), else `undefined`: server
 * data never becomes a `javascript:` or `data:` link.
 */
export function safeUrl(value: string | null | undefined, base = document.baseURI): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fills `{name}` placeholders of a link template with URL-encoded values (`/thu-tuc/{code}`). */
export function fillHref(template: string, values: Readonly<Record<string, string>>): string | undefined {
  return safeUrl(template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? encodeURIComponent(values[name]!) : whole)));
}
