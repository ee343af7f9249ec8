// The React wrappers (generated with @lit/react) in a React 19 root: props reach the elements and
// events reach `on…` callbacks. React comes bundled from the dev server (see web-test-runner.config.mjs).
import type * as ReactTypes from 'react';
import type { createRoot as CreateRoot } from 'react-dom/client';
import type * as Wrappers from './index.js';
import type { configure as Configure } from '../shared/config.js';
import { $, assert, click, equal, sandbox, waitFor } from '../test-support.js';

type Bundle = typeof Wrappers & { React: typeof ReactTypes; createRoot: typeof CreateRoot; configure: typeof Configure };

async function bundle(): Promise<Bundle> {
  const path: string = '/__dvc__/react.js'; // a variable, so TypeScript does not try to resolve it
  return (await import(path)) as Bundle;
}

describe('React wrappers', () => {
  it('pass props to the widgets and events to on… callbacks', async () => {
    const { React, createRoot, configure, DvcServiceSearch, DvcServiceDetail } = await bundle();
    const { sandboxUrl, publishableKey } = await sandbox();
    configure({ baseUrl: sandboxUrl, publishableKey, locale: 'vi' });
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    try {
      const chosen: string[] = [];
      const App = () => {
        const [code, setCode] = React.useState('1.001193');
        return React.createElement(React.Fragment, null,
          React.createElement(DvcServiceSearch, {
            query: 'ket hon', hideFilters: true, pageSize: 1, // fewer than the matches (national search lists each procedure once)
            onServiceSelect: (event) => { chosen.push(event.detail.code); setCode(event.detail.code); },
          }),
          React.createElement(DvcServiceDetail, { code }));
      };
      root.render(React.createElement(App));
      const search = await waitFor(() => container.querySelector('dvc-service-search'), 'the search element');
      const detail = container.querySelector('dvc-service-detail')!;
      await waitFor(() => $(detail, '[part="title"]')?.textContent === 'Đăng ký khai sinh', 'the detail from the code prop');
      const first = await waitFor(() => $(search, '[part="result"] button'), 'results from the query prop');
      equal(search.shadowRoot!.querySelectorAll('[part="result"]').length, 1, 'pageSize prop applied');
      await click(first);
      await waitFor(() => chosen.length === 1, 'onServiceSelect called');
      assert(/kết hôn/i.test(first.textContent!), 'a marriage procedure chosen');
      await waitFor(() => $(detail, '[part="title"]')?.textContent === first.textContent!.trim(), 'the detail follows the React state');
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
