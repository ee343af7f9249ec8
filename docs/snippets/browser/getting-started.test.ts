// The small site of the getting-started guide (docs/getting-started.md), page by page in a frame, as a
// citizen goes through it: search → a procedure's page (via detail-href) → its submission page (via
// submit-href), the draft kept in sessionStorage; and the tracking and petition pages.
import { assert, equal, waitFor } from '../../../packages/elements/src/test-support.js';
import { nextLoad, openFrame, unmount } from './support.js';

const site = '/docs/snippets/browser/site';
const shadow = (doc: Document, tag: string) => doc.querySelector(tag)?.shadowRoot ?? null;

describe('getting started: a site of plain pages', () => {
  afterEach(() => unmount());

  it('links search results to the procedure page, and the procedure to its submission page', async () => {
    const { frame, doc } = await openFrame(`${site}/tim-kiem.html`);
    const search = doc.querySelector('dvc-service-search') as HTMLElement & { search(query?: string): void };
    await waitFor(() => shadow(doc, 'dvc-service-search')?.querySelector('input'), 'the search box');
    search.search('dang ky khai sinh');
    const link = await waitFor(() => shadow(doc, 'dvc-service-search')!.querySelector<HTMLAnchorElement>('[part="result"] a'), 'results as links', 8000);
    equal(new URL(link.href).pathname + new URL(link.href).search, `${site}/thu-tuc.html?ma=1.001193`, 'detail-href with the code filled in');

    let loaded = nextLoad(frame);
    link.click();
    const procedure = await loaded;
    const title = await waitFor(() => shadow(procedure, 'dvc-service-detail')?.querySelector('[part="title"]'), 'the procedure page', 8000);
    equal(title.textContent, 'Đăng ký khai sinh', 'dvc-page.js gave the widget the code of the address');
    const start = await waitFor(() => shadow(procedure, 'dvc-service-detail')!.querySelector<HTMLAnchorElement>('a[part="start"]'), 'the start link');
    assert(start.href.endsWith(`${site}/nop-ho-so.html?ma=1.001193`), `submit-href: ${start.href}`);

    loaded = nextLoad(frame);
    start.click();
    const submission = await loaded;
    const form = submission.querySelector('dvc-dossier-form')!;
    equal(form.getAttribute('service'), '1.001193', 'the form got the procedure from the address');
    const heading = await waitFor(() => form.shadowRoot?.querySelector('[part~="heading"]'), 'the form', 8000);
    equal(heading.textContent, 'Thông tin người nộp hồ sơ', 'the first step: who applies');
    const name = await waitFor(() => form.shadowRoot!.querySelector<HTMLInputElement>('#applicant-fullName'), 'the name field');
    name.value = 'Nguyễn Thị Mai';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const draft = await waitFor(() => frame.contentWindow!.sessionStorage.getItem('dvc-kit:draft:dossier:1.001193'), 'a draft in sessionStorage');
    assert(draft.includes('Nguyễn Thị Mai'), 'the draft holds what was typed');
    frame.contentWindow!.sessionStorage.removeItem('dvc-kit:draft:dossier:1.001193');
  });

  it('serves tracking and petitions from their own pages', async () => {
    const { doc: track } = await openFrame(`${site}/tra-cuu.html`);
    await waitFor(() => shadow(track, 'dvc-dossier-tracker')?.querySelector('[part="code-input"]'), 'the tracker', 8000);
    const { doc: petitions } = await openFrame(`${site}/phan-anh.html?ma=1.004222`);
    const form = petitions.querySelector('dvc-petition-form')!;
    equal(form.getAttribute('service-code'), '1.004222', 'the related procedure from the address');
    await waitFor(() => form.shadowRoot?.querySelector('form'), 'the petition form', 8000);
    await waitFor(() => (shadow(petitions, 'dvc-petition-list')?.querySelectorAll('[part~="item"]').length ?? 0) > 0, 'answered petitions', 8000);
  });
});
