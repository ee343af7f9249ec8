import { createHmac } from 'node:crypto';

/**
 * The `Dvc-Signature` header of a webhook delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.body")>`.
 * Receivers recompute the HMAC over the raw body and refuse timestamps more than 300 s away.
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const t = Math.floor(timestamp);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex');
  return `t=${t},v1=${v1}`;
}
