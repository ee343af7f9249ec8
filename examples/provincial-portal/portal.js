// Page glue of the Huế portal example: reads the address into the widgets' attributes, links the
// pages through the widgets' events. The home page's transparency figures are <dvc-portal-stats province="46">.
// No innerHTML anywhere.
//
// This module runs before /cdn/dvc-kit.js (it comes first in each page), so the attributes set
// below are in place when the widgets are defined and they load the right thing from the start.

const PROVINCE_NAME = 'thành phố Huế';
const params = new URLSearchParams(location.search);
const page = document.body.dataset.page;

/** `href` relative to this page, with its query string. */
function link(path, query = {}) {
  const url = new URL(path, location.href);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.pathname + url.search;
}

/** A trimmed query parameter, or '' when absent. */
function param(name) {
  return (params.get(name) ?? '').trim();
}

function show(element, visible = true) {
  if (element) element.hidden = !visible;
}

/**
 * Texts of the widgets changed for Huế (every text can be; the keys are in each component's
 * *.strings.ts): examples with Huế's codes instead of the kit's Thanh Hóa ones, in each language
 * (keyed by language, each applies only when the widget shows that language). Set before the
 * widgets are defined; Lit picks such properties up when it upgrades the element.
 */
const huesStrings = {
  'dvc-dossier-tracker': {
    vi: {
      'code.hint': 'Mã ghi trên giấy tiếp nhận hồ sơ, ví dụ: 000.00.02.H46-251123-0001',
      'code.format': 'Mã hồ sơ không đúng định dạng (ví dụ: 000.00.02.H46-251123-0001).',
    },
    en: {
      'code.hint': 'The code on the dossier receipt, for example 000.00.02.H46-251123-0001',
      'code.format': 'That is not a dossier code (for example 000.00.02.H46-251123-0001).',
    },
  },
  'dvc-petition-form': {
    vi: { serviceCodeHint: 'Nếu phản ánh về một thủ tục cụ thể, nhập mã thủ tục, ví dụ 1.001193.H46 (Đăng ký khai sinh).' },
    en: { serviceCodeHint: 'If the petition is about one procedure, enter its code, for example 1.001193.H46 (birth registration).' },
  },
};
for (const [tag, strings] of Object.entries(huesStrings)) {
  for (const element of document.querySelectorAll(tag)) element.strings = strings;
}

// ─── Menu (phones) ─────────────────────────────────────────────────────────────────────────────

/**
 * The menu's disclosure button: on a narrow screen (site.css) the six links hide behind it, so the
 * page's own content (the search on the home page) is on the first screen. Shown only once this
 * script runs: without it the menu stays open. Escape closes an open menu and returns to the button.
 */
function menu() {
  const button = document.querySelector('.menu-toggle');
  const nav = document.querySelector('.site-nav');
  if (!button || !nav) return;
  const set = (open) => button.setAttribute('aria-expanded', String(open));
  button.hidden = false;
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true' || !button.checkVisibility()) return;
    set(false);
    button.focus();
  });
}
menu();

// ─── Language of the widgets (VI/EN) ───────────────────────────────────────────────────────────
// The page's own text is Vietnamese (html lang="vi"); the switch in the header sets the language
// of the widgets, on each widget's own `lang` (so screen readers read each in its language), and
// they change without a reload. The choice is kept for the other pages of the portal.

const LANGUAGE_KEY = 'hue-portal-language';

function storedLanguage() {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage refused (privacy settings): Vietnamese, the page's language
  }
}

/** Every DVC Kit widget of the page (`<dvc-config>` is not one: it shows nothing). */
function widgets() {
  return [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dvc-') && e.localName !== 'dvc-config');
}

function setLanguage(language, buttons) {
  for (const widget of widgets()) widget.setAttribute('lang', language);
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.value === language));
}

/** An element with attributes and children (text or elements): DOM calls, no HTML strings. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function languageSwitch() {
  const buttons = [['vi', 'Tiếng Việt'], ['en', 'English']].map(([value, name]) =>
    el('button', { type: 'button', class: 'language-option', value, lang: value }, name));
  const group = el('div', { class: 'language-switch', role: 'group', 'aria-label': 'Ngôn ngữ của các tiện ích dịch vụ công' }, ...buttons);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      try {
        localStorage.setItem(LANGUAGE_KEY, button.value);
      } catch {
        // not kept across pages, but this page still switches
      }
      setLanguage(button.value, buttons);
    });
  }
  document.querySelector('.account-row')?.prepend(group);
  setLanguage(storedLanguage(), buttons);
}

// ─── Pages ─────────────────────────────────────────────────────────────────────────────────────

function procedurePage() {
  const detail = document.querySelector('dvc-service-detail');
  const code = param('code');
  if (!code) {
    show(detail, false);
    show(document.getElementById('missing-code'));
    return;
  }
  detail?.setAttribute('code', code);
  // Each procedure's page has its own title (tabs, history, bookmarks, a screen reader's first words).
  detail?.addEventListener('dvc-service-detail-load', (event) => {
    document.title = `${event.detail.name} — Cổng Dịch vụ công ${PROVINCE_NAME} (trang minh họa)`;
  });
  const petition = document.getElementById('petition-link');
  petition?.setAttribute('href', link('phan-anh.html', { service: code }));
  show(document.getElementById('related'));
}

function submissionPage() {
  const form = document.querySelector('dvc-dossier-form');
  const service = param('service');
  if (!service) {
    show(form, false);
    show(document.getElementById('form-intro'), false);
    show(document.getElementById('missing-service'));
    return;
  }
  form?.setAttribute('service', service);
}

function paymentPage() {
  const payment = document.querySelector('dvc-payment');
  const dossier = param('dossier');
  if (!dossier) {
    show(document.getElementById('dossier-lookup'));
    return;
  }
  payment?.setAttribute('dossier', dossier);
  show(payment);
  const track = document.getElementById('track-link');
  track?.setAttribute('href', link('tra-cuu.html', { code: dossier }));
  payment?.addEventListener('dvc-payment-settled', () => show(document.getElementById('after-payment')));
}

function trackingPage() {
  const tracker = document.querySelector('dvc-dossier-tracker');
  const code = param('code');
  if (code) tracker?.setAttribute('code', code);
}

function petitionPage() {
  const service = param('service');
  if (service) document.querySelector('dvc-petition-form')?.setAttribute('service-code', service);
  // From the confirmation's link (lookup-href): the petition's code, for the lookup below the form.
  const code = param('code');
  if (code) document.querySelector('dvc-petition-lookup')?.setAttribute('code', code);
}

// ─── Start ─────────────────────────────────────────────────────────────────────────────────────

languageSwitch();

switch (page) {
  case 'thu-tuc':
    procedurePage();
    break;
  case 'nop-ho-so':
    submissionPage();
    break;
  case 'thanh-toan':
    paymentPage();
    break;
  case 'tra-cuu':
    trackingPage();
    break;
  case 'phan-anh':
    petitionPage();
    break;
  default:
}
