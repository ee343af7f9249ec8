import { html } from 'lit';
import type { Dossier, DvcClient, Payment } from '@dvc-kit/sdk';
import { paymentProviders } from '@dvc-kit/sdk/contract';
import { configure } from '../shared/config.js';
import { formatVnd } from '../shared/localize.js';
import {
  $, $$, assert, cleanup, click, clockCases, deepActiveElement, equal, expectAccessible, expectOutline, fixture, press, resetClock,
  sandbox, sandboxClient, setClock, submitDossier, tabTo, type, useSandbox, waitFor,
} from '../test-support.js';
import type { DvcPayment, DvcPaymentRedirectDetail } from './dvc-payment.js';
import './index.js';

const phone = '0912345678';
const applicant = { type: 'citizen', fullName: 'Trần Văn Bình', idNumber: '038195012345', phone } as const;
const pageUrl = location.href;

let dvc: DvcClient;
let sandboxUrl: string;

/** A permanent residence registration (1.004222): 10 000 VND online, so it has a fee to pay. */
async function dossierWithFee(): Promise<Dossier> {
  const { dossier } = await submitDossier('1.004222', { province: '38', phone, fullName: applicant.fullName });
  equal(dossier.fees.total, 10_000, 'the fee of the dossier');
  return dossier;
}

/**
 * Pays, fails or cancels at the sandbox's gateway as its page's form would (the gateway page sends no
 * CORS headers, so the post is opaque; the sandbox still handles it and closes the payment).
 */
async function checkout(url: string, action: 'succeed' | 'fail' | 'cancel'): Promise<void> {
  await fetch(url, { method: 'POST', mode: 'no-cors', body: new URLSearchParams({ bank: paymentProviders[0].code, action }) });
}

/** Collects the redirect events of `element`, cancelling each: the test page must not navigate away. */
function redirects(element: DvcPayment): DvcPaymentRedirectDetail[] {
  const seen: DvcPaymentRedirectDetail[] = [];
  element.addEventListener('dvc-payment-redirect', (event) => {
    event.preventDefault();
    seen.push(event.detail);
  });
  return seen;
}

/** Collects `dvc-payment-settled` from any widget (listening before the widget exists). */
function settledEvents(): { payments: Payment[]; stop(): void } {
  const payments: Payment[] = [];
  const listener = (event: Event) => payments.push((event as CustomEvent<{ payment: Payment }>).detail.payment);
  document.addEventListener('dvc-payment-settled', listener);
  return { payments, stop: () => document.removeEventListener('dvc-payment-settled', listener) };
}

const phoneInput = (element: DvcPayment) => $<HTMLInputElement>(element, '#phone')!;
const stepTitle = (element: DvcPayment) => $(element, '#step-title')?.textContent?.trim();

/** Every value in sessionStorage, to check what the widget keeps there. */
const session = () => Object.keys(sessionStorage).map((key) => `${key}=${sessionStorage.getItem(key)}`).join('\n');

// Safety net: whatever a test does, the page never leaves for the gateway.
window.addEventListener('dvc-payment-redirect', (event) => event.preventDefault());

