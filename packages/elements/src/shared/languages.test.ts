// Both languages right, in widgets as a visitor's browser shows them: a widget's own overrides by
// language, counted texts by the language's plural rules (Intl.PluralRules), and the catalogue's
// Vietnamese content marked lang="vi" inside English widgets (WCAG 3.1.2 Language of Parts).
import { html } from 'lit';
import { configure } from './config.js';
import { DvcElement } from './dvc-element.js';
import { inVietnamese, plural, vietnamese, type Catalogue } from './localize.js';
import type { DvcPetitionForm } from '../dvc-petition-form/index.js';
import type { DvcPetitionList } from '../dvc-petition-list/index.js';
import { $, $$, assert, cleanup, equal, expectAccessible, fixture, unmarkedVietnamese, useSandbox, waitFor } from '../test-support.js';
import '../dvc-petition-form/index.js';
import '../dvc-petition-list/index.js';

type Key = 'hint' | 'files.one' | 'files.other';
const catalogue: Catalogue<Key> = {
  vi: { hint: 'Gợi ý', 'files.one': '{count} tệp', 'files.other': '{count} tệp' },
  en: () => Promise.resolve({ strings: { hint: 'Hint', 'files.one': '{count} file', 'files.other': '{count} files' } }),
};

/** A widget reduced to texts: a hint, a count, and a procedure name from "the catalogue". */
class LanguageProbe extends DvcElement<Key> {
  protected readonly catalogue = catalogue;
  count = 0;
  override render() {
    return html`<p class="hint">${this.t('hint')}</p><p class="count">${this.n('files', this.count)}</p>
      <h2 lang=${vietnamese(this.locale)}>Đăng ký khai sinh</h2>
      <p class="case">${this.tc('hint', {})}: ${inVietnamese(this.locale, 'Khi nộp thay')}</p>`;
  }
}
customElements.define('dvc-language-probe', LanguageProbe);

