import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { Sandbox } from '../../context.js';

/**
 * The provider's signing keys, newest first, kept in the `meta` table (so a sandbox with a data dir
 * signs with the same keys after a restart). A rotation is staged: a new key is published in the
 * JWKS at once but signs only from its `activeFrom`, so relying parties that cached the JWKS have
 * fetched it again before they meet a token it signed. One key signs (the newest whose time has
 * come); the others (the next one, the retired ones) are published for verification only.
 */
export interface SigningKey {
  jwk: JWK & { kid: string; alg: 'RS256'; use: 'sig' };
  createdAt: string;
  /** When it starts signing, by the sandbox's clock; absent: from its creation (a first key). */
  activeFrom?: string;
}

const KEYS = 'oidc_signing_keys';
const COOKIE_SECRET = 'oidc_cookie_secret';
/** Retired keys kept for verification: a token lives minutes, an ID token ten, so two are plenty. */
const RETIRED_KEPT = 2;
/**
 * Seconds between publishing a new key and signing with it, by default: openid-client (a BFF) fetches
 * the JWKS again for an unknown `kid` only when its copy is 60 seconds old, and jose's remote JWKS
 * after 30 seconds.
 */
export const KEY_ACTIVATION_SECONDS = 60;

const readMeta = (sb: Sandbox, key: string) =>
  sb.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
const writeMeta = (sb: Sandbox, key: string, value: string) =>
  sb.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);

/** A new RS256 key (RS256 is the one algorithm every OpenID relying party must support). */
async function newKey(sb: Sandbox, activeFrom?: Date): Promise<SigningKey> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk);
  return { jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' }, createdAt: sb.now().toISOString(), ...(activeFrom ? { activeFrom: activeFrom.toISOString() } : {}) };
}

/** The stored keys; the first call makes one. */
export async function signingKeys(sb: Sandbox): Promise<SigningKey[]> {
  const stored = readMeta(sb, KEYS);
  if (stored) return JSON.parse(stored) as SigningKey[];
  const keys = [await newKey(sb)];
  writeMeta(sb, KEYS, JSON.stringify(keys));
  return keys;
}

const activeAt = (key: SigningKey, now: Date) => !key.activeFrom || Date.parse(key.activeFrom) <= now.getTime();

/**
 * Which key signs at `now` (the newest whose time has come) and when that changes next (the
 * soonest `activeFrom` still to come, in ms; null when none).
 */
export function signingState(keys: SigningKey[], now: Date): { signing: SigningKey; changesAt: number | null } {
  const signing = keys.find((k) => activeAt(k, now)) ?? keys.at(-1)!;
  const coming = keys.filter((k) => !activeAt(k, now)).map((k) => Date.parse(k.activeFrom!));
  return { signing, changesAt: coming.length ? Math.min(...coming) : null };
}

/**
 * The keys as the provider takes them: the signing key as it is, every other one marked
 * `key_ops: ["verify"]` (oidc-provider signs with none of them; relying parties verify with all).
 */
export function providerKeys(keys: SigningKey[], now: Date): JWK[] {
  const { signing } = signingState(keys, now);
  return keys.map((k) => (k === signing ? k.jwk : { ...k.jwk, key_ops: ['verify'] }));
}

/** Keeps the keys still to sign, the signing one, and the newest {@link RETIRED_KEPT} before it. */
function prune(keys: SigningKey[], now: Date): SigningKey[] {
  const at = keys.indexOf(signingState(keys, now).signing);
  return keys.slice(0, at + 1 + RETIRED_KEPT);
}

/**
 * Adds a new key, published at once and signing `activateAfterSeconds` later (by the sandbox's
 * clock); the signing key until then, and the newest retired ones, stay published.
 */
export async function addSigningKey(sb: Sandbox, activateAfterSeconds = KEY_ACTIVATION_SECONDS): Promise<SigningKey> {
  const now = sb.now();
  const key = await newKey(sb, new Date(now.getTime() + Math.max(0, activateAfterSeconds) * 1000));
  writeMeta(sb, KEYS, JSON.stringify(prune([key, ...(await signingKeys(sb))], now)));
  return key;
}

/** Makes the newest published key sign from now on (the second step of a rotation, without waiting). */
export async function activateNewestKey(sb: Sandbox): Promise<SigningKey> {
  const now = sb.now();
  const keys = await signingKeys(sb);
  const newest = keys[0]!;
  if (!activeAt(newest, now)) newest.activeFrom = now.toISOString();
  writeMeta(sb, KEYS, JSON.stringify(prune(keys, now)));
  return newest;
}

/** The secret that signs the provider's cookies (session, interaction). */
export function cookieSecret(sb: Sandbox): string {
  const stored = readMeta(sb, COOKIE_SECRET);
  if (stored) return stored;
  const secret = randomBytes(32).toString('base64url');
  sb.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(COOKIE_SECRET, secret);
  return readMeta(sb, COOKIE_SECRET)!;
}
