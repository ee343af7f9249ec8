// English on demand, as a visitor's browser sees it: each widget's English texts are a module of
// their own, requested the first time the widget is shown in English and never again on the page,
// and an English widget shows nothing until they are there (never Vietnamese first).
//
// The tests share one page, as a site's visitor would: the first one must run before any English
// widget (it checks that a Vietnamese page requests no English module), the second sees the first
// English load of each widget.
import { html } from 'lit';
import { configure } from './config.js';
import { define } from './define.js';
import { DvcElement } from './dvc-element.js';
import type { Catalogue } from './localize.js';
import { strings as formStrings } from '../dvc-petition-form/dvc-petition-form.strings.js';
import { strings as trackerStrings } from '../dvc-dossier-tracker/dvc-dossier-tracker.strings.js';
import { strings as searchStrings } from '../dvc-service-search/dvc-service-search.strings.js';
import type { DvcDossierTracker } from '../dvc-dossier-tracker/dvc-dossier-tracker.js';
import { $, assert, cleanup, equal, expectAccessible, fixture, useSandbox, waitFor } from '../test-support.js';
import '../dvc-dossier-tracker/index.js';
import '../dvc-petition-form/index.js';
import '../dvc-service-search/index.js';

// The test runner loads hundreds of modules; the default buffer (250 entries) would drop later ones.
performance.setResourceTimingBufferSize(100_000);

/** How many times this page requested `tag`'s English module. */
function englishRequests(tag: string): number {
  const url = new RegExp(`/${tag}\\.strings\\.en\\.[jt]s(\\?|$)`);
  return performance.getEntriesByType('resource').filter((entry) => url.test(entry.name)).length;
}

/** Every English module this page requested (names only). */
function anyEnglishRequested(): string[] {
  return performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\.strings\.en\.[jt]s/.test(name));
}

/**
 * The Vietnamese labels of a catalogue, as they would show: the literal parts of each text around its
 * `{placeholders}` that are long enough not to occur by chance and have a Vietnamese letter (so an
 * English text can never contain one).
 */
function vietnameseLabels(catalogue: Catalogue<string>): string[] {
  return Object.values(catalogue.vi)
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4 && /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i.test(part));
}

const observers: MutationObserver[] = [];
const containers: HTMLElement[] = [];

/** What a shadow root shows: its text and the labels that live in attributes. */
function shown(root: ShadowRoot): string {
  const attributes = [...root.querySelectorAll('[aria-label], [placeholder], [title]')]
    .flatMap((element) => ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''));
  return [root.textContent ?? '', ...attributes].join('\n');
}

/**
 * Puts `<tag lang=…>` on the page and records every text its shadow root shows from then on: the
 * whole text after each batch of changes, and what each change replaced or removed (so a text shown
 * only briefly is recorded too). The shadow root exists once the element is connected, before its
 * first render, so nothing it ever renders escapes.
 */
function show(tag: string, lang?: 'vi' | 'en'): { element: HTMLElement; seen: string[] } {
  const element = document.createElement(tag);
  if (lang) element.setAttribute('lang', lang);
  const container = document.createElement('div');
  containers.push(container);
  container.append(element);
  document.body.append(container);
  const root = element.shadowRoot!;
  assert(root && root.childNodes.length === 0, `<${tag}>'s shadow root, empty before the first render`);
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.oldValue) seen.push(record.oldValue);
      for (const node of record.removedNodes) seen.push(node.textContent ?? '');
    }
    seen.push(shown(root));
  });
  observer.observe(root, {
    childList: true, subtree: true, characterData: true, characterDataOldValue: true,
    attributes: true, attributeOldValue: true, attributeFilter: ['aria-label', 'placeholder', 'title'],
  });
  observers.push(observer);
  return { element, seen };
}

function neverVietnamese(seen: string[], catalogue: Catalogue<string>, what: string): void {
  const labels = vietnameseLabels(catalogue);
  assert(labels.length > 10, `Vietnamese labels to look for in ${what}`);
  for (const text of seen) {
    const found = labels.find((label) => text.includes(label));
    assert(!found, `${what} never shows Vietnamese, but showed "${found}"`);
  }
}

