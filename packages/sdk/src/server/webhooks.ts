import { webhookEvent, type Locale, type WebhookEvent } from '@dvc-kit/contract';

/** Why a delivery was refused. */
export type WebhookErrorCode =
  | 'missing_secret' | 'missing_header' | 'malformed_header' | 'unsupported_scheme' | 'timestamp_too_old'
  | 'timestamp_in_future' | 'signature_mismatch' | 'invalid_payload';

const text: Record<WebhookErrorCode, [vi: string, en: string]> = {
  missing_secret: [
    'Thiếu khóa bí mật của webhook (whsec_…, trả về một lần khi đăng ký webhook). Kiểm tra biến môi trường.',
    'The webhook secret is missing (whsec_…, returned once when the webhook was registered). Check your environment variable.',
  ],
  missing_header: [
    'Thiếu header Dvc-Signature. Hãy truyền request.headers.get(\'dvc-signature\'); một proxy có thể đã loại bỏ nó.',
    'The Dvc-Signature header is missing. Pass request.headers.get(\'dvc-signature\'); a proxy may have stripped it.',
  ],
  malformed_header: [
    'Header Dvc-Signature không đúng dạng "t=<giây unix>,v1=<hex>". Hãy truyền nguyên giá trị header.',
    'The Dvc-Signature header is not of the form "t=<unix seconds>,v1=<hex>". Pass the header value unchanged.',
  ],
  unsupported_scheme: [
    'Header Dvc-Signature không có chữ ký v1 (HMAC-SHA256). Các lược đồ khác không được chấp nhận.',
    'The Dvc-Signature header has no v1 (HMAC-SHA256) signature. Other schemes are not accepted.',
  ],
  timestamp_too_old: [
    'Thời điểm ký ({age} giây trước) vượt quá dung sai {tolerance} giây: có thể là gửi lại (replay) hoặc đồng hồ máy chủ bị lệch.',
    'The signature timestamp ({age} s ago) is outside the {tolerance} s tolerance: a replay, or this server\'s clock is wrong.',
  ],
  timestamp_in_future: [
    'Thời điểm ký ở tương lai ({age} giây tới), vượt quá dung sai {tolerance} giây: đồng hồ máy chủ có thể bị lệch.',
    'The signature timestamp is {age} s in the future, beyond the {tolerance} s tolerance: this server\'s clock may be wrong.',
  ],
  signature_mismatch: [
    'Chữ ký không khớp. Hãy tính trên thân yêu cầu gốc (raw body), không phải JSON đã phân tích rồi stringify lại, và dùng đúng khóa bí mật của webhook này.',
    'The signature does not match. Verify the raw request body (not JSON parsed and re-stringified) with this webhook\'s own secret.',
  ],
  invalid_payload: [
    'Chữ ký hợp lệ nhưng nội dung không phải một sự kiện webhook đúng hợp đồng.',
    'The signature is valid but the body is not a webhook event of the contract.',
  ],
};

/**
 * A delivery that must be refused (answer 400). `code` says why; the message names the usual mistake.
 * @example
 * ```ts
 * try { await verifyWebhook(body, header, secret); }
 * catch (e) { if (e instanceof WebhookVerificationError) return new Response(e.code, { status: 400 }); throw e; }
 * ```
 */
export class WebhookVerificationError extends Error {
  /** Always `webhook_verification` (a string to test across bundles). */
  readonly type = 'webhook_verification';
  /** Why the delivery was refused. */
  readonly code: WebhookErrorCode;
  constructor(code: WebhookErrorCode, locale: Locale, params: Record<string, unknown> = {}) {
    super(text[code][locale === 'en' ? 1 : 0].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k])));
    this.name = 'WebhookVerificationError';
    this.code = code;
  }
}

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** Largest accepted age (and clock skew into the future) of the signature, in seconds (default 300). */
  tolerance?: number;
  /** Language of error messages (default `en`: they are read in server logs). */
  locale?: Locale;
  /** The current time in ms (tests). */
  now?: number;
}

const encoder = new TextEncoder();

/** Compares in time that depends only on the length, never on where the first difference is. */
function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function hexBytes(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * Checks a webhook delivery's `Dvc-Signature` (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`)
 * with Web Crypto, in constant time, and returns the parsed event. Rejects with a
 * {@link WebhookVerificationError} on a missing or malformed header, another scheme, a timestamp
 * outside `tolerance` (either way), a wrong signature, or a body that is not an event.
 *
 * Pass the body exactly as received (string or bytes): parsing and re-serialising JSON changes it.
 *
 * @example
 * ```ts
 * // Node (node:http): collect the raw body first.
 * const raw = Buffer.concat(chunks);
 * const event = await verifyWebhook(raw, req.headers['dvc-signature'], secret);
 * if (event.type === 'dossier.status_changed') console.log(event.data.code, event.data.status);
 * ```
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  header: string | string[] | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const { tolerance = 300, locale = 'en' } = options;
  const fail = (code: WebhookErrorCode, params?: Record<string, unknown>) => new WebhookVerificationError(code, locale, params);
  if (typeof secret !== 'string' || !secret) throw fail('missing_secret');
  const value = Array.isArray(header) ? header.join(',') : header;
  if (typeof value !== 'string' || !value.trim()) throw fail('missing_header');

  let timestamp: number | undefined;
  const v1: Uint8Array[] = [];
  let other = false;
  for (const part of value.split(',')) {
    const at = part.indexOf('=');
    if (at < 1) throw fail('malformed_header');
    const key = part.slice(0, at).trim();
    const item = part.slice(at + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(item)) throw fail('malformed_header');
      timestamp = Number(item);
    } else if (key === 'v1') {
      const bytes = hexBytes(item);
      if (bytes?.length !== 32) throw fail('malformed_header');
      v1.push(bytes);
    } else other = true;
  }
  if (timestamp === undefined) throw fail('malformed_header');
  if (!v1.length) throw fail(other ? 'unsupported_scheme' : 'malformed_header');

  const age = Math.floor((options.now ?? Date.now()) / 1000) - timestamp;
  if (age > tolerance) throw fail('timestamp_too_old', { age, tolerance });
  if (-age > tolerance) throw fail('timestamp_in_future', { age: -age, tolerance });

  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : new Uint8Array(rawBody);
  const signed = new Uint8Array(String(timestamp).length + 1 + body.length);
  signed.set(encoder.encode(`${timestamp}.`));
  signed.set(body, String(timestamp).length + 1);
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, signed));
  // Check every v1 (a secret being rotated may sign twice) without stopping at the first match.
  let ok = false;
  for (const candidate of v1) ok = equal(candidate, expected) || ok;
  if (!ok) throw fail('signature_mismatch');

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw fail('invalid_payload');
  }
  const result = webhookEvent.safeParse(parsed);
  if (!result.success) throw fail('invalid_payload');
  return result.data;
}
