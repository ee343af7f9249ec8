import { configure } from '@dvc-kit/elements';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// #region configure
// Once, before the first render: every widget of the app uses this API address and key.
configure({ baseUrl: '/', publishableKey: 'pk_test_dvckit_local', locale: 'vi' });
// #endregion configure

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
