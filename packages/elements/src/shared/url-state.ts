// A widget's state in the page's URL (opt-in, e.g. <dvc-service-search url-state>): kept apart from
// url.ts, which every widget loads, so that only a widget that keeps state there pays for it.
/** The page URL's query parameters whose names start with `prefix`, keyed without it. */
export function urlParams(prefix: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(location.search)) if (name.startsWith(prefix)) params.set(name.slice(prefix.length), value);
  return params;
}

/**
 * Puts `params` (names without `prefix`) in the page URL's query string in place of the `prefix…`
 * parameters there: a new history entry with `push`, else the current entry replaced. The page's own
 * parameters stay exactly as written (not re-encoded) and so does the hash; an unchanged URL adds no entry.
 */
export function setUrlParams(prefix: string, params: Readonly<Record<string, string>>, push: boolean): void {
  const ours = new URLSearchParams(Object.entries(params).map(([name, value]) => [prefix + name, value])).toString();
  const search = [...location.search.slice(1).split('&').filter((part) => part && !part.startsWith(prefix)), ours].filter(Boolean).join('&');
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  if (url === location.pathname + location.search + location.hash) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(history.state, '', url);
}