describe('both languages right', () => {
  before(() => useSandbox('vi'));
  afterEach(() => {
    cleanup();
    configure({ locale: undefined, strings: {} });
  });

  it('a widget\'s overrides by language apply only in that language; overrides without one apply in both', async () => {
    const probe = await fixture<LanguageProbe>(html`<dvc-language-probe lang="vi"></dvc-language-probe>`);
    probe.strings = { vi: { hint: 'Mã ghi trên giấy tiếp nhận' } };
    await probe.updateComplete;
    equal($(probe, '.hint')!.textContent, 'Mã ghi trên giấy tiếp nhận', 'the Vietnamese override in Vietnamese');
    probe.setAttribute('lang', 'en');
    await waitFor(() => $(probe, '.hint')!.textContent === 'Hint', 'English: the kit\'s own text, not the Vietnamese override');
    probe.strings = { vi: { hint: 'Mã ghi trên giấy tiếp nhận' }, en: { hint: 'The code on the receipt' } };
    await waitFor(() => $(probe, '.hint')!.textContent === 'The code on the receipt', 'the English override in English');
    probe.strings = { hint: 'Một văn bản cho mọi ngôn ngữ' };
    await waitFor(() => $(probe, '.hint')!.textContent === 'Một văn bản cho mọi ngôn ngữ', 'an override without a language: every language (as before)');
  });

  it('counts by Intl.PluralRules: 1 file, 0 files, 2 files; Vietnamese has one form', async () => {
    equal(plural('files', 'en', 1), 'files.one', 'en 1');
    equal(plural('files', 'en', 0), 'files.other', 'en 0');
    equal(plural('files', 'en', 1.5), 'files.other', 'en 1.5');
    equal(plural('files', 'vi', 1), 'files.other', 'vi 1: no singular form in Vietnamese');
    const probe = await fixture<LanguageProbe>(html`<dvc-language-probe lang="en"></dvc-language-probe>`);
    const counts: string[] = [];
    for (const count of [1, 0, 2, 1000]) {
      probe.count = count;
      probe.requestUpdate();
      await probe.updateComplete;
      counts.push($(probe, '.count')!.textContent!);
    }
    equal(counts.join(' | '), '1 file | 0 files | 2 files | 1,000 files', 'English counts');
    probe.setAttribute('lang', 'vi');
    await probe.updateComplete;
    equal($(probe, '.count')!.textContent, '1.000 tệp', 'Vietnamese count');
  });

  it('marks Vietnamese content lang="vi" in English, and nothing in Vietnamese', async () => {
    const probe = await fixture<LanguageProbe>(html`<dvc-language-probe lang="en"></dvc-language-probe>`);
    equal($(probe, 'h2')!.getAttribute('lang'), 'vi', 'an element holding the content');
    equal($(probe, '.case span[lang="vi"]')!.textContent, 'Khi nộp thay', 'content inside an English sentence');
    equal(unmarkedVietnamese(probe).join('\n'), '', 'nothing Vietnamese left unmarked');
    await expectAccessible(probe, 'English with Vietnamese content');
    probe.setAttribute('lang', 'vi');
    await probe.updateComplete;
    equal($$(probe, '[lang]').length, 0, 'Vietnamese: no lang inside');
  });

  it('the detector finds what is not marked (so the checks above can fail)', async () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'en');
    const root = host.attachShadow({ mode: 'open' });
    root.append(Object.assign(document.createElement('p'), { textContent: 'Bộ Tư pháp' }), Object.assign(document.createElement('p'), { textContent: 'Ministry of Justice' }));
    document.body.append(host);
    try {
      equal(unmarkedVietnamese(host).join('\n'), '"Bộ Tư pháp"', 'the Vietnamese name, not the English one');
      root.firstElementChild!.setAttribute('lang', 'vi');
      equal(unmarkedVietnamese(host).join('\n'), '', 'marked');
    } finally {
      host.remove();
    }
  });

  it('the petition form counts characters by the plural rules, in English', async () => {
    const form = await fixture<DvcPetitionForm>(html`<dvc-petition-form lang="en"></dvc-petition-form>`);
    const content = $<HTMLTextAreaElement>(form, '#content')!;
    content.value = 'a'.repeat(4999);
    content.dispatchEvent(new Event('input'));
    await waitFor(() => $(form, '.counter')!.textContent === '1 character left', 'one left');
    content.value = 'a'.repeat(5001);
    content.dispatchEvent(new Event('input'));
    await waitFor(() => $(form, '.counter')!.textContent === '1 character too many', 'one over');
    content.value = 'a'.repeat(4998);
    content.dispatchEvent(new Event('input'));
    await waitFor(() => $(form, '.counter')!.textContent === '2 characters left', 'two left');
  });

  it("follows a lang changed on an ancestor (a site's own switch), without its own lang and without a reload", async () => {
    const page = await fixture<HTMLElement>(html`<div lang="vi"><dvc-language-probe></dvc-language-probe><dvc-petition-list page-size="1"></dvc-petition-list></div>`);
    const probe = page.querySelector<LanguageProbe>('dvc-language-probe')!;
    const list = page.querySelector<DvcPetitionList>('dvc-petition-list')!;
    await waitFor(() => $(list, '#heading')?.textContent === 'Phản ánh, kiến nghị đã được trả lời', 'the list in Vietnamese');
    equal($(probe, '.hint')!.textContent, 'Gợi ý', 'Vietnamese first');
    page.setAttribute('lang', 'en');
    await waitFor(() => $(probe, '.hint')!.textContent === 'Hint', 'the probe in English');
    await waitFor(() => $(list, '#heading')?.textContent === 'Answered petitions', 'the list in English');
    equal(unmarkedVietnamese(list).join('\n'), '', 'its Vietnamese content marked, as in a widget made English');
    page.setAttribute('lang', 'vi');
    await waitFor(() => $(probe, '.hint')!.textContent === 'Gợi ý' && $(list, '#heading')?.textContent === 'Phản ánh, kiến nghị đã được trả lời', 'both back in Vietnamese');
    probe.setAttribute('lang', 'vi');
    page.setAttribute('lang', 'en-GB');
    await waitFor(() => $(list, '#heading')?.textContent === 'Answered petitions', 'the list in English again');
    await probe.updateComplete;
    equal($(probe, '.hint')!.textContent, 'Gợi ý', "a widget's own lang comes first");
    // Moved under another lang: it follows its new place.
    probe.removeAttribute('lang');
    await waitFor(() => $(probe, '.hint')!.textContent === 'Hint', 'the probe in English, as the page');
    const elsewhere = document.createElement('div');
    elsewhere.lang = 'vi';
    page.append(elsewhere);
    elsewhere.append(probe);
    await waitFor(() => $(probe, '.hint')!.textContent === 'Gợi ý', 'moved into a Vietnamese part: Vietnamese');
  });

  it('the answered petitions in English: titles, questions and answers marked lang="vi"', async () => {
    const list = await fixture<DvcPetitionList>(html`<dvc-petition-list lang="en"></dvc-petition-list>`);
    const toggle = await waitFor(() => $<HTMLButtonElement>(list, '[part~=toggle]'), 'the answered petitions');
    toggle.click();
    await list.updateComplete;
    equal(toggle.getAttribute('lang'), 'vi', 'the title');
    equal(unmarkedVietnamese(list).join('\n'), '', 'every Vietnamese text under lang="vi"');
    await expectAccessible(list, 'English, one petition open');
    assert($(list, '.answer-text'), 'an answer shown');
  });
});
