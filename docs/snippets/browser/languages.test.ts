// The browser half of the languages guide (docs/languages.md): how a widget picks its language, and
// how a page or one element changes the widgets' texts. Checked on the texts a visitor sees.
import { $, assert, cleanup, equal, sandbox, waitFor } from '../../../packages/elements/src/test-support.js';
import { configure } from '../../../packages/elements/src/index.js';
import { mountRegion, unmount } from './support.js';

const page = '/docs/snippets/browser/languages.html';
const label = (el: Element) => $(el, '#query-label')?.textContent;
const submitText = (el: Element) => $(el, '[part="submit"]')?.textContent?.trim();

/** configure() merges strings into what was set before; a key set to undefined falls back to the catalogue. */
function resetStrings(): void {
  const none = undefined as unknown as string;
  configure({ locale: undefined, strings: { vi: { label: none, 'resultCount.other': none, submit: none }, en: { label: none } } });
}

describe('languages guide', () => {
  beforeEach(async () => {
    const { sandboxUrl, publishableKey } = await sandbox();
    // A page configured without a language: the widgets look at the markup.
    configure({ baseUrl: sandboxUrl, publishableKey });
    resetStrings();
  });
  afterEach(() => {
    unmount();
    cleanup();
    resetStrings();
  });

  it('takes the widget\'s own lang, else the configuration\'s, else the nearest lang above it', async () => {
    const container = await mountRegion(page, 'lang-markup');
    const [inherited, own] = [...container.querySelectorAll('dvc-service-search')];
    equal(label(inherited!), 'Search administrative procedures', 'English from the nearest lang');
    equal(label(own!), 'Tìm thủ tục hành chính', 'Vietnamese from its own lang');

    // #region set-locale
    configure({ locale: 'vi' }); // what <dvc-config lang="vi"> does
    // #endregion set-locale
    await waitFor(() => label(inherited!) === 'Tìm thủ tục hành chính', 'the configuration beats the lang above');

    own!.setAttribute('lang', 'en');
    await waitFor(() => label(own!) === 'Search administrative procedures', 'a changed lang attribute re-renders');
  });

  it('changes texts page-wide, per language, with placeholders', async () => {
    // #region page-strings
    configure({
      strings: {
        vi: { label: 'Tìm dịch vụ công', 'resultCount.other': '{count} thủ tục phù hợp' },
        en: { label: 'Find a public service' },
      },
    });
    // #endregion page-strings
    const container = await mountRegion(page, 'strings-markup');
    const search = container.querySelector('dvc-service-search')!;
    equal(label(search), 'Tìm dịch vụ công', 'the page\'s label');
    const count = await waitFor(() => $(search, '.results .count')?.textContent?.trim(), 'the result count', 8000);
    assert(/^\d+ thủ tục phù hợp$/.test(count), `the count with its placeholder filled: ${count}`);
    search.setAttribute('lang', 'en');
    await waitFor(() => label(search) === 'Find a public service', 'the English override');
  });

  it('shares page-wide keys between widgets; an element\'s own strings change that element only', async () => {
    const container = await mountRegion(page, 'strings-markup');
    const tracker = container.querySelector('dvc-dossier-tracker')!;
    const search = container.querySelector('dvc-service-search')!;
    equal(submitText(search), 'Tìm kiếm', 'the search button');
    equal(submitText(tracker), 'Tra cứu', 'the tracker button');

    configure({ strings: { vi: { submit: 'Gửi' } } });
    await waitFor(() => submitText(search) === 'Gửi' && submitText(tracker) === 'Gửi', 'a page-wide key changes every widget that has it');

    // #region element-strings
    document.querySelector('dvc-service-search')!.strings = { submit: 'Tìm thủ tục' };
    // #endregion element-strings
    await search.updateComplete;
    equal(submitText(search), 'Tìm thủ tục', 'the element\'s own text');
    equal(submitText(tracker), 'Gửi', 'the other widget keeps the page\'s text');
  });

  it('takes an element\'s own strings by language, each applying only in its language', async () => {
    const container = await mountRegion(page, 'strings-markup');
    const search = container.querySelector('dvc-service-search')!;
    // #region element-strings-by-language
    document.querySelector('dvc-service-search')!.strings = {
      vi: { submit: 'Tìm thủ tục' },
      en: { submit: 'Find a procedure' },
    };
    // #endregion element-strings-by-language
    await search.updateComplete;
    equal(submitText(search), 'Tìm thủ tục', 'the Vietnamese text in Vietnamese');
    search.setAttribute('lang', 'en');
    await waitFor(() => submitText(search) === 'Find a procedure', 'the English text in English');
    search.strings = { vi: { submit: 'Tìm thủ tục' } };
    await waitFor(() => submitText(search) === 'Search', 'no English override: the kit\'s English, never the Vietnamese one');
  });
});
