// The procedure page's one script file (allowed by script-src 'self', unlike an inline script): it
// hands the code in the page's address (thu-tuc.html?ma=1.001193), where the search's results link,
// to the widget, so one page serves every procedure.
const code = new URLSearchParams(location.search).get('ma');
if (code) document.querySelector('dvc-service-detail')?.setAttribute('code', code);
