// Rewrites every encrypted field with the keyring's current key (and every blind index with it): after a key rotation,
// and once when a database written before encryption was on is first opened with a key. Rows are read through the
// extension (any key in the ring decrypts, plaintext reads as it is) and written back through it (current key).
import type { Db } from './db-type.js';
import { ENCRYPTED } from './encryption.js';

const BATCH = 500;

export interface Delegate {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  update(args: object): Promise<unknown>;
}

export const delegateName = (model: string): string => model.charAt(0).toLowerCase() + model.slice(1);

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
