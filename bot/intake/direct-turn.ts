// The common turn on embedded SQLite, on the database's own connection with prepared statements: load the person and
// their conversation, then save the message and the new snapshot (with its version check) in one transaction. It
// writes exactly the rows the Prisma path writes; turns with anything more (a handoff, a safety event, a relay, a
// reminder, an erasure) and every turn on PostgreSQL go through Prisma.
import { randomUUID } from 'node:crypto';
import type { Channel } from '../../dialogs/settings.js';
import {
  dateOrNull,
  immediateTransaction,
  jsonOrNull,
  sqliteTime,
  type SqliteHandle,
  type SqliteStatement,
} from '../db/sqlite-direct.js';
import type { JsonObject } from '../work/json.js';
import type { IntakeEffects } from './effects.js';
import type { LoadedPerson } from './people.js';
import type { MachineTurn } from './run-machine.js';

/** The conversation changed (or the person went) since it was read: run the turn again. */
export class StaleConversation extends Error {}

const personColumns = `p.id, p.createdAt, p.phone, p.teamsUserId, p.teamsRef, p.optedOutAt, p.erasedAt,
  c.id AS cId, c.personId AS cPersonId, c.channel AS cChannel, c.flow AS cFlow, c.snapshot AS cSnapshot,
  c.state AS cState, c.version AS cVersion, c.lastInboundAt AS cLastInboundAt, c.createdAt AS cCreatedAt,
  c.updatedAt AS cUpdatedAt`;
const personFrom = `FROM "Person" p LEFT JOIN "Conversation" c ON c.personId = p.id`;

function prepare(handle: SqliteHandle, sql: string): SqliteStatement {
  return handle.prepare(sql).safeIntegers(false);
}

function statementsFor(handle: SqliteHandle) {
  return {
    byPhone: prepare(handle, `SELECT ${personColumns} ${personFrom} WHERE p.phone = ?`),
    byTeams: prepare(handle, `SELECT ${personColumns} ${personFrom} WHERE p.teamsUserId = ?`),
    insertPerson: prepare(
      handle,
      `INSERT INTO "Person" (id, createdAt, phone, teamsUserId, teamsRef) VALUES (?, ?, ?, ?, ?)`,
    ),
    updateReference: prepare(handle, `UPDATE "Person" SET teamsRef = ? WHERE id = ?`),
    insertMessage: prepare(
      handle,
      `INSERT INTO "Message" (id, createdAt, personId, direction, channel, providerId, body, replies, status)
       VALUES (?, ?, ?, 'in', ?, ?, ?, ?, 'received')`,
    ),
    insertConversation: prepare(
      handle,
      `INSERT INTO "Conversation" (id, personId, channel, flow, snapshot, state, version, lastInboundAt, createdAt,
       updatedAt) VALUES (?, ?, ?, 'intake', ?, ?, 0, ?, ?, ?)`,
    ),
    updateConversation: prepare(
      handle,
      `UPDATE "Conversation" SET snapshot = ?, state = ?, version = version + 1, channel = ?, lastInboundAt = ?,
       updatedAt = ? WHERE id = ? AND version = ?`,
    ),
  };
}

type Statements = ReturnType<typeof statementsFor>;
const prepared = new WeakMap<SqliteHandle, Statements>();

function statements(handle: SqliteHandle): Statements {
  let found = prepared.get(handle);
  if (!found) {
    found = statementsFor(handle);
    prepared.set(handle, found);
  }
  return found;
}

type Row = Record<string, unknown>;

function text(row: Row, key: string): string {
  const value = row[key];
  if (typeof value !== 'string') throw new Error(`column ${key} is not text`);
  return value;
}

function textOrNull(row: Row, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' ? value : null;
}

/** The same person (and conversation) Prisma's `loadPerson` returns, or null. */
export function loadPersonDirect(handle: SqliteHandle, channel: Channel, address: string): LoadedPerson | null {
  const s = statements(handle);
  const row = (channel === 'sms' ? s.byPhone : s.byTeams).get(address) as Row | undefined;
  if (!row) return null;
  return {
    id: text(row, 'id'),
    createdAt: new Date(text(row, 'createdAt')),
    phone: textOrNull(row, 'phone'),
    teamsUserId: textOrNull(row, 'teamsUserId'),
    teamsRef: jsonOrNull(row['teamsRef']) as LoadedPerson['teamsRef'],
    optedOutAt: dateOrNull(row['optedOutAt']),
    erasedAt: dateOrNull(row['erasedAt']),
    conversation:
      row['cId'] === null || row['cId'] === undefined
        ? null
        : {
            id: text(row, 'cId'),
            personId: text(row, 'cPersonId'),
            channel: text(row, 'cChannel'),
            flow: text(row, 'cFlow'),
            snapshot: jsonOrNull(row['cSnapshot']) as NonNullable<LoadedPerson['conversation']>['snapshot'],
            state: text(row, 'cState'),
            version: Number(row['cVersion']),
            lastInboundAt: dateOrNull(row['cLastInboundAt']),
            createdAt: new Date(text(row, 'cCreatedAt')),
            updatedAt: new Date(text(row, 'cUpdatedAt')),
          },
  };
}

/** Whether a turn's writes are only the message and the snapshot (and the person, if new). */
export function isPlainTurn(effects: IntakeEffects, flagged: boolean): boolean {
  return (
    !flagged &&
    effects.forget === undefined &&
    effects.handoff === undefined &&
    effects.relays.length === 0 &&
    effects.reminder === undefined
  );
}

export interface PlainTurn {
  person: LoadedPerson | null;
  personId: string;
  channel: Channel;
  address: string;
  teamsRef: JsonObject | undefined;
  messageId: string;
  providerId: string;
  text: string;
  replies: string[];
  turn: MachineTurn;
  now: Date;
}

/**
 * Saves a plain turn in one transaction. Throws StaleConversation when the conversation moved on since it was read,
 * and the driver's unique-violation error when the message (same provider id) or the person was saved meanwhile.
 */
export function savePlainTurn(handle: SqliteHandle, t: PlainTurn): void {
  const s = statements(handle);
  const now = sqliteTime(t.now);
  // Prisma fills @default(now()) and @updatedAt from the real time, not the app's clock: so does this.
  const written = sqliteTime(new Date());
  const reference = t.teamsRef === undefined ? null : JSON.stringify(t.teamsRef);
  immediateTransaction(handle, () => {
    if (!t.person) {
      const [phone, teams] = t.channel === 'sms' ? [t.address, null] : [null, t.address];
      s.insertPerson.run(t.personId, now, phone, teams, reference);
    } else if (reference !== null && s.updateReference.run(reference, t.personId).changes === 0) {
      throw new StaleConversation('the person was erased during the turn');
    }
    s.insertMessage.run(t.messageId, now, t.personId, t.channel, t.providerId, t.text, JSON.stringify(t.replies));
    const snapshot = JSON.stringify(t.turn.snapshot);
    const conversation = t.person?.conversation;
    if (conversation) {
      const { changes } = s.updateConversation.run(
        snapshot,
        t.turn.state,
        t.channel,
        now,
        written,
        conversation.id,
        conversation.version,
      );
      if (changes === 0) throw new StaleConversation('the conversation changed during the turn');
    } else {
      s.insertConversation.run(randomUUID(), t.personId, t.channel, snapshot, t.turn.state, now, written, written);
    }
  });
}
