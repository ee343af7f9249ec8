// Helpers of the guides' browser snippets (docs/snippets/browser/*.test.ts). A snippet of HTML lives in
// a file between `<!-- #region name -->` and `<!-- #endregion name -->`; the guide shows that region
// (scripts/snippets.mjs) and the test puts exactly that markup in the page, so both stay the same.

const mounted: Element[] = [];

/** The markup of region `name` of the file at `url`, as the guide shows it. */
export async function regionOf(url: string, name: string): Promise<string> {
  const text = await (await fetch(url)).text();
  const match = new RegExp(`<!-- #region ${name} -->([\\s\\S]*?)<!-- #endregion ${name} -->`).exec(text);
  if (!match) throw new Error(`${url} has no region "${name}"`);
  return match[1]!;
}

/**
 * Puts region `name` of the HTML file at `url` into a new container at the end of the page and returns
 * the container. The markup is parsed inertly (DOMParser) and adopted, so the widgets in it upgrade as
 * they would on a page; scripts in it do not run (pages that need theirs are loaded in a frame).
 */
export async function mountRegion(url: string, name: string): Promise<HTMLDivElement> {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${await regionOf(url, name)}</body>`, 'text/html');
  const container = document.createElement('div');
  container.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  document.body.append(container);
  mounted.push(container);
  await Promise.all([...container.querySelectorAll('*')].map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  return container;
}

/** Adds a stylesheet to the page and waits for it to load. */
export async function addStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)), { once: true });
  });
  document.head.append(link);
  mounted.push(link);
  await loaded;
  return link;
}

/** Opens `url` in a new frame of the page and resolves with its window once it has loaded. */
export async function openFrame(url: string): Promise<{ frame: HTMLIFrameElement; win: Window; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'snippet page';
  frame.width = '1000';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  mounted.push(frame);
  await loaded;
  return { frame, win: frame.contentWindow!, doc: frame.contentDocument! };
}

/** Resolves when `frame` has loaded its next page (after a link in it was followed). */
export function nextLoad(frame: HTMLIFrameElement): Promise<Document> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame.contentDocument!), { once: true }));
}

/** Removes everything the helpers added (call in `afterEach`). */
export function unmount(): void {
  for (const element of mounted.splice(0)) element.remove();
}
