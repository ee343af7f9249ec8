/**
 * The one-tag embed, `/cdn/dvc-kit.js`: a small module that loads each widget's code the first time
 * its tag appears in the page (in the markup, or added later by a script), so a page pays only for
 * the widgets it shows. The build writes in, for every tag, its module and every module that module
 * imports statically; the loader asks for all of them at once (`<link rel="modulepreload">` for the
 * imports, then `import()` of the widget), so a widget costs no round trip after the loader. Shared
 * code (lit, the SDK's core, the kit's styles) is fetched once for every widget that needs it. A
 * page's `<dvc-config>` is defined before its widgets, as with a single script in document order.
 *
 * It also exports `configure`, for pages that set the configuration from a script. The API client and
 * the date format for a page's own script are in `/cdn/sdk.js`; `/cdn/dvc-kit.bundle.js` is the
 * single-file build of every widget for pages that prefer one request.
 * @packageDocumentation
 */
export { configure, type DvcConfig } from '../shared/config.js';

/** Each tag's module, then every module it imports statically, relative to this file (written in by the build). */
const widgets = JSON.parse('__DVC_WIDGETS__') as Record<string, string[]>;
const tags = Object.keys(widgets);
const selector = tags.join(',');
const requested = new Set<string>();
const preloaded = new Set<string>();

function preload(file: string): void {
  if (preloaded.has(file)) return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, import.meta.url).href;
  document.head.append(link);
}

/** Settles once `<dvc-config>` is defined (at once when the page has none): widgets start after it. */
let configured: Promise<unknown> = Promise.resolve();

function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  const [module, ...imports] = widgets[tag]!;
  for (const file of imports) preload(file);
  const url = new URL(module!, import.meta.url).href;
  // The page's <dvc-config> is defined before any widget, as a single script would do in document
  // order: a widget never starts without the page's address and key, nor restores a draft twice. Its
  // module is fetched meanwhile (preloaded), so the wait costs no round trip.
  let loading: Promise<unknown>;
  if (tag === 'dvc-config') configured = loading = import(url);
  else {
    preload(module!);
    loading = configured.catch(() => undefined).then(() => import(url));
  }
  loading.catch((error: unknown) => {
    // A module that failed to load stays failed in this page (browsers keep the failure): say which.
    console.error(`DVC Kit: <${tag}> could not be loaded (không tải được <${tag}>).`, error);
  });
}

function scan(root: Element | Document): void {
  const found = [...root.querySelectorAll(selector)].map((element) => element.localName);
  if (root instanceof Element && Object.hasOwn(widgets, root.localName)) found.unshift(root.localName);
  if (found.includes('dvc-config')) load('dvc-config');
  for (const tag of found) load(tag);
  if (requested.size === tags.length) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});
observer.observe(document, { childList: true, subtree: true });
scan(document);
