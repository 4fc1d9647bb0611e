// Fills a migrated database with past conversations, fast: multi-row INSERTs of generated literals, 500
// rows per statement, in transactions. Each past conversation is a person with a finished journey, the closed
// handoff it led to and some messages, so every table a turn reads grows as it would in years of service.
import crypto from 'node:crypto';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import pg from 'pg';
import type { DatabaseProvider } from '../bot/db/client.js';

export interface SeedOptions {
  conversations: number;
  /** Inbound messages kept per past conversation. */
  messagesEach: number;
  /** A real persisted snapshot of a finished journey (JSON), so rows are the size they would be. */
  snapshot: string;
  state: string;
  /** First phone number of the seeded range (none may clash with the phones the load then uses). */
  firstPhone: number;
}

const ROWS_PER_STATEMENT = 500;

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
// The format the SQLite driver adapter writes; PostgreSQL reads it as a timestamp too.
const at = (d: Date): string => quote(d.toISOString().replace('Z', '+00:00'));

type Rows = { table: string; columns: string[]; values: string[] };

/** Runs whole scripts on the database's own driver: the Prisma client's raw queries are ten times slower here. */
interface ScriptRunner {
  run(script: string): Promise<void>;
  close(): Promise<void>;
}

async function scriptRunner(url: string, provider: DatabaseProvider): Promise<ScriptRunner> {
  if (provider === 'sqlite') {
    const connection = await new PrismaBetterSqlite3({ url: url.slice('file:'.length) }).connect();
    // A scratch copy being filled: losing it to a power cut costs nothing, so skip the syncs.
    await connection.executeScript('PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;');
    return { run: (script) => connection.executeScript(script), close: () => connection.dispose() };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    run: async (script) => {
      await client.query(script);
    },
    close: () => client.end(),
  };
}

/** Seeds the (migrated) database at `url`; returns how long it took, ms. */
export async function seedConversations(
  url: string,
  provider: DatabaseProvider,
  options: SeedOptions,
): Promise<number> {
  const started = performance.now();
  const runner = await scriptRunner(url, provider);
  try {
    await insertAll(runner, options);
  } finally {
    await runner.close();
  }
  return performance.now() - started;
}

async function insertAll(runner: ScriptRunner, options: SeedOptions): Promise<void> {
  const profile = quote(
    JSON.stringify({ answers: { name: 'Sam', area: 'Taunton' }, goals: ['get out more'], skipped: [] }),
  );
  const snapshot = quote(options.snapshot);
  const state = quote(options.state);
  const base = Date.now() - 2 * 365 * 86_400_000;
  const insert = (rows: Rows): string =>
    `INSERT INTO "${rows.table}" (${rows.columns.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.values.join(', ')}`;

  for (let start = 0; start < options.conversations; start += ROWS_PER_STATEMENT) {
    const people: Rows = { table: 'Person', columns: ['id', 'createdAt', 'phone'], values: [] };
    const conversations: Rows = {
      table: 'Conversation',
      columns: [
        'id',
        'personId',
        'channel',
        'flow',
        'snapshot',
        'state',
        'version',
        'lastInboundAt',
        'createdAt',
        'updatedAt',
      ],
      values: [],
    };
    const handoffs: Rows = {
      table: 'Handoff',
      columns: [
        'id',
        'createdAt',
        'updatedAt',
        'personId',
        'channel',
        'reason',
        'status',
        'urgent',
        'profile',
        'closedAt',
        'outcome',
        'version',
      ],
      values: [],
    };
    const messages: Rows = {
      table: 'Message',
      columns: ['id', 'createdAt', 'personId', 'direction', 'channel', 'providerId', 'body', 'status'],
      values: [],
    };
    const end = Math.min(options.conversations, start + ROWS_PER_STATEMENT);
    for (let i = start; i < end; i++) {
      const person = crypto.randomUUID();
      const when = new Date(base + i * 600_000);
      const phone = quote(`+447${String(options.firstPhone + i).padStart(9, '0')}`);
      people.values.push(`(${quote(person)}, ${at(when)}, ${phone})`);
      conversations.values.push(
        `(${quote(crypto.randomUUID())}, ${quote(person)}, 'sms', 'intake', ${snapshot}, ${state}, 17, ${at(when)}, ${at(when)}, ${at(when)})`,
      );
      handoffs.values.push(
        `(${quote(crypto.randomUUID())}, ${at(when)}, ${at(when)}, ${quote(person)}, 'sms', 'completed', 'closed', false, ${profile}, ${at(when)}, 'matched', 2)`,
      );
      for (let m = 0; m < options.messagesEach; m++) {
        const sid = quote(`sms:SM${crypto.randomBytes(16).toString('hex')}`);
        messages.values.push(
          `(${quote(crypto.randomUUID())}, ${at(when)}, ${quote(person)}, 'in', 'sms', ${sid}, 'skip', 'received')`,
        );
      }
    }
    // Messages are the most rows: split them so one statement stays a few hundred rows.
    const messageChunks: Rows[] = [];
    for (let i = 0; i < messages.values.length; i += ROWS_PER_STATEMENT) {
      messageChunks.push({ ...messages, values: messages.values.slice(i, i + ROWS_PER_STATEMENT) });
    }
    // One transaction per slice: built, written and dropped, so memory stays flat however many are asked for.
    const statements = [people, conversations, handoffs, ...messageChunks]
      .filter((r) => r.values.length > 0)
      .map(insert);
    await runner.run(`BEGIN; ${statements.join(';\n')}; COMMIT;`);
  }
}
