// Looking for a person's values in a database: as the app reads it (through the decrypting client), and as it is
// stored (SQLite: the file's bytes with the write-ahead log checkpointed; PostgreSQL: every row of every table).
import fs from 'node:fs';
import type { Db } from '../../bot/db/client.js';
import type { DatabaseContext } from './databases.js';

const MODELS = [
  'person',
  'conversation',
  'message',
  'handoff',
  'staff',
  'staffChannel',
  'postedCard',
  'referral',
  'referralResponse',
  'checkIn',
  'safetyEvent',
  'outbox',
  'job',
  'auditEvent',
] as const;

/** Every personal value readable through the app's own (decrypting) client, in any row of any table. */
export async function personalValuesReadable(db: Db, values: readonly string[]): Promise<string[]> {
  const dumps = await Promise.all(
    MODELS.map(async (m) => {
      const delegate = Reflect.get(db, m) as { findMany(): Promise<unknown[]> };
      return JSON.stringify(await delegate.findMany());
    }),
  );
  const all = dumps.join('\n');
  return values.filter((v) => all.includes(v));
}

/** Every personal value found in the database as stored: on SQLite in the file's bytes, on PostgreSQL in every row. */
export async function personalValuesIn(ctx: DatabaseContext, values: readonly string[]): Promise<string[]> {
  if (ctx.provider === 'sqlite') {
    await ctx.db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
    const file = ctx.url.slice('file:'.length);
    const bytes = [file, `${file}-wal`, `${file}-journal`]
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f).toString('latin1'))
      .join('\n');
    return values.filter((v) => bytes.includes(v));
  }
  const rows = await allRowsAsText(ctx.db);
  return values.filter((v) => rows.includes(v));
}

async function allRowsAsText(db: Db): Promise<string> {
  const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<Array<{ row: string }>>(
      `SELECT row_to_json(t)::text AS row FROM "${name}" t`,
    );
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join('\n');
}