describe('<dvc-payment>', () => {
  before(async () => {
    await useSandbox();
    sandboxUrl = (await sandbox()).sandboxUrl;
    dvc = await sandboxClient({ retry: 0 });
  });

  afterEach(async () => {
    cleanup();
    configure({ client: undefined });
    history.replaceState(null, '', pageUrl);
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('dvc-kit:draft:payment:')) sessionStorage.removeItem(key);
    await useSandbox();
  });

  it('pays with the keyboard alone: fees, gateway, then the result and receipt on return', async () => {
    const dossier = await dossierWithFee();
    const element = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code}></dvc-payment>`);
    const leaving = redirects(element);
    await expectAccessible(element, 'empty');

    await tabTo(phoneInput(element));
    await type(phone);
    await press('Enter');
    const feesTitle = await waitFor(() => $(element, '#fees-title'), 'the fees');
    await waitFor(() => deepActiveElement() === feesTitle, 'focus on the fees heading');
    const table = $(element, '[part="fees"]')!;
    assert(table.textContent!.includes(dossier.fees.lines[0]!.name), 'the fee line');
    equal($(element, '#amount-due')!.textContent, formatVnd('vi', 10_000), 'amount to pay');
    await expectAccessible(element, 'fees');

    const pay = $(element, '[part="pay-button"]')!;
    equal(pay.textContent, 'Thanh toán', 'the pay button');
    await tabTo(pay);
    await press('Enter');
    await waitFor(() => leaving.length === 1, 'the redirect event');
    const { url, payment } = leaving[0]!;
    equal(url, payment.checkoutUrl, 'to the checkout page');
    equal(payment.amount, 10_000, 'amount of the payment');
    equal(new URL(payment.returnUrl).searchParams.get('dvc-payment'), dossier.code, 'the return URL marks this widget');
    await waitFor(() => deepActiveElement() === $(element, '#step-title'), 'focus on the redirect step');
    equal($<HTMLAnchorElement>(element, '[part="gateway-link"]')!.href, url, 'a link to the gateway if the page stays');
    assert(session().includes(payment.id), 'the payment id is kept for the return');
    assert(!session().includes('912345678'), `the phone is not stored: ${session()}`);
    await expectAccessible(element, 'redirect');

    await checkout(url, 'succeed');
    cleanup();
    // Back from the gateway: the page URL carries the widget's marker and the gateway's parameters.
    const returned = new URL(payment.returnUrl);
    returned.searchParams.set('payment', payment.id);
    returned.searchParams.set('status', 'succeeded');
    history.replaceState(null, '', returned.href);
    const events = settledEvents();
    try {
      const back = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code}></dvc-payment>`);
      equal(stepTitle(back), 'Đang xác nhận thanh toán…', 'confirming first');
      await waitFor(() => stepTitle(back) === 'Thanh toán thành công', 'the result');
      assert($(back, '[part="result"]')!.textContent!.includes(formatVnd('vi', 10_000)), 'amount paid');
      assert(/BL-\d{6}-\d{6}/.test($(back, '[part="result"]')!.textContent!), 'the receipt number');
      equal($<HTMLAnchorElement>(back, '[part="receipt-link"]')!.href, `${sandboxUrl}/gateway/receipt/${payment.id}`, 'receipt link: the public e-receipt page');
      equal(events.payments.map((p) => `${p.id}:${p.status}`).join(), `${payment.id}:succeeded`, 'dvc-payment-settled');
      equal(deepActiveElement() === $(back, '#step-title'), false, 'no focus taken on arrival');
      assert(!session().includes(payment.id), 'the draft is cleared once settled');
      await expectAccessible(back, 'paid');
    } finally {
      events.stop();
    }
  });

  it('pays with the mouse, and a double click or a second visit never makes a second payment', async () => {
    const dossier = await dossierWithFee();
    const element = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code}></dvc-payment>`);
    const leaving = redirects(element);
    await click(phoneInput(element));
    await type(phone);
    await click($(element, '[part="show-button"]')!);
    await click(await waitFor(() => $(element, '[part="pay-button"]'), 'the pay button'));
    await waitFor(() => leaving.length === 1, 'the redirect event');
    const first = leaving[0]!.payment;
    cleanup();

    // The citizen comes back (same tab) without paying and presses twice.
    const again = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code}></dvc-payment>`);
    const leavingAgain = redirects(again);
    await click(phoneInput(again));
    await type(phone);
    await press('Enter');
    const pay = await waitFor(() => $<HTMLButtonElement>(again, '[part="pay-button"]'), 'the pay button');
    // From here on, count the payments created; each answer is held back a little, so the second
    // press surely lands while the first is on its way.
    const created: string[] = [];
    configure({
      client: await sandboxClient({
        locale: 'vi', retry: 0,
        fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
          const request = new Request(input, init);
          if (request.method === 'POST' && /\/payments\/?$/.test(new URL(request.url).pathname)) {
            created.push(request.headers.get('idempotency-key') ?? '');
            await new Promise((resolve) => setTimeout(resolve, 400));
          }
          return fetch(request);
        },
      }),
    });
    await again.updateComplete;
    await click(pay);
    assert(pay.isConnected, 'the pay button is still there for the second press');
    await click(pay);
    await waitFor(() => leavingAgain.length > 0, 'the redirect event');
    await waitFor(() => !again.shadowRoot!.querySelector('[part="pay-button"]'), 'the fees step left');
    equal(created.length, 1, `one payment created for a double click (${created.length} POST /payments)`);
    equal(leavingAgain.length, 1, 'one redirect for a double click');
    equal(leavingAgain[0]!.payment.id, first.id, 'the same payment as before');
  });

  it('keeps confirming when moved in the page while confirming', async () => {
    const dossier = await dossierWithFee();
    const payment = await dvc.payments.create({ dossierCode: dossier.code, returnUrl: `${location.origin}/pay`, verifier: phone });
    await checkout(payment.checkoutUrl, 'succeed');
    const element = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code} payment=${payment.id}></dvc-payment>`);
    equal(stepTitle(element), 'Đang xác nhận thanh toán…', 'confirming');
    const elsewhere = document.createElement('section');
    element.parentElement!.append(elsewhere);
    elsewhere.append(element); // disconnects (aborting the run) and connects again
    assert(element.isConnected, 'moved');
    await waitFor(() => stepTitle(element) === 'Thanh toán thành công', 'the result after the move', 8000);
  });

  it('confirms the return from the gateway once the page is configured, even late', async () => {
    const dossier = await dossierWithFee();
    const payment = await dvc.payments.create({ dossierCode: dossier.code, returnUrl: `${location.origin}/pay`, verifier: phone });
    await checkout(payment.checkoutUrl, 'succeed');
    const returned = new URL(payment.returnUrl);
    returned.searchParams.set('dvc-payment', dossier.code);
    returned.searchParams.set('payment', payment.id);
    returned.searchParams.set('status', 'succeeded');
    history.replaceState(null, '', returned.href);
    configure({ baseUrl: undefined, publishableKey: undefined });
    const element = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code}></dvc-payment>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert(stepTitle(element) !== 'Thanh toán thành công', 'not confirmed without a configuration');

    await useSandbox(); // configure() after the element connected
    await waitFor(() => stepTitle(element) === 'Thanh toán thành công', 'the result once configured', 8000);
    equal(deepActiveElement() === $(element, '#step-title'), false, 'no focus taken on arrival');
  });

  it('moves focus to the heading when the citizen checks again', async () => {
    const dossier = await dossierWithFee();
    const payment = await dvc.payments.create({ dossierCode: dossier.code, returnUrl: `${location.origin}/pay`, verifier: phone });
    await checkout(payment.checkoutUrl, 'succeed');
    // The network fails at first; then answers are held until the test lets them go.
    let offline = true;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    configure({
      client: await sandboxClient({
        locale: 'vi', retry: 0,
        fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
          if (offline) throw new TypeError('Failed to fetch');
          await held;
          return fetch(new Request(input, init));
        },
      }),
    });
    const element = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code} payment=${payment.id}></dvc-payment>`);
    const check = await waitFor(() => $(element, '[part="check-button"]'), 'unconfirmed, with "Kiểm tra lại"');
    equal(stepTitle(element), 'Chưa xác nhận được kết quả thanh toán', 'unconfirmed');
    offline = false;
    await tabTo(check);
    await press('Enter');
    await waitFor(() => stepTitle(element) === 'Đang xác nhận thanh toán…' && deepActiveElement() === $(element, '#step-title'),
      'focus on the confirming heading, not <body>');
    release();
    await waitFor(() => stepTitle(element) === 'Thanh toán thành công', 'the result');
    await waitFor(() => deepActiveElement() === $(element, '#step-title'), 'focus on the result heading');
  });

  it('keeps the typed phone when creating the payment fails, and pays on the next press', async () => {
    const dossier = await dossierWithFee();
    const element = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code}></dvc-payment>`);
    const leaving = redirects(element);
    await click(phoneInput(element));
    await type(phone);
    await press('Enter');
    const pay = await waitFor(() => $(element, '[part="pay-button"]'), 'the pay button');

    element.baseUrl = 'http://127.0.0.1:9'; // nothing listens there: a connection error
    await element.updateComplete;
    await click(pay);
    const summary = await waitFor(() => $(element, '.error-summary'), 'the error', 8000);
    await waitFor(() => deepActiveElement() === summary, 'focus on the error summary');
    assert(/Không kết nối được/.test(summary.textContent!) && !summary.textContent!.includes('127.0.0.1'), `the SDK's message, without the host: ${summary.textContent}`);
    equal(phoneInput(element).value, phone, 'the phone stays typed');
    equal(leaving.length, 0, 'not sent to the gateway');
    await expectAccessible(element, 'create failed');

    element.baseUrl = undefined;
    await element.updateComplete;
    await click($(element, '[part="pay-button"]')!);
    await waitFor(() => leaving.length === 1, 'paid on the next press');
  });

  it('speaks English', async () => {
    const dossier = await dossierWithFee();
    const element = await fixture<DvcPayment>(html`<dvc-payment lang="en" dossier=${dossier.code}></dvc-payment>`);
    equal($(element, '#title')!.textContent, 'Pay the fees', 'title');
    equal($(element, 'label[for="phone"]')!.textContent, "Applicant's mobile number", 'label');
    await click(phoneInput(element));
    await type('12345');
    await press('Enter');
    await waitFor(() => $(element, '#phone-error')?.textContent === 'Error: A mobile number has 10 digits starting with 0 (or +84).', 'English field message, after its hidden prefix');
    equal(phoneInput(element).getAttribute('aria-invalid'), 'true', 'invalid');
    await expectAccessible(element, 'English invalid');
    phoneInput(element).select();
    await type(phone);
    await press('Enter');
    await waitFor(() => $(element, '#amount-due')?.textContent === formatVnd('en', 10_000), 'English amount');
    equal($(element, '[part="pay-button"]')!.textContent, 'Pay', 'English button');
    await expectAccessible(element, 'English fees');
    cleanup();

    const payment = await dvc.payments.create({ dossierCode: dossier.code, returnUrl: `${location.origin}/pay`, verifier: phone });
    await checkout(payment.checkoutUrl, 'succeed');
    const back = await fixture<DvcPayment>(html`<dvc-payment lang="en" dossier=${dossier.code} payment=${payment.id}></dvc-payment>`);
    equal(stepTitle(back), 'Confirming the payment…', 'English confirming');
    await waitFor(() => stepTitle(back) === 'Payment successful', 'English result');
    equal($(back, '[part="receipt-link"]')!.textContent, 'View the e-receipt', 'English receipt link');
    await expectAccessible(back, 'English paid');
  });

  describe('dates, as the portal writes them, in Vietnam time', () => {
    afterEach(resetClock);
    for (const clock of clockCases) {
      it(`on ${clock.what}: the payment time is dd/MM/yyyy HH:mm in Vietnamese, d MMM yyyy, HH:mm in English`, async () => {
        await setClock(clock.at);
        const dossier = await dossierWithFee();
        const payment = await dvc.payments.create({ dossierCode: dossier.code, returnUrl: `${location.origin}/pay`, verifier: phone });
        await checkout(payment.checkoutUrl, 'succeed');
        for (const [lang, label, text] of [['vi', 'Thời gian', clock.vi], ['en', 'Time', clock.en]] as const) {
          const back = await fixture<DvcPayment>(html`<dvc-payment lang=${lang} dossier=${dossier.code} payment=${payment.id}></dvc-payment>`);
          await waitFor(() => $(back, '[part="receipt-link"]'), `the ${lang} result`);
          const paidAt = $$(back, 'dt').find((dt) => dt.textContent === label)?.nextElementSibling?.textContent;
          equal(paidAt, text, `${lang} payment time`);
          cleanup();
        }
      });
    }
  });

  it("fits the page's outline with heading-level: its heading at that level, each step one deeper", async () => {
    const dossier = await dossierWithFee();
    const plain = await fixture<DvcPayment>(html`<dvc-payment dossier=${dossier.code}></dvc-payment>`);
    equal(expectOutline(plain, 2, 'default'), '2', 'level 2 by default');
    cleanup();

    const element = await fixture<DvcPayment>(html`<dvc-payment heading-level="3" dossier=${dossier.code}></dvc-payment>`);
    const leaving = redirects(element);
    await click($(element, '[part="show-button"]')!);
    await waitFor(() => $(element, '[part="error-summary"]'), 'the error summary');
    equal(expectOutline(element, 3, 'no phone'), '3 4', 'the widget, its error summary');
    await expectAccessible(element, 'heading-level 3, no phone');
    await click(phoneInput(element));
    await type(phone);
    await press('Enter');
    await waitFor(() => $(element, '#fees-title'), 'the fees');
    equal(expectOutline(element, 3, 'fees'), '3 4', 'the widget, the fees');
    await expectAccessible(element, 'heading-level 3, fees');
    await click($(element, '[part="pay-button"]')!);
    await waitFor(() => leaving.length === 1, 'the redirect event');
    await waitFor(() => $(element, '[part="gateway-link"]'), 'the redirect step');
    equal(expectOutline(element, 3, 'redirect'), '3 4', 'the widget, the redirect step');

    await checkout(leaving[0]!.url, 'succeed');
    cleanup();
    const returned = new URL(leaving[0]!.payment.returnUrl);
    returned.searchParams.set('payment', leaving[0]!.payment.id);
    history.replaceState(null, '', returned.href);
    const back = await fixture<DvcPayment>(html`<dvc-payment heading-level="3" dossier=${dossier.code}></dvc-payment>`);
    await waitFor(() => stepTitle(back) === 'Thanh toán thành công', 'the result');
    equal(expectOutline(back, 3, 'paid'), '3 4', 'the widget, the result');
    await expectAccessible(back, 'heading-level 3, paid');
  });

  it('says when there is nothing to pay, or no valid dossier', async () => {
    const { dossier: free } = await submitDossier('1.001193', { province: '38', phone });
    const element = await fixture<DvcPayment>(html`<dvc-payment dossier=${free.code}></dvc-payment>`);
    await click(phoneInput(element));
    await type(phone);
    await press('Enter');
    await waitFor(() => $(element, '.fees')?.textContent?.includes('không có khoản phí, lệ phí nào phải nộp'), 'nothing to pay');
    equal($(element, '[part="pay-button"]'), null, 'no pay button');
    await expectAccessible(element, 'nothing to pay');
    cleanup();

    // A mistyped code (a link cut short): the citizen retypes it, by keyboard, and goes on.
    const wrong = await fixture<DvcPayment>(html`<dvc-payment dossier="ho-so-1"></dvc-payment>`);
    const codeInput = () => $<HTMLInputElement>(wrong, '#dossier-code')!;
    equal($(wrong, '.field-error')!.textContent, 'Lỗi: Mã hồ sơ chưa đúng. Hãy nhập lại đúng như trên giấy tiếp nhận hồ sơ.', 'said in words a citizen knows, after the hidden prefix');
    assert(codeInput().getAttribute('aria-describedby')!.split(' ').includes('dossier-code-error'), 'the error describes the field');
    equal(codeInput().value, 'HO-SO-1', 'what was given (as a code is written), to correct');
    equal(codeInput().getAttribute('aria-invalid'), 'true', 'the field marked invalid');
    await expectAccessible(wrong, 'a mistyped code');
    await click(codeInput());
    codeInput().select();
    await type(free.code.toLowerCase());
    await press('Enter');
    await waitFor(() => phoneInput(wrong), 'the fees step for the typed code');
    await waitFor(() => deepActiveElement() === phoneInput(wrong), 'focus moves on to the phone');
    equal(wrong.dossier, free.code, 'the code taken, in capitals');
    cleanup();

    // No code at all: the same field, without an error yet; the mouse works too.
    const none = await fixture<DvcPayment>(html`<dvc-payment></dvc-payment>`);
    equal($(none, '.field-error'), null, 'nothing is wrong yet');
    await expectAccessible(none, 'no code');
    await click($<HTMLInputElement>(none, '#dossier-code')!);
    await type(free.code);
    await click($<HTMLButtonElement>(none, '[part="code-button"]')!);
    await waitFor(() => phoneInput(none), 'the fees step');
    cleanup();

    // A code that is well formed but not this citizen's (one digit wrong): not found, and the code can be corrected.
    const last = free.code.slice(-1);
    const other = `${free.code.slice(0, -1)}${last === '9' ? '8' : String(Number(last) + 1)}`;
    const mistyped = await fixture<DvcPayment>(html`<dvc-payment dossier=${other}></dvc-payment>`);
    await click(phoneInput(mistyped));
    await type(phone);
    await press('Enter');
    await waitFor(() => $(mistyped, '[part~="error-summary"]')?.textContent?.includes('Không tìm thấy hồ sơ'), 'not found');
    await expectAccessible(mistyped, 'a code not found');
    await click($<HTMLButtonElement>(mistyped, '[part="change-code"]')!);
    const field = await waitFor(() => $<HTMLInputElement>(mistyped, '#dossier-code'), 'the code field again');
    equal(field.value, other, 'the code kept, to correct');
    equal($(mistyped, '.field-error'), null, 'a well-formed code is not called invalid');
    await waitFor(() => deepActiveElement() === field, 'focus on the code');
    await expectAccessible(mistyped, 'correcting the code');
    field.select();
    await type(free.code);
    await press('Enter');
    await waitFor(() => phoneInput(mistyped), 'the fees step for the corrected code');
    equal(mistyped.dossier, free.code, 'the corrected code');
  });
});
