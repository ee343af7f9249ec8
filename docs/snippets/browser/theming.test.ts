// The worked theme of the theming guide (docs/theming.md): theme.css and the markup of theming.html,
// checked for what a visitor sees (computed colours, parts, font) and for contrast with axe.
import { emulateMedia } from '@web/test-runner-commands';
import { $, assert, equal, expectAccessible, useSandbox, waitFor } from '../../../packages/elements/src/test-support.js';
import '../../../packages/elements/src/index.js';
import { addStylesheet, mountRegion, unmount } from './support.js';

const page = '/docs/snippets/browser/theming.html';
const background = (element: Element) => getComputedStyle(element).backgroundColor;
// Emulating the system colour scheme needs the Chrome DevTools Protocol; Firefox runs over WebDriver BiDi.
const canEmulate = !navigator.userAgent.includes('Firefox');

describe('theming guide: a worked theme', () => {
  before(async () => {
    await useSandbox('vi');
  });
  beforeEach(async () => {
    await addStylesheet('/docs/snippets/browser/theme.css');
  });
  afterEach(async () => {
    unmount();
    if (canEmulate) await emulateMedia({ colorScheme: 'light' });
  });

  it('paints the widgets in the portal\'s colours and font, with parts styled, and stays accessible', async () => {
    const container = await mountRegion(page, 'markup');
    const search = container.querySelector('dvc-service-search')!;
    const detail = container.querySelector('dvc-service-detail')!;
    const result = await waitFor(() => $(search, '[part="result"]'), 'results', 8000);
    equal(background($(search, '[part="submit"]')!), 'rgb(0, 85, 140)', 'primary colour on the search button');
    equal(getComputedStyle($(search, '[part="submit"]')!).color, 'rgb(255, 255, 255)', 'text on primary');
    equal(getComputedStyle(result).borderInlineStartColor, 'rgb(0, 85, 140)', '::part(result) styled with the token');
    equal(getComputedStyle(result).borderInlineStartWidth, '4px', '::part(result) border');
    assert(getComputedStyle(search).fontFamily.includes('Noto Sans'), `font family: ${getComputedStyle(search).fontFamily}`);
    equal(getComputedStyle($(search, 'input')!).borderRadius, '2px', '--dvc-radius (0.125rem)');
    const title = await waitFor(() => $(detail, '[part="title"]'), 'the procedure', 8000);
    equal(getComputedStyle(title).textTransform, 'uppercase', '::part(title) styled');
    await expectAccessible(container, 'the worked theme, light');
  });

  it('uses the dark values with theme="dark", and with theme="auto" on a dark system', async () => {
    const container = await mountRegion(page, 'dark-markup');
    const search = container.querySelector('dvc-service-search')!;
    const detail = container.querySelector('dvc-service-detail')!;
    await waitFor(() => $(search, '[part="result"]'), 'results', 8000);
    equal(background(search), 'rgb(28, 27, 31)', 'the kit\'s dark surface');
    equal(background($(search, '[part="submit"]')!), 'rgb(156, 202, 255)', 'the theme\'s dark primary');
    equal(getComputedStyle($(search, '[part="submit"]')!).color, 'rgb(0, 50, 90)', 'the theme\'s dark text on primary');
    await waitFor(() => $(detail, '[part="title"]'), 'the procedure', 8000);
    equal(background(detail), 'rgb(255, 255, 255)', 'auto on a light system: light');
    await expectAccessible(search, 'the worked theme, dark');
    if (!canEmulate) return;
    await emulateMedia({ colorScheme: 'dark' });
    await waitFor(() => background(detail) === 'rgb(28, 27, 31)', 'auto on a dark system: dark');
    equal(background($(detail, '.button, [part="start"]')!), 'rgb(156, 202, 255)', 'the theme\'s dark primary under auto');
    await expectAccessible(detail, 'the worked theme, auto on a dark system');
  });
});
