// Where the data key comes from: DATA_KEY (with DATA_KEY_PREVIOUS during a rotation), or, for a local SQLite database
// without one, a key file beside the database, created on the first start (mode 0600, and a log line saying so).
// The server and the CLIs find it the same way. PostgreSQL needs DATA_KEY: several instances must share one key.
import fs from 'node:fs';
import { dataKey, newKey, parseKey, type Keyring } from './crypto.js';

export interface KeySource {
  /** DATA_KEY: 64 hex digits or base64 of 32 bytes. */
  dataKey?: string | undefined;
  /** DATA_KEY_PREVIOUS: keys that may still decrypt (comma-separated in the environment). */
  previousKeys?: readonly string[] | undefined;
  /** Told once when a key file is created. */
  onCreated?: (file: string) => void;
}

export const keyFileFor = (databaseFile: string): string => `${databaseFile}.key`;

/** Ids of the keys at hand for a database, without making a key file when there is none (for checking a backup). */
export function keyIdsAtHand(source: KeySource, sqliteFile: string | null): string[] {
  const file = sqliteFile === null || source.dataKey ? null : keyFileFor(sqliteFile);
  const fromFile = file && fs.existsSync(file) ? readOrCreateKeyFile(file) : [];
  const keys = [...(source.dataKey ? [source.dataKey] : fromFile), ...(source.previousKeys ?? [])];
  return keys.map((k) => dataKey(parseKey(k)).id);
}

/** The keyring for a database: from DATA_KEY, else the key file beside a SQLite database (made if missing). */
export function resolveKeyring(source: KeySource, sqliteFile: string | null): Keyring {
  const previous = (source.previousKeys ?? []).map((k) => dataKey(parseKey(k)));
  if (source.dataKey) return { current: dataKey(parseKey(source.dataKey)), previous };
  if (sqliteFile === null) {
    throw new Error('DATA_KEY must be set for PostgreSQL: personal data is encrypted with it (see .env.example)');
  }
  const lines = readOrCreateKeyFile(keyFileFor(sqliteFile), source.onCreated);
  const [first, ...rest] = lines.map((l) => dataKey(parseKey(l)));
  if (!first) throw new Error(`the key file ${keyFileFor(sqliteFile)} holds no key`);
  return { current: first, previous: [...rest, ...previous] };
}

/** The key file's keys, newest first; created (0600) with a new key if there is none. */
export function readOrCreateKeyFile(file: string, onCreated?: (file: string) => void): string[] {
  try {
    fs.writeFileSync(file, `${newKey().toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    onCreated?.(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Writes the key file (newest first) so that it is replaced whole or not at all. */
export function writeKeyFile(file: string, keys: readonly string[]): void {
  const temp = `${file}.new`;
  fs.writeFileSync(temp, `${keys.join('\n')}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}
