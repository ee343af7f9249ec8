// Cookies of the backend-for-frontend: names (with the `__Host-` prefix when Secure), attributes, and
// the sealed transaction cookie (a compact JWE, dir + A256GCM, through jose: no hand-made crypto).
import { EncryptJWT, jwtDecrypt, type JWTPayload } from 'jose';

export interface CookieNames {
  session: string;
  /** The login transaction cookies' prefix: each login's cookie is this, `-`, and an id from its `state`. */
  transaction: string;
}

/** `__Host-` names need Secure, Path=/ and no Domain; without Secure (http://localhost) the plain names. */
export const cookieNames = (secure: boolean, prefix = 'dvc'): CookieNames => ({
  session: `${secure ? '__Host-' : ''}${prefix}-session`,
  transaction: `${secure ? '__Host-' : ''}${prefix}-auth`,
});

/** A `Set-Cookie` value: HttpOnly, Path=/, SameSite=Lax (the callback is a cross-site top-level GET), Secure unless told. */
export function serializeCookie(name: string, value: string, options: { secure: boolean; maxAge: number }): string {
  return [
    `${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${Math.max(0, Math.floor(options.maxAge))}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** Every cookie of a `Cookie` header, `[name, value]`, in the header's order. */
export function readCookies(header: string | null): [name: string, value: string][] {
  const cookies: [string, string][] = [];
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.push([part.slice(0, at).trim(), part.slice(at + 1).trim()]);
  }
  return cookies;
}

/** A cookie's value from a `Cookie` header, or undefined. */
export function readCookie(header: string | null, name: string): string | undefined {
  return readCookies(header).find(([key]) => key === name)?.[1];
}

/** The 256-bit key for sealing, derived from the site's cookie secret with HKDF-SHA-256 (Web Crypto). */
export async function sealingKey(secret: string): Promise<Uint8Array> {
  if (secret.length < 32) throw new TypeError('cookieSecret must be at least 32 characters (random, kept on the server)');
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode('dvc-kit bff cookie v1') },
    material, 256,
  );
  return new Uint8Array(bits);
}

/** Seals a payload into a compact JWE (authenticated encryption) that expires after `seconds`. */
export function seal(key: Uint8Array, payload: JWTPayload, seconds: number, now: number): Promise<string> {
  return new EncryptJWT(payload).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt(now).setExpirationTime(now + seconds).encrypt(key);
}

/** Opens a sealed payload; undefined when it was tampered with, made with another key, or expired. */
export async function unseal<T>(key: Uint8Array, value: string, now: number): Promise<T | undefined> {
  try {
    const { payload } = await jwtDecrypt(value, key, {
      keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'], currentDate: new Date(now * 1000),
    });
    return payload as T;
  } catch {
    return undefined;
  }
}
