// Fills a migrated database with past conversations, fast: multi-row INSERTs of generated literals, 500
// rows per statement, in transactions. Each past conversation is a person with a finished journey, the closed
// handoff it led to and some messages, so every table a turn reads grows as it would in years of service. Personal
// data is written encrypted, with its blind index, as the app writes it: rows in clear would be encrypted one by one
// when the app starts (bot/db/reencrypt.ts), and the run would time that instead.
import crypto from 'node:crypto';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import pg from 'pg';
import { blindIndex, dataKey, encryptJson, encryptString, parseKey, type Keyring } from '../bot/db/crypto.js';
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
  /** The data key the app will run with (DATA_KEY's form: 64 hex digits or base64). */
  dataKey: string;
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
  const ring: Keyring = { current: dataKey(parseKey(options.dataKey)), previous: [] };
  const profileValue = { answers: { name: 'Sam', area: 'Taunton' }, goals: ['get out more'], skipped: [] };
  const snapshotValue: unknown = JSON.parse(options.snapshot);
  // A fresh IV for every value, as the app's writes have: each row is its own ciphertext of its own size.
  const sealed = (value: unknown) => quote(JSON.stringify(encryptJson(ring, value)));
  const state = quote(options.state);
  const base = Date.now() - 2 * 365 * 86_400_000;
  const insert = (rows: Rows): string =>
    `INSERT INTO "${rows.table}" (${rows.columns.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.values.join(', ')}`;

  for (let start = 0; start < options.conversations; start += ROWS_PER_STATEMENT) {
    const people: Rows = { table: 'Person', columns: ['id', 'createdAt', 'phone', 'phoneIndex'], values: [] };
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
      const phone = `+447${String(options.firstPhone + i).padStart(9, '0')}`;
      people.values.push(
        `(${quote(person)}, ${at(when)}, ${quote(encryptString(ring, phone))}, ${quote(blindIndex(ring, phone))})`,
      );
      conversations.values.push(
        `(${quote(crypto.randomUUID())}, ${quote(person)}, 'sms', 'intake', ${sealed(snapshotValue)}, ${state}, 17, ${at(when)}, ${at(when)}, ${at(when)})`,
      );
      handoffs.values.push(
        `(${quote(crypto.randomUUID())}, ${at(when)}, ${at(when)}, ${quote(person)}, 'sms', 'completed', 'closed', false, ${sealed(profileValue)}, ${at(when)}, 'matched', 2)`,
      );
      for (let m = 0; m < options.messagesEach; m++) {
        const sid = quote(`sms:SM${crypto.randomBytes(16).toString('hex')}`);
        messages.values.push(
          `(${quote(crypto.randomUUID())}, ${at(when)}, ${quote(person)}, 'in', 'sms', ${sid}, ${quote(encryptString(ring, 'skip'))}, 'received')`,
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
