// Theming as a page author uses it: the documented --dvc-* custom properties set on an ancestor,
// the theme attribute (light, dark, auto), and ::part. axe checks contrast in the dark theme too.
import { html } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { $, cleanup, equal, expectAccessible, fixture, useSandbox, waitFor } from '../test-support.js';
import type { DvcServiceDetail } from '../dvc-service-detail/index.js';
import type { DvcServiceSearch } from '../dvc-service-search/index.js';
import '../dvc-service-detail/index.js';
import '../dvc-service-search/index.js';

const background = (element: Element) => getComputedStyle(element).backgroundColor;
// Emulating the system colour scheme needs the Chrome DevTools Protocol; Firefox runs over WebDriver BiDi.
const canEmulate = !navigator.userAgent.includes('Firefox');

describe('theming', () => {
  before(() => useSandbox('vi'));
  afterEach(async () => {
    cleanup();
    if (canEmulate) await emulateMedia({ colorScheme: 'light' });
  });

  it('takes the page\'s colours from --dvc-* custom properties set on an ancestor', async () => {
    const container = await fixture<HTMLDivElement>(html`<div class="themed"><dvc-service-search hide-filters></dvc-service-search></div>`);
    const search = container.querySelector<DvcServiceSearch>('dvc-service-search')!;
    await search.updateComplete;
    const button = $(search, '[part="submit"]')!;
    equal(background(button), 'rgb(179, 38, 30)', 'default primary');
    container.style.setProperty('--dvc-color-primary', 'rgb(0, 70, 140)');
    equal(background(button), 'rgb(0, 70, 140)', 'the page\'s primary colour');
  });

  it('switches to dark with theme="dark" and follows the system with theme="auto", accessible in both', async () => {
    const search = await fixture<DvcServiceSearch>(html`<dvc-service-search theme="dark" query="khai sinh"></dvc-service-search>`);
    equal(getComputedStyle(search).backgroundColor, 'rgb(28, 27, 31)', 'dark surface');
    await waitFor(() => $(search, '[part="result"]'), 'results');
    await expectAccessible(search, 'dark theme with results');

    const detail = await fixture<DvcServiceDetail>(html`<dvc-service-detail theme="auto" code="1.001193"></dvc-service-detail>`);
    await waitFor(() => $(detail, '[part="title"]'), 'the procedure');
    equal(getComputedStyle(detail).backgroundColor, 'rgb(255, 255, 255)', 'auto follows a light system');
    if (!canEmulate) return;
    await emulateMedia({ colorScheme: 'dark' });
    await waitFor(() => getComputedStyle(detail).backgroundColor === 'rgb(28, 27, 31)', 'auto follows a dark system');
    await expectAccessible(detail, 'auto theme on a dark system');
  });
});
