import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './schema.js';

export type Db = Database.Database;

/** Opens (creating if needed) the sandbox database and brings its schema up to date. */
export function openDatabase(options: { memory: boolean; dataDir: string }): Db {
  let db: Db;
  if (options.memory) {
    db = new Database(':memory:');
  } else {
    mkdirSync(options.dataDir, { recursive: true });
    db = new Database(join(options.dataDir, 'sandbox.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The database was made by a newer sandbox (schema ${current}, this one knows ${migrations.length}). ` +
        'Use a newer sandbox or another --data-dir.',
    );
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/** Reads a row's JSON column. */
export const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));
