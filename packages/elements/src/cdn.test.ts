// The one-tag embed as a page loads it: packages/elements/dist/cdn/dvc-kit.js (the loader, built by
// `npm run build`) on pages served with the strict policy (test/csp/), each in an iframe so the policy
// and the page's module map are that page's own. The loader must fetch a widget's modules only when its
// tag is on the page (also when added later), each once, and English texts only for English widgets.
import { assert, equal, waitFor } from './test-support.js';

const CDN = '/packages/elements/dist/cdn/';

/** The build's table (widgets.json): the loader's modules, and each tag's module then the modules it imports. */
async function widgetTable(): Promise<{ widgets: Record<string, string[]>; loader: string[] }> {
  const response = await fetch(`${CDN}widgets.json`);
  assert(response.ok, 'the build wrote widgets.json');
  return (await response.json()) as { widgets: Record<string, string[]>; loader: string[] };
}

type Frame = { win: Window & { cspViolations?: string[] }; doc: Document; frame: HTMLIFrameElement };

async function open(page: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.title = page;
  frame.width = '1000';
  frame.height = '700';
  frame.src = `/packages/elements/test/csp/${page}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as Frame['win'], doc: frame.contentDocument! };
}

/** Every kit module this frame fetched (paths relative to the CDN folder), in order, with repeats. */
function fetched(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(CDN) && path.endsWith('.js')).map((path) => path.slice(CDN.length));
}

const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

describe('the one-tag embed (loader)', () => {
  it('loads only the widgets on the page, each module once, and a widget added later', async () => {
    const { widgets, loader } = await widgetTable();
    equal(sorted(Object.keys(widgets)).join(), 'dvc-account,dvc-config,dvc-dossier-form,dvc-dossier-tracker,dvc-my-dossiers,dvc-payment,dvc-petition-form,dvc-petition-list,dvc-petition-lookup,dvc-portal-stats,dvc-rating,dvc-service-detail,dvc-service-search', 'every tag is in the table');
    const { frame, win, doc } = await open('one.html');
    try {
      const search = doc.querySelector('dvc-service-search')!;
      await waitFor(() => search.shadowRoot?.querySelector('input[role="combobox"]'), `the search box rendered (violations: ${JSON.stringify(win.cspViolations)})`, 8000);
      const expected = sorted([...loader, ...widgets['dvc-config']!, ...widgets['dvc-service-search']!]);
      equal(sorted(fetched(win)).join('\n'), expected.join('\n'), 'the loader, <dvc-config> and the search box, nothing else');
      equal(fetched(win).length, expected.length, 'each module fetched once');
      for (const tag of ['dvc-dossier-form', 'dvc-payment', 'dvc-petition-list']) equal(win.customElements.get(tag), undefined, `<${tag}> not loaded`);

      // A script adds another widget later: the loader sees it and loads what it lacks, once.
      const list = doc.createElement('dvc-petition-list');
      list.setAttribute('page-size', '2');
      doc.querySelector('main')!.append(list);
      await waitFor(() => list.shadowRoot?.querySelectorAll('li').length, 'the added petition list upgraded and listed', 8000);
      const now = sorted([...expected, ...widgets['dvc-petition-list']!]);
      equal(sorted(fetched(win)).join('\n'), now.join('\n'), 'only what the petition list lacked was added');
      equal(fetched(win).length, now.length, 'still each module once');
      equal(fetched(win).filter((file) => file.includes('.strings.en')).length, 0, 'no English text on a Vietnamese page');
      equal(win.cspViolations!.length, 0, `violations: ${win.cspViolations!.join('; ')}`);
    } finally {
      frame.remove();
    }
  });

  it('loads each English text module once, for English widgets only', async () => {
    const { frame, win, doc } = await open('english.html');
    try {
      const [first, second] = [...doc.querySelectorAll('dvc-service-search')];
      for (const search of [first!, second!]) {
        await waitFor(() => search.shadowRoot?.querySelector('label')?.textContent?.includes('Search'), 'an English search box', 8000);
      }
      const list = doc.querySelector('dvc-petition-list')!;
      await waitFor(() => /answered petition/.test(list.shadowRoot?.textContent ?? ''), 'the English petition list', 8000);
      const english = fetched(win).filter((file) => file.includes('.strings.en'));
      equal(english.length, 2, `one English module for the two search boxes and one for the list: ${english.join(', ')}`);
      assert(english.some((file) => file.includes('dvc-service-search.strings.en')) && english.some((file) => file.includes('dvc-petition-list.strings.en')), english.join(', '));
      equal(win.cspViolations!.length, 0, `violations: ${win.cspViolations!.join('; ')}`);
    } finally {
      frame.remove();
    }
  });
});
