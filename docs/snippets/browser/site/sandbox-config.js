// Test only. On the demo server (`npm start`) these pages would say base-url="/"; under the test runner
// the sandbox listens on another port, so this file gives <dvc-config> its address, as a CMS would
// write it in the markup. The pages' own regions (what the guide shows) do not depend on it.
const { sandboxUrl } = await import('/__dvc__/sandbox.js');
document.querySelector('dvc-config').setAttribute('base-url', sandboxUrl);
