// Page glue of the Huế portal example: reads the address into the widgets' attributes, links the
// pages through the widgets' events, and draws the transparency figures from `GET /v1/stats`.
// No innerHTML anywhere: the figures are built with createElement and textContent.
//
// This module runs before /cdn/dvc-kit.js (it comes first in each page), so the attributes set
// below are in place when the widgets are defined and they load the right thing from the start.

/** Huế's province code (the 34 provinces since 1 July 2025). */
const PROVINCE = '46';
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
 * *.strings.ts): examples with Huế's codes instead of the kit's Thanh Hóa ones. Set before the
 * widgets are defined; Lit picks such properties up when it upgrades the element.
 */
const huesStrings = {
  'dvc-dossier-tracker': {
    'code.hint': 'Mã ghi trên giấy tiếp nhận hồ sơ, ví dụ: 000.00.02.H46-251123-0001',
    'code.format': 'Mã hồ sơ không đúng định dạng (ví dụ: 000.00.02.H46-251123-0001).',
  },
  'dvc-petition-form': {
    serviceCodeHint: 'Nếu phản ánh về một thủ tục cụ thể, nhập mã thủ tục, ví dụ 1.001193.H46 (Đăng ký khai sinh).',
  },
};
for (const [tag, strings] of Object.entries(huesStrings)) {
  for (const element of document.querySelectorAll(tag)) element.strings = strings;
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

// ─── Transparency figures (index) ──────────────────────────────────────────────────────────────

const number = new Intl.NumberFormat('vi-VN');
const score = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

function formatVnd(amount) {
  return money.format(amount);
}

/** `document.createElement(tag)` with attributes and children (strings become text nodes). */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** A card of figures: a heading and label → value rows. */
function factsCard(title, rows) {
  return el('div', { class: 'card' },
    el('h3', {}, title),
    el('dl', { class: 'facts' }, ...rows.map(([label, value]) => el('div', {}, el('dt', {}, label), el('dd', {}, value)))),
  );
}

const rate = (value) => (value === null ? 'Chưa có số liệu' : percent.format(value));

/** The service-quality index, out of 100, with a meter per group (the maxima come with the figures). */
function indexCard(index) {
  const labels = {
    disclosure: 'Công khai, minh bạch',
    progress: 'Tiến độ giải quyết',
    onlineService: 'Dịch vụ công trực tuyến, thanh toán trực tuyến',
    digitisation: 'Số hóa hồ sơ',
    satisfaction: 'Mức độ hài lòng',
  };
  return el('div', { class: 'card' },
    el('h3', {}, 'Chỉ số phục vụ người dân, doanh nghiệp'),
    el('p', { class: 'index-total' }, el('strong', {}, score.format(index.total)), ` / ${index.max} điểm`),
    el('ul', { class: 'index-parts' }, ...index.groups.map(({ group, points, max, measuredMax }) => {
      const id = `index-${group}`;
      // A group with no data scores nothing: say so rather than show a bare 0.
      const value = measuredMax === 0 ? `Chưa có số liệu (0/${max})` : `${score.format(points)}/${max}`;
      return el('li', {},
        el('label', { for: id }, labels[group] ?? group),
        el('span', {}, value),
        el('meter', { id, min: 0, max, value: points, low: max * 0.5, high: max * 0.8, optimum: max }),
      );
    })),
  );
}

function renderFigures(stats, container) {
  const { services, dossiers, payments, petitions, measures } = stats;
  container.replaceChildren(
    indexCard(stats.index),
    factsCard('Hồ sơ', [
      ['Đã tiếp nhận', number.format(dossiers.received)],
      ['Trong đó nộp trực tuyến', number.format(measures.onlineDossiers.numerator)],
      ['Đã giải quyết', number.format(dossiers.finished)],
      ['Giải quyết đúng hạn', rate(measures.onTime.rate)],
      ['Đang quá hạn', number.format(dossiers.overdue)],
    ]),
    factsCard('Thủ tục và thanh toán', [
      ['Thủ tục hành chính', number.format(services.total)],
      ['Trực tuyến toàn trình', number.format(services.fullyOnline)],
      ['Trực tuyến một phần', number.format(services.partlyOnline)],
      ['Giao dịch thanh toán thành công', number.format(payments.succeeded)],
      ['Số tiền đã thanh toán', formatVnd(payments.amount)],
    ]),
    factsCard('Phản ánh, kiến nghị', [
      ['Đã tiếp nhận', number.format(petitions.received)],
      ['Đã trả lời', number.format(petitions.answered)],
      ['Trả lời đúng hạn', rate(measures.petitionsOnTime.rate)],
    ]),
  );
}

async function figures() {
  const container = document.getElementById('figures');
  const status = document.getElementById('figures-status');
  const refresh = document.getElementById('figures-refresh');
  if (!container || !status) return;
  // The same address and key as the widgets: read from the page's <dvc-config>.
  const config = document.querySelector('dvc-config');
  const { createClient, formatDate } = await import('/cdn/sdk.js');
  const dvc = createClient({
    baseUrl: config?.getAttribute('base-url') ?? '/',
    key: config?.getAttribute('publishable-key') ?? '',
    locale: 'vi',
  });
  let controller;
  const load = async () => {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    container.setAttribute('aria-busy', 'true');
    status.textContent = 'Đang tải số liệu…';
    try {
      const stats = await dvc.stats.get({ province: PROVINCE }, { signal });
      renderFigures(stats, container);
      status.textContent = `Số liệu năm ${stats.period.value} của ${PROVINCE_NAME}, cập nhật lúc ${formatDate('vi', stats.generatedAt, true)}.`;
    } catch (error) {
      if (signal.aborted) return;
      status.textContent = `Không tải được số liệu: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      if (!signal.aborted) container.setAttribute('aria-busy', 'false');
    }
  };
  refresh?.addEventListener('click', () => void load());
  await load();
}

// ─── Start ─────────────────────────────────────────────────────────────────────────────────────

switch (page) {
  case 'index':
    void figures();
    break;
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
