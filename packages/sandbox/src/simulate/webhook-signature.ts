import { createHmac } from 'node:crypto';

/**
 * The `Dvc-Signature` header of a webhook delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.body")>`.
 * Receivers recompute the HMAC over the raw body and refuse timestamps more than 300 s away.
 */
export function signWebhook(secret: string | readonly string[], body: string, timestamp: number): string {
  const t = Math.floor(timestamp);
  // Several secrets (a rotation's overlap): one v1 each, and a receiver accepts any that matches.
  const v1 = (typeof secret === 'string' ? [secret] : secret)
    .map((s) => `,v1=${createHmac('sha256', s).update(`${t}.${body}`, 'utf8').digest('hex')}`);
  return `t=${t}${v1.join('')}`;
}
