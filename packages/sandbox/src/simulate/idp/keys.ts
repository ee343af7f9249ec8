import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { Sandbox } from '../../context.js';

/**
 * The provider's signing keys, newest first, kept in the `meta` table (so a sandbox with a data dir
 * signs with the same keys after a restart). The first key signs; the others stay in the JWKS so
 * tokens they signed still verify after a rotation. At most {@link KEPT_KEYS} are kept.
 */
export interface SigningKey {
  jwk: JWK & { kid: string; alg: 'RS256'; use: 'sig' };
  createdAt: string;
}

const KEYS = 'oidc_signing_keys';
const COOKIE_SECRET = 'oidc_cookie_secret';
/** The current key and the two before it: a token lives minutes, an ID token ten, so that is plenty. */
const KEPT_KEYS = 3;

const readMeta = (sb: Sandbox, key: string) =>
  sb.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
const writeMeta = (sb: Sandbox, key: string, value: string) =>
  sb.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);

/** A new RS256 key (RS256 is the one algorithm every OpenID relying party must support). */
async function newKey(sb: Sandbox): Promise<SigningKey> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk);
  return { jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' }, createdAt: sb.now().toISOString() };
}

/** The stored keys; the first call makes one. */
export async function signingKeys(sb: Sandbox): Promise<SigningKey[]> {
  const stored = readMeta(sb, KEYS);
  if (stored) return JSON.parse(stored) as SigningKey[];
  const keys = [await newKey(sb)];
  writeMeta(sb, KEYS, JSON.stringify(keys));
  return keys;
}

/** Puts a new key first (it signs from now on) and keeps the newest older ones for verification. */
export async function addSigningKey(sb: Sandbox): Promise<SigningKey> {
  const key = await newKey(sb);
  writeMeta(sb, KEYS, JSON.stringify([key, ...(await signingKeys(sb))].slice(0, KEPT_KEYS)));
  return key;
}

/** The secret that signs the provider's cookies (session, interaction). */
export function cookieSecret(sb: Sandbox): string {
  const stored = readMeta(sb, COOKIE_SECRET);
  if (stored) return stored;
  const secret = randomBytes(32).toString('base64url');
  sb.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(COOKIE_SECRET, secret);
  return readMeta(sb, COOKIE_SECRET)!;
}
