// Fields encrypted only from a later release on (a Teams mentee's user id, staff names and their Teams references) are
// still in clear in the rows written before it: on every start, those rows alone are encrypted (and indexed). Only the
// fields in ENCRYPTED_LATER are checked, so a start never reads every message or payload.
import type { Db } from './db-type.js';
import { isEncrypted, STRING_PREFIX } from './crypto.js';
import { ENCRYPTED_LATER } from './encryption.js';
import { delegateName, type Delegate } from './reencrypt.js';

const BATCH = 500;

/** Encrypts the later-encrypted fields still held in clear; `raw` finds them, `db` (the encrypting client) writes
 * them. Returns how many values. */
export async function encryptLeftovers(raw: Db, db: Db): Promise<number> {
  let values = 0;
  for (const [model, fields] of Object.entries(ENCRYPTED_LATER)) {
    const find = Reflect.get(raw, delegateName(model)) as Delegate;
    const write = Reflect.get(db, delegateName(model)) as Delegate;
    for (const name of [...(fields.strings ?? []), ...(fields.json ?? [])]) {
      // A string in clear is found by the database; a JSON value is looked at here (these tables are small).
      const json = fields.json?.includes(name) ?? false;
      let after: string | undefined;
      for (;;) {
        const batch = await find.findMany({
          where: {
            ...(json ? {} : { NOT: { [name]: { startsWith: STRING_PREFIX } } }),
            ...(after ? { id: { gt: after } } : {}),
          },
          select: { id: true, [name]: true },
          orderBy: { id: 'asc' },
          take: BATCH,
        });
        for (const row of batch) {
          const value = row[name];
          if (value === null || value === undefined || isEncrypted(value)) continue;
          if (!json && typeof value !== 'string') continue;
          await write.update({ where: { id: row['id'] }, data: { [name]: value } });
          values++;
        }
        if (batch.length < BATCH) break;
        after = String(batch.at(-1)?.['id']);
      }
    }
  }
  return values;
}
