// Shared helpers of the component tests (Chromium and Firefox ESR via @web/test-runner, mocha),
// which run against the real sandbox started by web-test-runner.config.mjs. Input goes through the
// browser's own keyboard and mouse (sendKeys / sendMouse drive the browser over its automation
// protocol), so focus, key events and clicks behave as they do for a person.
import { render, type TemplateResult } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createClient, type ClientOptions, type Dossier, type DossierStatus, type DvcClient } from '@dvc-kit/sdk';
import { forgetAccountSessions } from './shared/account.js';
import { configure } from './shared/config.js';

// Mocha's globals, provided by @web/test-runner (no @types/mocha in this repo).
declare global {
  const describe: (name: string, fn: () => void) => void;
  const it: (name: string, fn: () => void | Promise<void>) => void;
  const before: (fn: () => void | Promise<void>) => void;
  const beforeEach: (fn: () => void | Promise<void>) => void;
  const afterEach: (fn: () => void | Promise<void>) => void;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

export function equal(actual: unknown, expected: unknown, what: string): void {
  assert(Object.is(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The sandbox started by web-test-runner.config.mjs, served as a virtual module. */
export async function sandbox(): Promise<{ sandboxUrl: string; publishableKey: string }> {
  const path: string = '/__dvc__/sandbox.js'; // a variable, so TypeScript does not try to resolve it
  return (await import(path)) as { sandboxUrl: string; publishableKey: string };
}

/**
 * A client of the sandbox: for a test's own calls (set up data, read what a widget did; `retry: 0`
 * to see failures at once), or for the widgets (`configure({ client })`, with a `fetch` that watches).
 */
export async function sandboxClient(options: Omit<ClientOptions, 'baseUrl' | 'key'> = {}): Promise<DvcClient> {
  const { sandboxUrl, publishableKey } = await sandbox();
  return createClient({ baseUrl: sandboxUrl, key: publishableKey, ...options });
}

/** Points every widget at the sandbox, in Vietnamese unless told otherwise. */
export async function useSandbox(locale: 'vi' | 'en' = 'vi'): Promise<void> {
  const { sandboxUrl, publishableKey } = await sandbox();
  configure({ baseUrl: sandboxUrl, publishableKey, locale });
}

/** Moves a dossier as the agency would, through the dev server's test-only admin route (the secret key stays in Node). */
export async function move(code: string, status?: DossierStatus, note?: string): Promise<Dossier> {
  const query = new URLSearchParams({ code, ...(status ? { status } : {}), ...(note ? { note } : {}) });
  const response = await fetch(`/__dvc__/admin/move?${query}`, { method: 'POST' });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`admin move ${code} → ${status ?? 'next'} failed: ${response.status} ${JSON.stringify(body)}`);
  return body as Dossier;
}

/**
 * The instants at which the suites that render dates run their date tests, with the text each must
 * show. Both are given in Vietnam's time; the second is still the 30th in UTC, so a date written in
 * the machine's or UTC's zone shows the wrong day.
 */
export const clockCases = [
  { what: 'a single-digit day', at: '2026-12-07T09:05:00+07:00', vi: '07/12/2026 09:05', en: '7 Dec 2026, 09:05' },
  { what: 'a month\'s last day', at: '2027-01-31T06:30:00+07:00', vi: '31/01/2027 06:30', en: '31 Jan 2027, 06:30' },
] as const;

const RealDate = Date;

/**
 * Sets the clock to `at` for the sandbox of this browser (through the dev server's test-only route)
 * and for this page (`Date.now()` and `new Date()`); both run on from there. Undo with {@link resetClock}.
 */
export async function setClock(at: string): Promise<void> {
  const target = RealDate.parse(at);
  assert(!Number.isNaN(target), `an ISO instant: ${at}`);
  const response = await fetch(`/__dvc__/clock?at=${encodeURIComponent(at)}`, { method: 'POST' });
  if (!response.ok) throw new Error(`setting the sandbox clock failed: ${response.status} ${await response.text()}`);
  const offset = target - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (real, args: unknown[], newTarget) => Reflect.construct(real, args.length ? args : [now()], newTarget) as object,
    apply: (real, self, args: unknown[]) => (args.length ? Reflect.apply(real, self, args) : new real(now()).toString()) as string,
    get: (real, key, receiver) => (key === 'now' ? now : Reflect.get(real, key, receiver) as unknown),
  });
}

/** Puts the sandbox's clock and this page's back on the machine's time. */
export async function resetClock(): Promise<void> {
  globalThis.Date = RealDate;
  const response = await fetch('/__dvc__/clock', { method: 'POST' });
  if (!response.ok) throw new Error(`resetting the sandbox clock failed: ${response.status}`);
}

/** The Vietnamese calendar date (dd/MM/yyyy) of an instant, worked out without the kit's formatter. */
export function vietnamDay(iso: string): string {
  const [year, month, day] = new RealDate(RealDate.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

const mounted: HTMLElement[] = [];

/** Renders `template` into a fresh container in the page and waits for the first element's first render. */
export async function fixture<E extends HTMLElement>(template: TemplateResult): Promise<E> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const element = container.firstElementChild as E;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Removes every fixture (call in `afterEach`). */
export function cleanup(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** Waits until `check` returns something truthy (and returns it); fails with `what` after `timeout` ms. */
export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeout = 5000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    let last: unknown;
    try {
      const value = check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (performance.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The first match of `selector` inside `host`'s shadow root. */
export function $<E extends Element = HTMLElement>(host: Element, selector: string): E | null {
  return host.shadowRoot!.querySelector<E>(selector);
}

/** Every match of `selector` inside `host`'s shadow root. */
export function $$<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...host.shadowRoot!.querySelectorAll<E>(selector)];
}

/**
 * The outline a screen reader hears in `host` (its shadow root, and the widgets inside it, in order):
 * each heading's `aria-level`, e.g. `"3 4 4 5"`. Fails when a heading has no `aria-level` (its tag
 * would speak for it, whatever `heading-level` says), when the first is not at `base`, when one is
 * above `base` or past 6, or when one goes more than a level deeper than the heading before it.
 */
export function expectOutline(host: Element, base: number, state: string): string {
  const levels: number[] = [];
  const walk = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (/^h[1-6]$/.test(element.localName) || element.getAttribute('role') === 'heading') {
        const level = element.getAttribute('aria-level');
        assert(level !== null && /^[1-6]$/.test(level),
          `in state "${state}", the heading "${element.textContent?.trim()}" (${element.localName}) has no aria-level`);
        levels.push(Number(level));
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  const outline = levels.join(' ');
  assert(levels.length > 0, `in state "${state}", no heading`);
  assert(levels[0] === base, `in state "${state}", the first heading is at ${levels[0]}, not ${base}: ${outline}`);
  levels.forEach((level, i) => {
    assert(level >= base && level <= 6, `in state "${state}", a heading at ${level}, outside ${base}–6: ${outline}`);
    assert(i === 0 || level <= levels[i - 1]! + 1, `in state "${state}", a heading skips from ${levels[i - 1]} to ${level}: ${outline}`);
  });
  return outline;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Types text with the keyboard into whatever has focus. */
export function type(text: string): Promise<void> {
  return sendKeys({ type: text });
}

/**
 * Presses one key (`Enter`, `ArrowDown`, `Tab`) or a chord (`Shift+Tab`, `Control+a`): modifiers are
 * held down around the key, since not every browser driver understands chords in one `press`.
 */
export async function press(key: string): Promise<void> {
  const parts = key.length > 1 ? key.split('+') : [key];
  const main = parts.pop()!;
  for (const modifier of parts) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: main === 'Space' ? ' ' : main });
  } finally {
    for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
  }
}

/**
 * Firefox offers what was typed in earlier tests (its form history) in a popup that swallows the
 * next click outside it. The popup may open a moment after typing, so Escape alone races it: leave
 * the field too (a person's next click would), which closes the popup for good.
 */
export async function closeSuggestions(): Promise<void> {
  await press('Escape');
  const typedIn = deepActiveElement() as HTMLElement | null;
  typedIn?.blur();
  await waitFor(() => !typedIn || deepActiveElement() !== typedIn, 'the field to lose focus');
  // Firefox closes its popup in the browser's own process, a moment after the blur; the page cannot
  // observe it (waiting for the blur alone made Firefox swallow the next click), so give it that moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Clicks the middle of `element` with the mouse (scrolling it into view first). */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Presses Tab until `target` has focus; fails after `max` presses (a keyboard trap or an unreachable control). */
export async function tabTo(target: Element, max = 40, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (deepActiveElement() === target) return;
    await press(key);
  }
  assert(deepActiveElement() === target, `${describe_(target)} reachable with ${key}`);
}

function describe_(element: Element): string {
  return `<${element.localName}${element.id ? `#${element.id}` : ''}>`;
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
let axeLoaded: Promise<void> | undefined;

/**
 * Runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on `element`, shadow roots included, and
 * fails listing every violation.
 */
export async function expectAccessible(element: Element, state: string): Promise<void> {
  axeLoaded ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('could not load axe-core'));
    document.head.append(script);
  });
  await axeLoaded;
  const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResult> } }).axe;
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n    ')}`);
  assert(found.length === 0, `axe found ${found.length} violation(s) in state "${state}":\n  ${found.join('\n  ')}`);
}

