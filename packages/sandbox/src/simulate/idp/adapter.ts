import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Sandbox } from '../../context.js';

/**
 * oidc-provider's storage (sessions, grants, codes, tokens, interactions) in the sandbox's SQLite
 * database (table `oidc_store`, migration 7): state survives a restart of a sandbox with a data
 * dir, and a provider rebuilt after a key rotation finds every session and token it had. Entries
 * are kept until they expire; the simulation loop drops expired ones (see {@link dropExpired}).
 * The interface is oidc-provider's (its example/my_adapter.js).
 */
/**
 * How long an access token is kept after it expires: the portal then answers `account_token_expired`
 * (refresh) rather than `account_token_invalid` (log in again). The token carries its own expiry,
 * which oidc-provider checks on every use; the row is only found, never honoured, once expired.
 */
const EXPIRED_TOKEN_KEPT_MS = 10 * 60 * 1000;

/** The models whose entries belong to a grant (what `revokeByGrantId` removes), as in oidc-provider's memory adapter. */
const grantable = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest', 'PreAuthorizedCode']);

export function sqliteAdapter(sb: Sandbox): new (model: string) => Adapter {
  const db = sb.db;
  const read = db.prepare('SELECT payload, expires_at FROM oidc_store WHERE model = ? AND id = ?');
  const readByUid = db.prepare('SELECT payload, expires_at FROM oidc_store WHERE model = ? AND uid = ?');
  const write = db.prepare(`INSERT OR REPLACE INTO oidc_store (model, id, payload, grant_id, uid, expires_at)
    VALUES (@model, @id, @payload, @grant_id, @uid, @expires_at)`);
  const consume = db.prepare(`UPDATE oidc_store SET payload = json_set(payload, '$.consumed', ?) WHERE model = ? AND id = ?`);
  const destroy = db.prepare('DELETE FROM oidc_store WHERE model = ? AND id = ?');
  const revoke = db.prepare('DELETE FROM oidc_store WHERE grant_id = ?');

  type Row = { payload: string; expires_at: number | null } | undefined;
  // oidc-provider keeps its own time (the real clock): expiry here is by Date.now(), not sb.now().
  const live = (row: Row): AdapterPayload | undefined =>
    row && (row.expires_at === null || row.expires_at > Date.now()) ? (JSON.parse(row.payload) as AdapterPayload) : undefined;

  return class SqliteAdapter implements Adapter {
    constructor(readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      write.run({
        model: this.model,
        id,
        payload: JSON.stringify(payload),
        grant_id: grantable.has(this.model) ? (payload.grantId ?? null) : null,
        uid: payload.uid ?? null,
        expires_at: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 + (this.model === 'AccessToken' ? EXPIRED_TOKEN_KEPT_MS : 0) : null,
      });
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return live(read.get(this.model, id) as Row);
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return live(readByUid.get(this.model, uid) as Row);
    }

    async findByUserCode(): Promise<undefined> {
      return undefined; // the device flow is off
    }

    async consume(id: string): Promise<void> {
      consume.run(Math.floor(Date.now() / 1000), this.model, id);
    }

    async destroy(id: string): Promise<void> {
      destroy.run(this.model, id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      revoke.run(grantId);
    }
  };
}

/** Deletes what has expired (called by the simulation loop). */
export function dropExpired(sb: Sandbox): void {
  sb.db.prepare('DELETE FROM oidc_store WHERE expires_at IS NOT NULL AND expires_at <= ?').run(Date.now());
}
