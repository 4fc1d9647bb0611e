// `admin rotate-key`: a new data key encrypts everything from now on. With a key file, the new key is written first
// (older keys stay below it, so a rotation cut short still reads on the next start, which finishes it); every
// encrypted field is rewritten with the new key; the database records which key it is now encrypted with. With
// DATA_KEY, the operator is given the new key to set. Blind indexes keep the oldest key's index key (crypto.ts).
import fs from 'node:fs';
import { audit } from '../audit.js';
import { scrubFreedSpace, type OpenDatabase } from './client.js';
import { dataKey, newKey, parseKey, type Keyring } from './crypto.js';
import { readOrCreateKeyFile, writeKeyFile } from './data-key.js';
import { withEncryption } from './encryption.js';
import { reencryptAll } from './reencrypt.js';

export interface Rotation {
  from: string;
  to: string;
  rows: number;
  keyFile: string | null;
  /** The new key (base64): to be set as DATA_KEY when there is no key file. */
  newKey: string;
}

export async function rotateDataKey(opened: OpenDatabase, given: string | undefined, now: Date): Promise<Rotation> {
  const raw = given ? parseKey(given) : newKey();
  const text = raw.toString('base64');
  const ring: Keyring = {
    current: dataKey(raw),
    previous: [opened.keyring.current, ...opened.keyring.previous],
  };
  if (opened.keyFile) {
    const keys = fs.existsSync(opened.keyFile) ? readOrCreateKeyFile(opened.keyFile) : [];
    writeKeyFile(opened.keyFile, [text, ...keys]);
  }
  const db = withEncryption(opened.raw, ring);
  const rows = await reencryptAll(db);
  await opened.raw.dataKeyCheck.upsert({
    where: { id: 1 },
    create: { id: 1, keyId: ring.current.id },
    update: { keyId: ring.current.id, at: now },
  });
  await audit(opened.raw, now, 'admin', 'data-key.rotated', null, null, {
    from: opened.keyring.current.id,
    to: ring.current.id,
    rows,
  });
  await scrubFreedSpace(opened.db);
  return { from: opened.keyring.current.id, to: ring.current.id, rows, keyFile: opened.keyFile, newKey: text };
}