/** A `File` as a person would pick it (for `<input type="file">`, set through a DataTransfer). */
export function pickFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A small PDF-looking file (the sandbox checks the leading bytes of PDFs). */
export function pdf(name = 'giay-to.pdf', size = 2048): File {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], name, { type: 'application/pdf' });
}

/** Answers a petition as the agency would, through the dev server's test-only admin route. */
export async function answer(code: string, text: string, extra: { officer?: string; agency?: string } = {}): Promise<unknown> {
  const query = new URLSearchParams({ code, text, ...extra });
  const response = await fetch(`/__dvc__/admin/answer?${query}`, { method: 'POST' });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`admin answer ${code} failed: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** A dossier submitted by {@link submitDossier}, and the verifier it is tracked with. */
export interface SubmittedDossier {
  dossier: Dossier;
  /** The applicant's mobile number: the verifier the tracker and the payment widget ask for. */
  phone: string;
}

/**
 * Submits a valid dossier of a procedure to this browser's sandbox with the SDK, as the dossier form
 * would: the repository's one valid-submission builder (`validSubmission`: the contract's sample
 * answers to the procedure's declaration form, a tiny PDF uploaded into every required document slot
 * that applies, the first commune of the province for a commune-level procedure). For tests that need
 * a dossier to track, pay or supplement.
 */
export async function submitDossier(
  service = '1.001193',
  o: { province?: string; phone?: string; fullName?: string; formData?: Record<string, unknown> } = {},
): Promise<SubmittedDossier> {
  const [{ connect }, { dossiers }, { validSubmission, citizen }] = await Promise.all([
    import('@dvc-kit/sdk/core'), import('@dvc-kit/sdk/dossiers'), import('@dvc-kit/sandbox/testing/submission'),
  ]);
  const { sandboxUrl, publishableKey } = await sandbox();
  const phone = o.phone ?? citizen.phone;
  const input = await validSubmission({ url: sandboxUrl, key: publishableKey }, service, {
    province: o.province ?? '46',
    applicant: { ...citizen, phone, ...(o.fullName ? { fullName: o.fullName } : {}) },
    ...(o.formData ? { formData: o.formData as never } : {}),
  });
  const dossier = await dossiers(connect({ baseUrl: sandboxUrl, key: publishableKey })).submit(input);
  return { dossier, phone };
}

/**
 * Logs this browser in as a test persona of the sandbox's identity provider, through the dev server's
 * login routes (the BFF at /auth/; see web-test-runner.config.mjs), and makes the widgets read the
 * session anew. {@link logOut} ends it.
 */
export async function logIn(persona: 'test-citizen-level2' | 'test-citizen-level1' | 'test-business' = 'test-citizen-level2'): Promise<void> {
  const response = await fetch(`/__dvc__/login?persona=${persona}`, { method: 'POST' });
  if (!response.ok) throw new Error(`logging in as ${persona} failed: ${response.status} ${await response.text()}`);
  forgetAccountSessions();
}

/**
 * The hooks of a suite of account widgets: before each test, the sandbox, the page's login routes
 * (`accountUrl: '/auth'`) and nobody logged in; after it, no fixture and no login left behind.
 */
export function useAccountSandbox(): void {
  beforeEach(async () => {
    await useSandbox();
    configure({ accountUrl: '/auth' });
    await logOut();
  });
  afterEach(async () => {
    cleanup();
    configure({ accountUrl: undefined });
    await logOut();
  });
}

/** Ends this browser's login (see {@link logIn}). */
export async function logOut(): Promise<void> {
  await fetch('/__dvc__/login', { method: 'DELETE' });
  forgetAccountSessions();
}

/**
 * Vietnamese text in `host`'s shadow DOM (nested shadow roots too) that is not under lang="vi": text
 * nodes and aria-label, placeholder, title and alt values with a letter only Vietnamese uses among the
 * kit's two languages (đ, or a breve, horn, hook above, dot below, circumflex, tilde, grave or acute
 * on the NFD form), whose nearest `lang` above (crossing shadow roots to their hosts) is not `vi…`.
 * The same detector as the examples' check (examples/provincial-portal/languages.test.ts).
 */
export function unmarkedVietnamese(host: Element): string[] {
  const vietnamese = (text: string) => /[đĐ\u0300\u0301\u0302\u0303\u0306\u0309\u0323\u031b]/.test(text.normalize('NFD'));
  const languageOf = (start: Node): string => {
    for (let node: Node | null = start; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    }
    return '';
  };
  const unmarked = (node: Node) => !languageOf(node).toLowerCase().startsWith('vi');
  const found: string[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const text = node.data.trim();
        if (text && node.parentElement?.localName !== 'style' && vietnamese(text) && unmarked(node)) found.push(`"${text}"`);
      } else if (node instanceof Element) {
        for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
          const value = node.getAttribute(name);
          if (value && vietnamese(value) && unmarked(node)) found.push(`${name}="${value}"`);
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return found;
}
