#!/usr/bin/env node
// @ts-check
// The integration from the command line: start the server, register the webhook, submit one dossier,
// print what the portal sends back, and stop cleanly on Ctrl+C (SIGINT) or SIGTERM.
//
//   DVC_BASE_URL    the portal API (default http://127.0.0.1:8787, the sandbox of `npm start`)
//   DVC_SECRET_KEY  a secret key (default sk_test_dvckit_local, the sandbox's test key)
//   PORT            this server's port (default 3000)
//   DVC_DEMO_PAY    succeed | fail | cancel: play the citizen at the sandbox's gateway (demo only)
import { startIntegration } from './integration.mjs';
import { payAtGateway } from './pay-at-gateway.mjs';

const baseUrl = process.env.DVC_BASE_URL || 'http://127.0.0.1:8787';
const secretKey = process.env.DVC_SECRET_KEY || 'sk_test_dvckit_local';
const port = Number(process.env.PORT || 3000);
const demoPay = process.env.DVC_DEMO_PAY;

const clock = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
/** @param {string} line */
const log = (line) => console.log(`${clock.format(new Date())}  ${line}`);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT phải là số nguyên từ 0 đến 65535 (nhận được "${process.env.PORT}").`);
  process.exit(2);
}
if (demoPay && !['succeed', 'fail', 'cancel'].includes(demoPay)) {
  console.error(`DVC_DEMO_PAY phải là succeed, fail hoặc cancel (nhận được "${demoPay}").`);
  process.exit(2);
}

/** @type {import('./integration.mjs').Integration | undefined} */
let integration;
let stopping = false;

/** @param {number} code */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await integration?.close();
  process.exitCode = code;
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (stopping) {
      // A second Ctrl+C while unregistering: stop at once.
      console.error('Dừng ngay.');
      process.exit(130);
    }
    log(`Nhận ${signal}: đang dừng…`);
    void stop(0).then(() => log('Đã dừng.'));
  });
}

try {
  integration = await startIntegration({ baseUrl, secretKey, port, log });
  const { payment } = await integration.submitDossier();
  if (payment && demoPay) {
    const back = await payAtGateway(payment.checkoutUrl, { outcome: /** @type {'succeed' | 'fail' | 'cancel'} */ (demoPay) });
    log(`(Giả lập người nộp: "${demoPay}" trên cổng thanh toán; trang trả về: ${back.text.trim()})`);
  } else if (payment) {
    // Where a web service would redirect the citizen's browser. Printed only because this is a local
    // sandbox demo: a checkout link lets whoever holds it pay or cancel.
    console.log(`\n  Thanh toán (sandbox): mở ${payment.checkoutUrl} trong trình duyệt\n`);
  }
  log('Đang chờ webhook… (Ctrl+C để dừng)');
} catch (error) {
  const cause = /** @type {{ cause?: { code?: string } }} */ (error).cause?.code;
  const message = `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}`;
  const hint = /connection|ECONNREFUSED|fetch failed/i.test(message) ? `\nSandbox đã chạy chưa (npm start)? DVC_BASE_URL=${baseUrl}` : '';
  console.error(`Lỗi: ${message}${hint}`);
  await stop(1);
}
