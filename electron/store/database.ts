import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ownerOnlyDir, ownerOnlyFile, tightenIfPresent } from '../security/owner-only-files';
import type { Migration } from './migrations/types';
import { migrations as allMigrations } from './migrations';
import { injectWriteFaults } from './write-faults';

export type Database = BetterSqlite3.Database;

/** The database file inside a data folder. */
export const databaseFile = (dataDir: string): string => path.join(dataDir, 'assist.db');

/**
 * Opens (creating if needed) the app database in WAL mode and brings its schema up to date.
 * Refuses a database written by a newer version of the app rather than guessing at its schema.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = allMigrations): Database {
  if (file !== ':memory:') ownerOnlyDatabase(file);
  // Under Electron the addon must be built for Electron's ABI; `npm start` prepares one and names it here.
  const nativeBinding = process.env.ASSIST_SQLITE_BINDING;
  const db = new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    injectWriteFaults(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The data folder (0700) and the database file (0600) are private to this user before SQLite opens
 * the file; SQLite gives the -wal and -shm files it creates the database's mode, and older ones are tightened.
 */
function ownerOnlyDatabase(file: string): void {
  ownerOnlyDir(path.dirname(file));
  ownerOnlyFile(file);
  for (const suffix of ['-wal', '-shm']) tightenIfPresent(`${file}${suffix}`);
}

/** Current schema version (0 for an empty database). */
export const schemaVersion = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

/** Applies, each in its own transaction, the migrations newer than the database. */
export function migrate(db: Database, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `The database is at schema version ${current}, newer than this app knows (${latest}). Update the app.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // The pragma cannot change inside a transaction: it is switched around it.
    const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
    if (migration.rebuildsTables && enforced) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.up);
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0)
          throw new Error(`migration ${migration.name} would break foreign keys`);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      if (migration.rebuildsTables && enforced) db.pragma('foreign_keys = ON');
    }
  }
}
