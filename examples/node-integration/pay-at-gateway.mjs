// @ts-check
/**
 * Plays the citizen at the sandbox's simulated payment gateway, as their browser would: open the
 * checkout page, press a button, follow the redirect back to the integrator's return URL. For the
 * demo (`DVC_DEMO_PAY`) and the tests only: an integrator's server never pays for the citizen.
 */

/**
 * @param {string} checkoutUrl `payment.checkoutUrl` (a capability: do not log it).
 * @param {{ outcome?: 'succeed' | 'fail' | 'cancel', bank?: string }} [options] Default: succeed with Vietcombank.
 * @returns {Promise<{ returnUrl: string, status: number, text: string }>} Where the gateway sent the browser back, and that page.
 */
export async function payAtGateway(checkoutUrl, { outcome = 'succeed', bank = 'VCB' } = {}) {
  // Opening the page moves the payment from "created" to "pending".
  const page = await fetch(checkoutUrl);
  await page.body?.cancel();
  if (!page.ok) throw new Error(`The checkout page answered HTTP ${page.status}`);

  const form = await fetch(checkoutUrl, { method: 'POST', body: new URLSearchParams({ action: outcome, bank }), redirect: 'manual' });
  await form.body?.cancel();
  const location = form.headers.get('location');
  if (form.status !== 303 || !location) throw new Error(`The gateway answered HTTP ${form.status} to "${outcome}"`);

  const returnUrl = new URL(location, checkoutUrl).href;
  const back = await fetch(returnUrl);
  return { returnUrl, status: back.status, text: await back.text() };
}
