// The sandbox's address is only known at run time: the page reads it from the test server's module
// (same origin, so allowed by script-src 'self') and sets it on <dvc-config>, as a CMS would in markup.
const { sandboxUrl } = await import('/__dvc__/sandbox.js');
document.querySelector('dvc-config').setAttribute('base-url', sandboxUrl);
