// The CDN builds (dist/cdn/dvc-kit.js, the loader, and dist/cdn/dvc-kit.bundle.js, the single file,
// swapped in by the test server for `?build=bundle`; built by `npm run build`), each on a page with
// every widget served with the strict
// policy of the elements issue — script-src 'self'; style-src 'self'; require-trusted-types-for
// 'script' — inside an iframe, so the policy applies to that page only. Widgets must render, style
// themselves (adopted stylesheets, no inline styles), reach the API and react to typing with zero
// violations.
import { assert, deepActiveElement, equal, press, type, waitFor } from './test-support.js';

describe('the kit under a strict Content-Security-Policy', () => {
  for (const [build, page] of [['the loader', 'index.html'], ['the single-file build', 'index.html?build=bundle']] as const) it(`${build}: renders, styles itself and works with zero violations`, async () => {
    const frame = document.createElement('iframe');
    frame.title = 'CSP page';
    frame.width = '1000';
    frame.height = '700';
    frame.src = `/packages/elements/test/csp/${page}`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { cspViolations?: string[] };
      const doc = frame.contentDocument!;
      const detail = doc.querySelector('dvc-service-detail')!;
      await waitFor(() => detail.shadowRoot?.querySelector('[part="title"]')?.textContent === 'Đăng ký khai sinh', `the detail widget loaded from the API (violations: ${JSON.stringify(win.cspViolations)}; defined: ${Boolean(win.customElements.get('dvc-service-detail'))}; content: ${detail.shadowRoot?.textContent?.slice(0, 200)})`, 8000);

      for (const tag of ['dvc-dossier-form', 'dvc-dossier-tracker', 'dvc-payment', 'dvc-petition-form', 'dvc-petition-list', 'dvc-petition-lookup', 'dvc-rating', 'dvc-portal-stats']) {
        await waitFor(() => doc.querySelector(tag)?.shadowRoot?.querySelector('button, input, select'), `<${tag}> rendered its controls`, 8000);
      }
      await waitFor(() => doc.querySelector('dvc-petition-list')!.shadowRoot!.querySelectorAll('li').length > 0, 'answered petitions listed', 8000);
      // The figures' charts: SVG drawn with geometry attributes, their look from the adopted stylesheet.
      await waitFor(() => doc.querySelector('dvc-portal-stats')!.shadowRoot!.querySelectorAll('svg rect.bar-track').length >= 5, 'the figures drawn', 8000);

      const search = doc.querySelector('dvc-service-search')!;
      const input = search.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      input.focus();
      equal(deepActiveElement()?.localName, 'iframe', 'focus is in the frame');
      await type('khai sinh');
      await waitFor(() => search.shadowRoot!.querySelectorAll('[role="option"]:not([aria-disabled])').length > 0, 'suggestions under CSP', 8000);
      await press('Escape');
      await press('Enter');
      await waitFor(() => search.shadowRoot!.querySelectorAll('[part="result"]').length === 3, 'results under CSP', 8000);

      const button = search.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!;
      equal(win.getComputedStyle(button).backgroundColor, 'rgb(179, 38, 30)', 'the kit\'s stylesheet applies (primary colour)');
      const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/dist/cdn/')[1]).filter(Boolean);
      const single = page.includes('build=bundle');
      equal(scripts.includes('dvc-kit.bundle.js'), single, `the single file loaded only on its page: ${scripts.join(', ')}`);
      equal(scripts.includes('dvc-kit.js'), !single, `the loader loaded only on its page: ${scripts.join(', ')}`);
      assert(Array.isArray(win.cspViolations), 'the violation listener ran (so it would have seen violations)');
      equal(win.cspViolations!.length, 0, `violations: ${win.cspViolations!.join('; ')}`);
      const policy = (await fetch(`/packages/elements/test/csp/${page}`)).headers.get('content-security-policy');
      equal(policy, "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'", 'the page was served with the strict policy');
    } finally {
      frame.remove();
    }
  });
});
