// dvc-page.js: a small script file served by your own site (allowed by script-src 'self', unlike an
// inline script). It hands the procedure code in the page's address (thu-tuc.html?ma=1.001193) to
// the widgets that need one, so one CMS page serves every procedure.
const code = new URLSearchParams(location.search).get('ma');
if (code) {
  document.querySelector('dvc-service-detail')?.setAttribute('code', code);
  document.querySelector('dvc-dossier-form')?.setAttribute('service', code);
  document.querySelector('dvc-petition-form')?.setAttribute('service-code', code);
}
