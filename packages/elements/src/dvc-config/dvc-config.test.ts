import { html } from 'lit';
import { services, type ServicesResource } from '@dvc-kit/sdk/services';
import { DvcElement } from '../shared/dvc-element.js';
import { configure } from '../shared/config.js';
import { errorMessage } from '../shared/errors.js';
import type { Catalogue } from '../shared/localize.js';
import { $, assert, cleanup, equal, expectAccessible, fixture, press, sandbox, type, waitFor } from '../test-support.js';
import './index.js';

const catalogue: Catalogue<'hello'> = { vi: { hello: 'Xin chào {name}' }, en: () => Promise.resolve({ strings: { hello: 'Hello {name}' } }) };

/** A widget reduced to what every widget shares: configuration, language, texts. */
class ProbeElement extends DvcElement<'hello'> {
  protected readonly catalogue = catalogue;
  status = '';
  services(): ServicesResource | string {
    try {
      return this.api(services);
    } catch (error) {
      return errorMessage(error, this.locale);
    }
  }
  override render() {
    return html`<p>${this.t('hello', { name: '<b>bạn</b>' })}</p><label for="i">Tên</label><input id="i" />`;
  }
}
customElements.define('dvc-probe', ProbeElement);

describe('<dvc-config> and what every widget shares', () => {
  afterEach(() => {
    cleanup();
    configure({ baseUrl: undefined, publishableKey: undefined, locale: undefined, strings: {} });
  });

  it('tells the page author what is missing until the page is configured', async () => {
    const probe = await fixture<ProbeElement>(html`<dvc-probe></dvc-probe>`);
    const message = probe.services();
    assert(typeof message === 'string' && message.includes('base-url') && message.includes('publishable-key'), `configuration message: ${String(message)}`);
  });

  it('configures every widget on the page from markup, and a widget may override the language', async () => {
    const { sandboxUrl, publishableKey } = await sandbox();
    const container = await fixture<HTMLDivElement>(html`<div>
      <dvc-config base-url=${sandboxUrl} publishable-key=${publishableKey} lang="en"></dvc-config>
      <dvc-probe></dvc-probe><dvc-probe lang="vi"></dvc-probe>
    </div>`);
    const [english, vietnamese] = [...container.querySelectorAll<ProbeElement>('dvc-probe')];
    await english!.updateComplete;
    equal($(english!, 'p')!.textContent, 'Hello <b>bạn</b>', 'English text, the placeholder kept as text');
    equal($(vietnamese!, 'p')!.textContent, 'Xin chào <b>bạn</b>', 'Vietnamese by its own lang');
    const client = english!.services();
    assert(typeof client !== 'string', 'a client once configured');
    const found = await client.search({ q: 'khai sinh', limit: 1 });
    equal(found.data.length, 1, 'the configured client reaches the sandbox');
  });

  it('follows the page language when nothing else is set, and takes string overrides', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en-GB"><dvc-probe></dvc-probe></div>`);
    const probe = container.querySelector<ProbeElement>('dvc-probe')!;
    equal(probe.locale, 'en', 'language from the nearest lang');
    configure({ strings: { en: { hello: 'Welcome, {name}' } } });
    await waitFor(() => $(probe, 'p')!.textContent === 'Welcome, <b>bạn</b>', 'page-wide override');
    probe.strings = { hello: 'Hi {name}' };
    await probe.updateComplete;
    equal($(probe, 'p')!.textContent, 'Hi <b>bạn</b>', 'element override wins');
  });

  it('takes keyboard input and passes axe', async () => {
    const probe = await fixture<ProbeElement>(html`<dvc-probe></dvc-probe>`);
    $(probe, 'input')!.focus();
    await type('Nguyễn Văn An');
    await press('Backspace');
    equal($<HTMLInputElement>(probe, 'input')!.value, 'Nguyễn Văn A', 'typed with the keyboard');
    await press('Control+a');
    await press('Backspace');
    equal($<HTMLInputElement>(probe, 'input')!.value, '', 'a chord (Control+A) selects all');
    await expectAccessible(probe, 'probe');
  });
});
