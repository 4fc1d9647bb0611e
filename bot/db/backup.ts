// Backing up and restoring the embedded SQLite database (`admin backup` and `admin restore`). A backup is a consistent
// copy taken while the server runs (VACUUM INTO: one read transaction, freed pages left out, so erased data does not
// travel); personal data in it stays encrypted exactly as in the database, and the data key is never in it. A restore
// refuses whatever could lose or mix data: the server still running, a file that is not a sound peer-connect
// database, one made by a newer version, or one whose data key is not at hand. PostgreSQL has pg_dump and pg_restore.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** What a backup file holds, read without changing it. */
export interface BackupFacts {
  /** The data key its personal data is encrypted with (an id, never the key); null before first use. */
  keyId: string | null;
  /** Migrations applied to it, oldest first. */
  migrations: string[];
  people: number;
}

export interface BackupResult extends BackupFacts {
  file: string;
  bytes: number;
}

export interface RestoreResult extends BackupFacts {
  /** Where the database it replaced was kept; null when there was none. */
  kept: string | null;
}

const PEER_CONNECT_TABLES = ['Person', 'DataKeyCheck', '_prisma_migrations'];
/** Files SQLite keeps beside a database: a log of the old database must never be replayed into a restored one. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

function codeOf(err: unknown): unknown {
  return err instanceof Error ? Reflect.get(err, 'code') : undefined;
}

const firstLine = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';

/** Reads a would-be backup; throws a one-line Error saying why it is not a sound peer-connect database. */
export function inspectBackup(file: string): BackupFacts {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new Error(`cannot open ${file}: ${firstLine(err)}`, { cause: err });
  }
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} is damaged (SQLite integrity check: ${String(check)})`);
    const tables = new Set(
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((r) => r.name),
    );
    const missing = PEER_CONNECT_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw new Error(`${file} is not a peer-connect database (no ${missing.join(', ')} table)`);
    const key = db.prepare<[], { keyId: string }>('SELECT keyId FROM DataKeyCheck WHERE id = 1').get();
    const migrations = db
      .prepare<[], { migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ' +
          'ORDER BY migration_name',
      )
      .all()
      .map((r) => r.migration_name);
    const people = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM Person').get()?.n ?? 0;
    return { keyId: key?.keyId ?? null, migrations, people };
  } catch (err) {
    if (codeOf(err) === 'SQLITE_NOTADB') throw new Error(`${file} is not a SQLite database`, { cause: err });
    throw err;
  } finally {
    db.close();
  }
}

/** Copies the live database at `databaseFile` to `dest` (which must not exist yet), readable by its owner only. */
export function backupSqlite(databaseFile: string, dest: string): BackupResult {
  if (!fs.existsSync(databaseFile)) throw new Error(`there is no database at ${databaseFile} to back up`);
  const file = path.resolve(dest);
  if (fs.existsSync(file)) throw new Error(`${file} already exists: choose a new file name (nothing is overwritten)`);
  if (!fs.existsSync(path.dirname(file))) throw new Error(`the folder ${path.dirname(file)} does not exist`);
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
  try {
    // Made 0600 before anything is written into it; VACUUM INTO then fills the empty file.
    fs.writeFileSync(file, '', { flag: 'wx', mode: 0o600 });
    db.prepare('VACUUM INTO ?').run(file);
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw new Error(`cannot back up to ${file}: ${firstLine(err)}`, { cause: err });
  } finally {
    db.close();
  }
  return { file, bytes: fs.statSync(file).size, ...inspectBackup(file) };
}

/** Holds the live database exclusively, or says it is in use: a running server keeps a connection open. */
function takeExclusively(databaseFile: string): Database.Database {
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT'); // the lock stays held in EXCLUSIVE locking mode until the connection closes
    return db;
  } catch (err) {
    db.close();
    if (codeOf(err) === 'SQLITE_BUSY' || codeOf(err) === 'SQLITE_LOCKED') {
      throw new Error(
        `the database ${databaseFile} is in use (is peer-connect still running?): stop the server, then restore`,
        { cause: err },
      );
    }
    throw err;
  }
}

export interface RestoreOptions {
  databaseFile: string;
  backupFile: string;
  /** Ids of the data keys at hand (DATA_KEY and DATA_KEY_PREVIOUS, or the key file's). */
  keyIds: readonly string[];
  /** Migrations this version of peer-connect knows. */
  knownMigrations: ReadonlySet<string>;
  /** Names the copy of the replaced database (a timestamp). */
  stamp: string;
}

/** Puts the backup in place of the live database, keeping the one it replaces beside it; refuses when unsafe. */
export function restoreSqlite(options: RestoreOptions): RestoreResult {
  const live = path.resolve(options.databaseFile);
  const source = path.resolve(options.backupFile);
  if (!fs.existsSync(source)) throw new Error(`there is no backup at ${source}`);
  if (source === live) throw new Error(`${source} is the database itself, not a backup of it`);
  const facts = inspectBackup(source);
  const unknown = facts.migrations.filter((m) => !options.knownMigrations.has(m));
  if (unknown.length > 0) {
    throw new Error(
      `the backup was made by a newer version of peer-connect (migration ${unknown[0]} is unknown here): upgrade first`,
    );
  }
  if (facts.keyId !== null && !options.keyIds.includes(facts.keyId)) {
    const here =
      options.keyIds.length > 0
        ? `this server has ${options.keyIds.join(', ')}`
        : 'there is no DATA_KEY and no key file beside the database';
    throw new Error(
      `the backup's personal data is encrypted with data key ${facts.keyId}, but ${here}: set DATA_KEY to that key ` +
        '(or put its key file back) first; a backup never holds the key',
    );
  }
  fs.mkdirSync(path.dirname(live), { recursive: true });
  let kept: string | null = null;
  if (fs.existsSync(live)) {
    const db = takeExclusively(live);
    try {
      kept = `${live}.before-restore-${options.stamp}`;
      fs.writeFileSync(kept, '', { flag: 'wx', mode: 0o600 });
      db.prepare('VACUUM INTO ?').run(kept);
    } catch (err) {
      if (kept) fs.rmSync(kept, { force: true });
      throw new Error(`cannot keep a copy of the database before restoring: ${firstLine(err)}`, { cause: err });
    } finally {
      db.close();
    }
  }
  for (const side of SIDE_FILES) fs.rmSync(`${live}${side}`, { force: true });
  // Copied beside the database and renamed over it: the database is the old one or the new one, never half of each.
  const temp = `${live}.restoring-${process.pid}`;
  fs.copyFileSync(source, temp);
  fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, live);
  return { ...facts, kept };
}
