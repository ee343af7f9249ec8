import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { paymentProviders } from '@dvc-kit/contract';
import { TEST_PUBLISHABLE_KEY, TEST_SECRET_KEY, testKeys, type ApiKey } from '../config.js';
import { startSandbox, type RunningSandbox } from '../index.js';
import { signWebhook } from '../simulate/webhook-signature.js';
import { escapeHtml } from '../simulate/page.js';
import { validSubmission } from '../test-support.js';

const applicant = { type: 'citizen' as const, fullName: 'Nguyễn Văn An', idNumber: '001203012345', phone: '0912345678' };
const RETURN_URL = 'http://localhost:5173/ho-so/ket-qua?tab=phi#top';
const OTHER_SECRET_KEY = 'sk_test_other_tenant';
const otherKey: ApiKey = { ...testKeys[1]!, key: OTHER_SECRET_KEY, label: 'another tenant' };

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

describe('payments', () => {
  let sandbox: RunningSandbox;
  let url: string;
  let clock = new Date('2025-11-24T02:00:00.000Z');
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  before(async () => {
    sandbox = await startSandbox({
      port: 0, memory: true, quiet: true, stepSeconds: 0, petitionAnswerSeconds: 0,
      now: () => new Date(clock), keys: [...testKeys, otherKey], allowPrivateWebhooks: true, // the receiver is on loopback
    });
    url = sandbox.url;
  });
  after(() => sandbox.close());

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, key = TEST_PUBLISHABLE_KEY): Promise<Reply> {
    const h: Record<string, string> = { authorization: `Bearer ${key}`, ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    const response = await fetch(url + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : text };
  }
  const verifier = { 'dvc-verifier': applicant.phone };

  async function submit(serviceCode: string, extra: Record<string, unknown> = {}): Promise<string> {
    const reply = await call('POST', '/v1/dossiers', { ...(await validSubmission(url, serviceCode, { province: '38', applicant })), ...extra });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    return reply.body.code;
  }

  /** A dossier of 1.004222 (permanent residence registration, 10,000 VND online) awaiting its fees. */
  async function payingDossier(extra: Record<string, unknown> = {}): Promise<string> {
    const code = await submit('1.004222', extra);
    for (const status of ['new', 'processing', 'paying']) {
      const moved = await call('POST', `/v1/admin/dossiers/${code}/status`, { status }, {}, TEST_SECRET_KEY);
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
    }
    return code;
  }

  const createPayment = (dossierCode: string, returnUrl = RETURN_URL, phone = applicant.phone) =>
    call('POST', '/v1/payments', { dossierCode, returnUrl }, { 'dvc-verifier': phone });

  const gatewayPost = (id: string, fields: Record<string, string>) =>
    fetch(`${url}/gateway/checkout/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
      redirect: 'manual',
    });

  const csp = (origin: string) =>
    `default-src 'none'; style-src 'self'; img-src data:; form-action 'self' ${origin}; base-uri 'none'; frame-ancestors 'none'`;

  const assertNoInlineCode = (html: string) => {
    assert.doesNotMatch(html, /<style|<script|<[^>]*\s(?:style|on\w+)\s*=/i, 'no inline styles, scripts or handlers');
  };

  test('creating a payment charges what is left of the fees; the same return URL reuses the open payment', async () => {
    const code = await payingDossier();
    const created = await createPayment(code);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const p = created.body;
    assert.match(p.id, /^pay_[0-9A-Za-z]{16,40}$/);
    assert.equal(p.dossierCode, code);
    assert.equal(p.amount, 10_000);
    assert.equal(p.currency, 'VND');
    assert.equal(p.description, `THANH TOAN HO SO ${code}`);
    assert.equal(p.lines.reduce((sum: number, l: { amount: number }) => sum + l.amount, 0), 10_000);
    assert.equal(p.status, 'created');
    assert.equal(p.checkoutUrl, `${url}/gateway/checkout/${p.id}`);
    assert.equal(p.returnUrl, RETURN_URL);
    assert.equal(p.receiptUrl, null);
    assert.equal(p.bank, null);
    assert.equal(p.expiresAt, new Date(clock.getTime() + 15 * 60_000).toISOString());

    const again = await createPayment(code);
    assert.equal(again.body.id, p.id, 'an open payment with the same return URL is returned, not duplicated');
    const other = await createPayment(code, 'http://localhost:5173/other');
    assert.notEqual(other.body.id, p.id);

    const got = await call('GET', `/v1/payments/${p.id}`);
    assert.equal(got.status, 200);
    assert.deepEqual(got.body, p);
  });

  test('the checkout page works under a strict CSP, escapes what it shows, and moves the payment to pending', async () => {
    const code = await payingDossier();
    const { body: p } = await createPayment(code);
    // A fee line name with markup in it must come out as text.
    sandbox.sandbox.db
      .prepare('UPDATE payments SET lines = ? WHERE id = ?')
      .run(JSON.stringify([{ name: `<img src=x onerror=alert(1)> "Lệ phí" & 'khác'`, amount: 10_000 }]), p.id);

    const response = await fetch(p.checkoutUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/html; charset=utf-8/);
    assert.equal(response.headers.get('content-security-policy'), csp('http://localhost:5173'));
    const html = await response.text();
    assertNoInlineCode(html);
    assert.match(html, /<html lang="vi">/);
    assert.match(html, /<link rel="stylesheet" href="\.\.\/gateway\.css">/);
    assert.ok(html.includes('Cổng Dịch vụ công Quốc gia (sandbox)'));
    assert.ok(html.includes(escapeHtml(new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(10_000))));
    assert.ok(html.includes(`THANH TOAN HO SO ${code}`));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; &quot;Lệ phí&quot; &amp; &#39;khác&#39;'));
    assert.ok(!html.includes('<img'));
    assert.match(html, /<fieldset>\s*<legend>/);
    for (const provider of paymentProviders) {
      const id = `bank-${provider.code.toLowerCase()}`;
      assert.ok(html.includes(`id="${id}" name="bank" value="${provider.code}"`), provider.code);
      assert.ok(html.includes(`<label for="${id}">${escapeHtml(provider.name)}</label>`), provider.code);
    }
    for (const [action, label] of [['succeed', 'Thanh toán'], ['fail', 'Mô phỏng thất bại'], ['cancel', 'Huỷ giao dịch']]) {
      assert.match(html, new RegExp(`<button type="submit" name="action" value="${action}"[^>]*>${label} <span class="en" lang="en">`));
    }

    const got = await call('GET', `/v1/payments/${p.id}`);
    assert.equal(got.body.status, 'pending');
    assert.notEqual(got.body.updatedAt, undefined);
  });

  test('the gateway stylesheet is served as CSS', async () => {
    const response = await fetch(`${url}/gateway/gateway.css`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/css/);
    const css = await response.text();
    assert.match(css, /:focus-visible/);
  });

  test('paying: no bank chosen re-renders with an alert; with a bank, 303 back, succeeded, receipt, dossier moves on', async () => {
    const code = await payingDossier();
    const { body: p } = await createPayment(code);
    const { body: second } = await createPayment(code, 'http://localhost:5173/second-tab');
    await fetch(p.checkoutUrl);

    const noBank = await gatewayPost(p.id, { action: 'succeed' });
    assert.equal(noBank.status, 422);
    assert.equal(noBank.headers.get('content-security-policy'), csp('http://localhost:5173'));
    const noBankHtml = await noBank.text();
    assertNoInlineCode(noBankHtml);
    assert.match(noBankHtml, /<p class="error" role="alert" id="form-error">/);
    assert.equal((await call('GET', `/v1/payments/${p.id}`)).body.status, 'pending');

    const receiptEarly = await call('GET', `/v1/payments/${p.id}/receipt`);
    assert.equal(receiptEarly.status, 409);
    assert.equal(receiptEarly.body.code, 'receipt_not_ready');

    const paid = await gatewayPost(p.id, { action: 'succeed', bank: 'VCB' });
    assert.equal(paid.status, 303);
    const location = new URL(paid.headers.get('location')!);
    assert.equal(location.origin + location.pathname, 'http://localhost:5173/ho-so/ket-qua');
    assert.equal(location.searchParams.get('tab'), 'phi', 'the return URL keeps its own query');
    assert.equal(location.searchParams.get('payment'), p.id);
    assert.equal(location.searchParams.get('status'), 'succeeded');
    assert.equal(location.hash, '#top');

    const got = await call('GET', `/v1/payments/${p.id}`);
    assert.equal(got.body.status, 'succeeded');
    assert.equal(got.body.bank, 'VCB');
    assert.match(got.body.transactionId, /^FT\d{14}$/);
    assert.equal(got.body.resultCode, '00');
    assert.equal(got.body.receiptUrl, `${url}/gateway/receipt/${p.id}`, 'a page for the citizen, not the keyed API route');

    const receipt = await call('GET', `/v1/payments/${p.id}/receipt`);
    assert.equal(receipt.status, 200);
    assert.match(receipt.body.number, /^BL-\d{6}-\d{6}$/);
    assert.equal(receipt.body.issuedAt, clock.toISOString());
    assert.equal(receipt.body.payer, applicant.fullName);
    assert.equal(receipt.body.dossierCode, code);
    assert.match(receipt.body.serviceCode, /^1\.004222/);
    assert.ok(receipt.body.agency.length > 0);
    assert.equal(receipt.body.bank, 'Vietcombank');
    assert.equal(receipt.body.transactionId, got.body.transactionId);
    assert.deepEqual(receipt.body.lines, p.lines);
    assert.equal(receipt.body.amount, 10_000);

    const dossier = await call('GET', `/v1/dossiers/${code}`, undefined, verifier);
    assert.equal(dossier.body.fees.paid, 10_000);
    assert.equal(dossier.body.status, 'processing', 'a dossier awaiting its fees moves on once paid');

    const otherTab = await call('GET', `/v1/payments/${second.id}`);
    assert.equal(otherTab.body.status, 'cancelled', 'another open checkout of the same dossier cannot charge twice');

    const again = await gatewayPost(p.id, { action: 'succeed', bank: 'VCB' });
    assert.equal(again.status, 409);
    const closedHtml = await again.text();
    assertNoInlineCode(closedHtml);
    assert.match(closedHtml, /Giao dịch đã kết thúc/);
    assert.ok(closedHtml.includes(`href="${escapeHtml(location.href)}"`), 'links back to the return URL');
    const view = await fetch(p.checkoutUrl);
    assert.equal(view.status, 200);
    assert.match(await view.text(), /Thanh toán thành công/);

    const alreadyPaid = await createPayment(code);
    assert.equal(alreadyPaid.status, 409);
    assert.equal(alreadyPaid.body.code, 'already_paid');
  });

  const vndText = (amount: number) => escapeHtml(new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(amount));
  const assertGatewayHeaders = (response: Response) => {
    assert.match(response.headers.get('content-type')!, /^text\/html; charset=utf-8/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.match(response.headers.get('x-robots-tag')!, /\bnoindex\b/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('content-security-policy'), `default-src 'none'; style-src 'self'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`);
  };

  test('gateway and receipt pages write times as dd/MM/yyyy HH:mm in Vietnam time, on a single-digit day and a month\'s last day', async () => {
    const saved = clock;
    try {
      // Each instant's UTC date differs from Vietnam's, so a page written in UTC would show the wrong day.
      for (const [at, issued, expires] of [
        ['2026-12-06T19:05:00.000Z', '07/12/2026 02:05', '07/12/2026 02:20'],
        ['2027-01-30T23:30:00.000Z', '31/01/2027 06:30', '31/01/2027 06:45'],
      ] as const) {
        clock = new Date(at);
        const code = await payingDossier();
        const { body: p } = await createPayment(code);
        const checkout = await (await fetch(`${url}/gateway/checkout/${p.id}`)).text();
        assert.ok(checkout.includes(`<time datetime="${p.expiresAt}">${expires}</time> (GMT+7)`), `expiry on the checkout page at ${at}`);
        assert.equal((await gatewayPost(p.id, { action: 'succeed', bank: 'BIDV' })).status, 303);
        const receipt = await (await fetch(`${url}/gateway/receipt/${p.id}`)).text();
        assert.ok(receipt.includes(`<time datetime="${at}">${issued}</time> (GMT+7)`), `issue time on the receipt at ${at}`);
      }
    } finally {
      clock = saved;
    }
  });

  test('the receipt page: a printable e-receipt for a succeeded payment, without a key, escaping what it shows', async () => {
    const payer = '<script>alert(1)</script> Trần "Bình"';
    const code = await payingDossier({ applicant: { ...applicant, fullName: payer } });
    const { body: p } = await createPayment(code);
    const paid = await gatewayPost(p.id, { action: 'succeed', bank: 'BIDV' });
    assert.equal(paid.status, 303);
    const { body: settled } = await call('GET', `/v1/payments/${p.id}`);
    const { body: receipt } = await call('GET', `/v1/payments/${p.id}/receipt`);
    assert.equal(settled.receiptUrl, `${url}/gateway/receipt/${p.id}`);

    const response = await fetch(settled.receiptUrl, { redirect: 'manual' }); // no Authorization header
    assert.equal(response.status, 200);
    assertGatewayHeaders(response);
    const html = await response.text();
    assertNoInlineCode(html);
    assert.match(html, /<html lang="vi">/);
    assert.match(html, /<link rel="stylesheet" href="\.\.\/gateway\.css">/);
    assert.match(html, /Biên lai thu phí, lệ phí <span class="en" lang="en">E-receipt/);
    assert.ok(html.includes(receipt.number), 'the receipt number');
    assert.match(receipt.number, /^BL-\d{6}-\d{6}$/);
    assert.ok(html.includes(`datetime="${receipt.issuedAt}"`), 'issued at');
    assert.ok(html.includes(escapeHtml(payer)), 'the payer, escaped');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; Trần &quot;Bình&quot;'));
    assert.ok(!html.includes('<script>alert(1)'), 'no markup from the payer');
    for (const value of [code, receipt.serviceCode, receipt.agency, 'BIDV', receipt.transactionId, p.id]) {
      assert.ok(html.includes(escapeHtml(value)), value);
    }
    for (const line of receipt.lines) assert.ok(html.includes(escapeHtml(line.name)), line.name);
    assert.ok(html.includes(vndText(10_000)), 'the total in VND');
    assert.match(html, /<tfoot><tr><th scope="row">Tổng cộng <span class="en" lang="en">Total<\/span><\/th><td>/);
    for (const [vi, en] of [['Số biên lai', 'Receipt number'], ['Ngày lập', 'Issued at'], ['Người nộp', 'Payer'], ['Mã hồ sơ', 'Dossier code'],
      ['Mã thủ tục', 'Procedure code'], ['Cơ quan thu', 'Agency'], ['Mã giao dịch ngân hàng', 'Bank transaction']]) {
      assert.ok(html.includes(`${vi} <span class="en" lang="en">${en}</span>`), vi);
    }
    const css = await fetch(new URL('../gateway.css', settled.receiptUrl));
    assert.equal(css.status, 200, 'the stylesheet resolves from the receipt page');

    const api = await fetch(`${url}/v1/payments/${p.id}/receipt`);
    assert.equal(api.status, 401, 'the API route still needs a key');
  });

  test('the receipt page before payment (409, links to checkout), after a failure (409), and for an unknown id (404)', async () => {
    const code = await payingDossier();
    const { body: p } = await createPayment(code);
    const pending = await fetch(`${url}/gateway/receipt/${p.id}`);
    assert.equal(pending.status, 409);
    assertGatewayHeaders(pending);
    const pendingHtml = await pending.text();
    assertNoInlineCode(pendingHtml);
    assert.match(pendingHtml, /Chưa có biên lai <span class="en" lang="en">No receipt yet<\/span>/);
    assert.ok(pendingHtml.includes(`href="../checkout/${p.id}"`), 'offers to go on paying');
    assert.doesNotMatch(pendingHtml, /BL-\d{6}-\d{6}/);
    assert.equal((await call('GET', `/v1/payments/${p.id}`)).body.status, 'created', 'looking for a receipt does not open the checkout');

    await fetch(p.checkoutUrl);
    const stillPending = await fetch(`${url}/gateway/receipt/${p.id}`);
    assert.equal(stillPending.status, 409);
    assert.match(await stillPending.text(), /Đang chờ thanh toán/);

    await gatewayPost(p.id, { action: 'fail', bank: 'VCB' });
    const failed = await fetch(`${url}/gateway/receipt/${p.id}`);
    assert.equal(failed.status, 409);
    const failedHtml = await failed.text();
    assert.match(failedHtml, /Thanh toán không thành công/);
    assert.ok(!failedHtml.includes('../checkout/'), 'a closed payment cannot be continued');

    const unknown = await fetch(`${url}/gateway/receipt/pay_000000000000000000000000`);
    assert.equal(unknown.status, 404);
    assertGatewayHeaders(unknown);
    const unknownHtml = await unknown.text();
    assertNoInlineCode(unknownHtml);
    assert.match(unknownHtml, /Không tìm thấy giao dịch/);
    const markup = await fetch(`${url}/gateway/receipt/${encodeURIComponent('<b>x</b>')}`);
    assert.equal(markup.status, 404);
    assert.ok(!(await markup.text()).includes('<b>x</b>'));
  });

  test('a failed and a cancelled checkout leave the fees unpaid, with real-looking result codes', async () => {
    const code = await payingDossier();
    const { body: first } = await createPayment(code);
    const failed = await gatewayPost(first.id, { action: 'fail', bank: 'MOMO' });
    assert.equal(failed.status, 303);
    assert.equal(new URL(failed.headers.get('location')!).searchParams.get('status'), 'failed');
    const f = (await call('GET', `/v1/payments/${first.id}`)).body;
    assert.equal(f.status, 'failed');
    assert.equal(f.resultCode, '51');
    assert.equal(f.receiptUrl, null);

    const { body: second } = await createPayment(code);
    assert.notEqual(second.id, first.id, 'a closed payment is not reused');
    const cancelled = await gatewayPost(second.id, { action: 'cancel' });
    assert.equal(cancelled.status, 303);
    assert.equal(new URL(cancelled.headers.get('location')!).searchParams.get('status'), 'cancelled');
    const c = (await call('GET', `/v1/payments/${second.id}`)).body;
    assert.equal(c.status, 'cancelled');
    assert.equal(c.resultCode, '24');

    const dossier = await call('GET', `/v1/dossiers/${code}`, undefined, verifier);
    assert.equal(dossier.body.fees.paid, 0);
    assert.equal(dossier.body.status, 'paying');
  });

  test('an open payment expires after 15 minutes', async () => {
    const code = await payingDossier();
    const { body: p } = await createPayment(code);
    advance(14 * 60_000);
    await sandbox.tick();
    assert.equal((await call('GET', `/v1/payments/${p.id}`)).body.status, 'created');
    advance(2 * 60_000);
    await sandbox.tick();
    const got = (await call('GET', `/v1/payments/${p.id}`)).body;
    assert.equal(got.status, 'expired');
    assert.equal(got.resultCode, '11');
    const view = await fetch(p.checkoutUrl);
    assert.match(await view.text(), /Đã hết hạn thanh toán/);
    const late = await gatewayPost(p.id, { action: 'succeed', bank: 'BIDV' });
    assert.equal(late.status, 409);
    const fresh = await createPayment(code);
    assert.notEqual(fresh.body.id, p.id);
  });

  test('refusals: free procedure, already paid, wrong verifier, unknown ids', async () => {
    const free = await submit('1.001193', { province: '38' });
    const nothing = await createPayment(free);
    assert.equal(nothing.status, 409);
    assert.equal(nothing.body.code, 'nothing_to_pay');

    const code = await payingDossier();
    const wrong = await createPayment(code, RETURN_URL, '0987654321');
    assert.equal(wrong.status, 404);
    assert.equal(wrong.body.code, 'dossier_not_found');

    const missing = await call('GET', '/v1/payments/pay_000000000000000000000000');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'payment_not_found');
    const missingReceipt = await call('GET', '/v1/payments/pay_000000000000000000000000/receipt');
    assert.equal(missingReceipt.status, 404);

    const page = await fetch(`${url}/gateway/checkout/pay_000000000000000000000000`);
    assert.equal(page.status, 404);
    assert.match(page.headers.get('content-type')!, /text\/html/);
    assertNoInlineCode(await page.text());
    const post = await gatewayPost('pay_000000000000000000000000', { action: 'succeed', bank: 'VCB' });
    assert.equal(post.status, 404);
  });

  describe('webhooks', () => {
    let receiver: Server;
    let hookUrl: string;
    const received: { headers: IncomingHttpHeaders; body: string; valid: boolean }[] = [];
    let secret = '';
    let answers = [500];

    before(async () => {
      receiver = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const header = String(req.headers['dvc-signature'] ?? '');
          const t = Number(header.match(/(?:^|,)t=(\d+)/)?.[1]);
          const v1 = header.match(/(?:^|,)v1=([0-9a-f]{64})/)?.[1] ?? '';
          const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
          const valid = v1.length === 64 && timingSafeEqual(Buffer.from(v1, 'hex'), expected) && Math.abs(Date.now() / 1000 - t) <= 300;
          received.push({ headers: req.headers, body, valid });
          res.statusCode = answers.shift() ?? 200;
          res.end('ok');
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/dvc/hooks?tenant=1`;
    });
    after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

    const waitFor = async (condition: () => boolean, what: string) => {
      for (let i = 0; i < 100 && !condition(); i++) {
        await sandbox.tick();
        if (!condition()) await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(condition(), `timed out waiting for ${what}`);
    };

    test('signWebhook is HMAC-SHA256 over "t.body"', () => {
      const body = '{"a":1}';
      assert.equal(signWebhook('whsec_x', body, 1700000000), `t=1700000000,v1=${createHmac('sha256', 'whsec_x').update(`1700000000.${body}`).digest('hex')}`);
    });

    test('webhooks belong to the key that made them', async () => {
      const created = await call('POST', '/v1/webhooks', { url: hookUrl, events: ['payment.succeeded', 'payment.failed'] }, {}, TEST_SECRET_KEY);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.match(created.body.id, /^wh_[0-9A-Za-z]{16,40}$/);
      assert.match(created.body.secret, /^whsec_[0-9A-Za-z]{32}$/);
      assert.deepEqual(created.body.events, ['payment.succeeded', 'payment.failed']);
      secret = created.body.secret;

      const mine = await call('GET', '/v1/webhooks', undefined, {}, TEST_SECRET_KEY);
      assert.deepEqual(mine.body.data.map((w: { id: string }) => w.id), [created.body.id]);
      assert.equal('secret' in mine.body.data[0], false, 'the secret is shown once');
      const theirs = await call('GET', '/v1/webhooks', undefined, {}, OTHER_SECRET_KEY);
      assert.deepEqual(theirs.body.data, []);
      const steal = await call('DELETE', `/v1/webhooks/${created.body.id}`, undefined, {}, OTHER_SECRET_KEY);
      assert.equal(steal.status, 404);
      assert.equal(steal.body.code, 'webhook_not_found');
      const publishable = await call('GET', '/v1/webhooks');
      assert.equal(publishable.status, 403);
    });

    test('a payment event is delivered signed, and retried after the receiver first answers 500', async () => {
      const code = await payingDossier();
      const { body: p } = await createPayment(code);
      const paid = await gatewayPost(p.id, { action: 'succeed', bank: 'ZALOPAY' });
      assert.equal(paid.status, 303);

      await waitFor(() => received.length >= 1, 'the first delivery');
      const first = received[0]!;
      assert.ok(first.valid, 'the signature checks out');
      assert.equal(first.headers['content-type'], 'application/json');
      assert.equal(first.headers['user-agent'], 'DVC-Kit-Sandbox/0.1');
      const event = JSON.parse(first.body);
      assert.match(event.id, /^evt_/);
      assert.equal(first.headers['dvc-event-id'], event.id);
      assert.equal(event.type, 'payment.succeeded');
      assert.equal(event.createdAt, clock.toISOString());
      assert.deepEqual(event.data, (await call('GET', `/v1/payments/${p.id}`)).body, 'data is the payment as the API returns it');

      const delivery = () =>
        sandbox.sandbox.db.prepare('SELECT * FROM webhook_deliveries WHERE event_id = ?').get(event.id) as
          { state: string; attempts: number; last_status: number | null; last_error: string | null; next_attempt_at: string | null };
      await waitFor(() => delivery().attempts === 1, 'the failure to be recorded');
      assert.equal(delivery().state, 'pending');
      assert.equal(delivery().last_status, 500);
      assert.equal(delivery().next_attempt_at, new Date(clock.getTime() + 5_000).toISOString());

      await sandbox.tick();
      assert.equal(received.length, 1, 'no retry before the backoff');
      advance(6_000);
      await waitFor(() => delivery().state === 'delivered', 'the retry');
      assert.equal(received.length, 2);
      const retry = received[1]!;
      assert.ok(retry.valid);
      assert.equal(retry.body, first.body, 'the retry carries the same event');
      assert.equal(retry.headers['dvc-event-id'], event.id);
      assert.equal(delivery().attempts, 2);
      assert.equal(delivery().last_status, 200);
    });

    test('events nobody subscribed to are not sent; deleting a webhook stops deliveries', async () => {
      const before = received.length;
      const code = await payingDossier();
      const { body: p } = await createPayment(code);
      await gatewayPost(p.id, { action: 'cancel' });
      await sandbox.tick();
      await sandbox.tick();
      assert.equal(received.length, before, 'payment.cancelled was not subscribed to');

      const [hook] = (await call('GET', '/v1/webhooks', undefined, {}, TEST_SECRET_KEY)).body.data;
      const removed = await call('DELETE', `/v1/webhooks/${hook.id}`, undefined, {}, TEST_SECRET_KEY);
      assert.equal(removed.status, 204);
      assert.deepEqual((await call('GET', '/v1/webhooks', undefined, {}, TEST_SECRET_KEY)).body.data, []);
      const { body: q } = await createPayment(code);
      await gatewayPost(q.id, { action: 'fail' });
      await sandbox.tick();
      assert.equal(received.length, before);
      const again = await call('DELETE', `/v1/webhooks/${hook.id}`, undefined, {}, TEST_SECRET_KEY);
      assert.equal(again.status, 404);
    });
  });
});