/** The first text the widget showed (empty renders, if any, skipped): what a visitor sees first. */
function firstShown(seen: string[]): string {
  return seen.find((text) => text.trim()) ?? '';
}

describe('English texts, loaded on first use', () => {
  before(() => useSandbox('vi'));
  afterEach(() => {
    for (const observer of observers.splice(0)) observer.disconnect();
    for (const container of containers.splice(0)) container.remove();
    cleanup();
  });

  it('a Vietnamese page requests no English module', async () => {
    const widgets = [show('dvc-dossier-tracker'), show('dvc-petition-form'), show('dvc-service-search', 'vi')];
    for (const { element } of widgets) await (element as DvcElement).updateComplete;
    equal($(widgets[0]!.element, 'label[for="code"]')!.textContent, trackerStrings.vi['code.label'], 'the tracker in Vietnamese');
    equal($(widgets[1]!.element, 'h2')!.textContent, formStrings.vi.heading, 'the petition form in Vietnamese');
    await waitFor(() => $(widgets[2]!.element, 'input')?.getAttribute('placeholder') === searchStrings.vi.placeholder, 'the search in Vietnamese');
    equal(anyEnglishRequested().join(', '), '', 'English modules requested');
  });

  it('two widgets in English and one in Vietnamese: English from the first render, each module once', async () => {
    const tracker = show('dvc-dossier-tracker', 'en');
    const form = show('dvc-petition-form', 'en');
    const search = show('dvc-service-search', 'vi');
    await Promise.all([tracker, form, search].map(({ element }) => (element as DvcElement).updateComplete));

    // updateComplete included the wait: the texts are English now, and were English from the first render on.
    equal($(tracker.element, 'label[for="code"]')!.textContent, 'Dossier code', 'the tracker\'s label');
    equal($(form.element, 'h2')!.textContent, 'Send feedback or a recommendation', 'the petition form\'s heading');
    assert(firstShown(tracker.seen).includes('Track your dossier'), `the tracker's first render is English: ${firstShown(tracker.seen).slice(0, 80)}`);
    assert(firstShown(form.seen).includes('Send feedback or a recommendation'), `the form's first render is English: ${firstShown(form.seen).slice(0, 80)}`);
    neverVietnamese(tracker.seen, trackerStrings, 'the English tracker');
    neverVietnamese(form.seen, formStrings, 'the English petition form');
    equal($(search.element, 'input')!.getAttribute('placeholder'), searchStrings.vi.placeholder, 'the search stays Vietnamese');

    // A second tracker in English, and a re-render of the first: the module the page has is reused.
    const second = show('dvc-dossier-tracker', 'en');
    await (second.element as DvcElement).updateComplete;
    assert(firstShown(second.seen).includes('Dossier code'), 'the second tracker is English at once');
    neverVietnamese(second.seen, trackerStrings, 'the second English tracker');
    equal(englishRequests('dvc-dossier-tracker'), 1, 'requests of the tracker\'s English module');
    equal(englishRequests('dvc-petition-form'), 1, 'requests of the petition form\'s English module');
    equal(englishRequests('dvc-service-search'), 0, 'requests of the (Vietnamese) search\'s English module');

    await expectAccessible(tracker.element, 'English tracker');
    await expectAccessible(form.element, 'English petition form');
    await expectAccessible(search.element, 'Vietnamese search beside them');
  });

  it('switches en → vi → en with the module it has, overrides included', async () => {
    const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker lang="en"></dvc-dossier-tracker>`);
    const label = () => $(tracker, 'label[for="code"]')!.textContent;
    equal(label(), 'Dossier code', 'English');
    tracker.setAttribute('lang', 'vi');
    await tracker.updateComplete;
    equal(label(), trackerStrings.vi['code.label'], 'Vietnamese after lang="vi"');
    tracker.setAttribute('lang', 'en');
    await tracker.updateComplete;
    equal(label(), 'Dossier code', 'English again after lang="en"');

    // The page's language, and its and the element's overrides, in English as in Vietnamese.
    tracker.removeAttribute('lang');
    await tracker.updateComplete;
    equal(label(), trackerStrings.vi['code.label'], 'Vietnamese: the page is configured in Vietnamese');
    const hint = 'As printed on the submission receipt, for example 000.00.38.H38-251123-0001';
    configure({ locale: 'en', strings: { en: { 'code.hint': 'On your receipt' } } });
    try {
      await tracker.updateComplete;
      equal(label(), 'Dossier code', 'English after configure({ locale: \'en\' })');
      equal($(tracker, '#code-hint')!.textContent!.trim(), 'On your receipt', 'the page\'s English override');
      tracker.strings = { 'code.label': 'Your dossier\'s code' };
      await tracker.updateComplete;
      equal(label(), 'Your dossier\'s code', 'the element\'s override');
      await expectAccessible(tracker, 'English with overrides');
    } finally {
      configure({ locale: 'vi', strings: { en: { 'code.hint': hint } } });
    }
    await tracker.updateComplete;
    equal($(tracker, '[part="submit"]')!.textContent, trackerStrings.vi.submit, 'Vietnamese again');
    equal(englishRequests('dvc-dossier-tracker'), 1, 'requests of the tracker\'s English module, after every switch');
  });

  it('a failed load shows Vietnamese, warns, and is tried again on the next English render', async () => {
    // A catalogue whose English fails once, as a dropped connection would make import() fail, then loads.
    // The second attempt answers when the test says so, to see the widget meanwhile.
    let attempts = 0;
    let answer!: () => void;
    const catalogue: Catalogue<'hello'> = {
      vi: { hello: 'Xin chào' },
      en: () => (++attempts === 1
        ? Promise.reject(new TypeError('error loading dynamically imported module'))
        : new Promise((resolve) => { answer = () => resolve({ strings: { hello: 'Hello' } }); })),
    };
    class EnglishProbe extends DvcElement<'hello'> {
      protected readonly catalogue = catalogue;
      override render() {
        return html`<p>${this.t('hello')}</p>`;
      }
    }
    define('dvc-english-probe', EnglishProbe);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const first = show('dvc-english-probe', 'en');
      const second = show('dvc-english-probe', 'en');
      await Promise.all([first, second].map(({ element }) => (element as DvcElement).updateComplete));
      const text = (element: HTMLElement) => element.shadowRoot!.textContent!.trim();
      equal(text(first.element), 'Xin chào', 'Vietnamese rather than nothing after the failure');
      equal(text(second.element), 'Xin chào', 'the other widget, which waited for the same load');
      equal(attempts, 1, 'one load for both widgets');
      equal(warnings.length, 1, 'one warning');
      assert(String(warnings[0]![0]).includes('English'), `the warning says what failed: ${String(warnings[0]![0])}`);

      // The next render is not held (the widget stays usable) and tries again; English follows.
      (first.element as DvcElement).requestUpdate();
      await (first.element as DvcElement).updateComplete;
      equal(attempts, 2, 'a second attempt on the next render');
      equal(text(first.element), 'Xin chào', 'rendered meanwhile, not held');
      answer();
      await waitFor(() => text(first.element) === 'Hello', 'English once the second attempt succeeded');
      (second.element as DvcElement).requestUpdate();
      await (second.element as DvcElement).updateComplete;
      equal(text(second.element), 'Hello', 'the other widget at its next render');

      const third = show('dvc-english-probe', 'en');
      await (third.element as DvcElement).updateComplete;
      equal(text(third.element), 'Hello', 'a new widget');
      equal(firstShown(third.seen).trim(), 'Hello', 'a new widget\'s first render');
      equal(attempts, 2, 'no load once the texts are there');
      equal(warnings.length, 1, 'no warning after the success');
    } finally {
      console.warn = warn;
    }
  });
});
