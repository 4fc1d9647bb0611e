// One person's turns run one at a time across every instance: on PostgreSQL a transaction-scoped advisory lock, taken
// first in the turn's transaction and let go by its commit or rollback, so the turn's reads come after the last
// turn's writes. On SQLite nothing is needed: one writer at a time, and its transactions run one after the other.
import { createHash } from 'node:crypto';
import { providerOfClient, type Db, type DbTransaction } from './client.js';

// The two-key form of the lock, so turns never meet the one-key lock Prisma's migrations take: the first key says
// "a person's turn", the second is the person's bucket.
const TURNS = 0x7475_726e; // 'turn'

/**
 * The bucket of a turn key ('sms:+44…' or 'teams:<id>'). 65,536 buckets, not a full hash: pg_locks is readable by
 * anyone connected, and a full hash of a phone number is undone by hashing every number; a bucket is shared by
 * thousands of them. Two people in one bucket only wait for each other's turn (a few milliseconds).
 */
export function turnBucket(key: string): number {
  return createHash('sha256').update(key, 'utf8').digest().readUInt16BE(0);
}

/** Takes the turn lock for `key` inside `tx` (a transaction of `db`); waits while another instance holds it. */
export async function lockTurn(db: Db, tx: DbTransaction, key: string): Promise<void> {
  if (providerOfClient(db) !== 'postgresql') return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TURNS}::int4, ${turnBucket(key)}::int4)`;
}
