// Rewrites every encrypted field with the keyring's current key (and every blind index with it): after a key rotation,
// and once when a database written before encryption was on is first opened with a key. Rows are read through the
// extension (any key in the ring decrypts, plaintext reads as it is) and written back through it (current key).
// `encryptLeftovers` runs on every start: a field encrypted only from some release on (a Teams mentee's user id, staff
// names) is still in clear in the rows written before it, so those rows alone are encrypted, and indexed, then.
import type { Db } from './db-type.js';
import { ENCRYPTED } from './encryption.js';
import { STRING_PREFIX } from './crypto.js';

const BATCH = 500;

interface Delegate {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  update(args: object): Promise<unknown>;
}

/** Encrypts the string fields still held in clear; `raw` finds them, `db` (the encrypting client) writes them.
 * Returns how many rows. Cheap when there are none: one query per encrypted string field. */
export async function encryptLeftovers(raw: Db, db: Db): Promise<number> {
  let rows = 0;
  for (const [model, fields] of Object.entries(ENCRYPTED)) {
    for (const name of fields.strings ?? []) {
      const find = Reflect.get(raw, delegateName(model)) as Delegate;
      const write = Reflect.get(db, delegateName(model)) as Delegate;
      let after: string | undefined;
      for (;;) {
        const batch = await find.findMany({
          where: { NOT: { [name]: { startsWith: STRING_PREFIX } }, ...(after ? { id: { gt: after } } : {}) },
          select: { id: true, [name]: true },
          orderBy: { id: 'asc' },
          take: BATCH,
        });
        for (const row of batch) {
          if (typeof row[name] !== 'string') continue;
          await write.update({ where: { id: row['id'] }, data: { [name]: row[name] } });
          rows++;
        }
        if (batch.length < BATCH) break;
        after = String(batch.at(-1)?.['id']);
      }
    }
  }
  return rows;
}

const delegateName = (model: string): string => model.charAt(0).toLowerCase() + model.slice(1);

/** Rewrites every row's encrypted fields; returns how many rows. `db` must be the encrypting client. */
export async function reencryptAll(db: Db): Promise<number> {
  let rows = 0;
  for (const [model, fields] of Object.entries(ENCRYPTED)) {
    const names = [...(fields.strings ?? []), ...(fields.json ?? [])];
    const delegate = Reflect.get(db, delegateName(model)) as Delegate;
    let after: string | undefined;
    for (;;) {
      const batch = await delegate.findMany({
        select: Object.fromEntries(['id', ...names].map((n): [string, boolean] => [n, true])),
        ...(after ? { where: { id: { gt: after } } } : {}),
        orderBy: { id: 'asc' },
        take: BATCH,
      });
      for (const row of batch) {
        const data = Object.fromEntries(names.flatMap((n) => (row[n] === null ? [] : [[n, row[n]]])));
        if (Object.keys(data).length > 0) await delegate.update({ where: { id: row['id'] }, data });
      }
      rows += batch.length;
      if (batch.length < BATCH) break;
      after = String(batch.at(-1)?.['id']);
    }
  }
  return rows;
}
