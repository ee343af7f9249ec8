import type { Module } from '../server.js';
import { expireIdempotencyKeys } from '../store/idempotency.js';

const version = '0.1.0';

export const systemModule: Module = {
  handlers: {
    health: () => ({ status: 'ok', version }),
  },
  // Idempotency answers past their retention, a bounded chunk each second.
  tick: (sb) => {
    expireIdempotencyKeys(sb);
  },
  mount(app, sb) {
    // A plain landing page for whoever opens the base URL in a browser, unless a static site
    // (the demo's examples) is served at `/`.
    if (sb.options.sites?.some((site) => site.path === '/')) return;
    app.get('/', (c) =>
      c.json({
        name: 'DVC Kit sandbox',
        version,
        openapi: `${sb.baseUrl()}/openapi.json`,
        health: `${sb.baseUrl()}/v1/health`,
        docs: 'See packages/sandbox/README.md',
      }),
    );
  },
};
