import type { Module } from '../server.js';
import { deleteSyncedDossier, expireChanges, pushRecords, readChanges } from '../store/sync.js';
import { requireAgencies } from '../store/tenants.js';

/** Status sync of the one-stop systems (secret keys of scope `sync`, for their agencies): store/sync.ts. */
export const syncModule: Module = {
  handlers: {
    'sync.push': ({ body, key, sb, locale }) => {
      requireAgencies(key!);
      return pushRecords(sb, key!, body.records, locale);
    },
    'sync.delete': ({ params, query, key, sb }) => {
      requireAgencies(key!);
      deleteSyncedDossier(sb, key!, params.code, query.version);
    },
    'sync.changes': ({ query, key, sb, locale }) => {
      requireAgencies(key!);
      return readChanges(sb, key!, query.cursor, query.limit, locale);
    },
  },
  tick: expireChanges,
};
