import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sandbox } from '../context.js';

// Capability links: a dossier's receipt and result are files a browser opens with a plain link
// (no key, no header), so the link itself carries a signature of what it opens. Only an answer
// that already proved the verifier (the dossier's phone) hands one out.

const secrets = new WeakMap<Sandbox['db'], Buffer>();

/** The data dir's signing secret: made once, kept in `meta`, so links outlive a restart. */
function secretOf(sb: Sandbox): Buffer {
  let secret = secrets.get(sb.db);
  if (secret) return secret;
  const read = sb.db.prepare("SELECT value FROM meta WHERE key = 'link_secret'").pluck();
  let value = read.get() as string | undefined;
  if (!value) {
    sb.db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('link_secret', ?)").run(randomBytes(32).toString('base64url'));
    value = read.get() as string;
  }
  secret = Buffer.from(value, 'base64url');
  secrets.set(sb.db, secret);
  return secret;
}

export type LinkKind = 'receipt' | 'result';

const sign = (sb: Sandbox, kind: LinkKind, code: string) =>
  createHmac('sha256', secretOf(sb)).update(`${kind}\n${code}`, 'utf8').digest().subarray(0, 18).toString('base64url');

const files: Record<LinkKind, string> = { receipt: 'giay-tiep-nhan.pdf', result: 'ket-qua.pdf' };

/** The site path of a dossier's file: `/ho-so/{code}/giay-tiep-nhan.pdf?t=…`. */
export function dossierFilePath(sb: Sandbox, kind: LinkKind, code: string): string {
  return `/ho-so/${encodeURIComponent(code)}/${files[kind]}?t=${sign(sb, kind, code)}`;
}

/** The absolute link clients get. */
export const dossierFileUrl = (sb: Sandbox, kind: LinkKind, code: string): string =>
  `${sb.baseUrl()}${dossierFilePath(sb, kind, code)}`;

/** The file a path names (`giay-tiep-nhan.pdf` → receipt), or null. */
export function linkKindOf(file: string): LinkKind | null {
  return (Object.keys(files) as LinkKind[]).find((k) => files[k] === file) ?? null;
}

/** Whether `token` is the signature of this kind of file of this dossier. */
export function verifyLink(sb: Sandbox, kind: LinkKind, code: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(sign(sb, kind, code));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
