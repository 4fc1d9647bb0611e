// The outbox: every message that is not a direct webhook reply is written here in the same transaction as the
// change that caused it, then sent by the worker with retries, so a crash or an outage loses nothing.
import type { Db } from '../db/client.js';
import type { JsonObject } from '../../shared/json.js';

export type OutboxChannel = 'sms' | 'teams';

export interface OutboxItem {
  /** Unique per intended send: enqueueing the same key twice sends once. */
  dedupeKey: string;
  channel: OutboxChannel;
  /** E.164 phone for SMS; Teams conversation id for Teams. */
  target: string;
  payload: JsonObject;
  handoffId?: string | undefined;
  /** A safety alert or a crisis reply: sent in the urgent lane, never behind other work. */
  urgent?: boolean | undefined;
}

export interface ClaimedSend {
  id: string;
  dedupeKey: string;
  channel: OutboxChannel;
  target: string;
  payload: JsonObject;
  handoffId: string | null;
  urgent: boolean;
  attempts: number;
}

/** Which sends a lane claims: the urgent ones (any channel), or one channel's others. */
export type SendFilter = { urgent: true } | { urgent: false; channel: OutboxChannel };

export interface SendResult {
  providerId?: string | undefined;
}

/** Raised by a sender when trying again cannot help (opted out, invalid number, bot removed from the chat). */
export class PermanentSendError extends Error {
  override name = 'PermanentSendError';
  constructor(
    message: string,
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface Sender {
  send(item: ClaimedSend): Promise<SendResult>;
}

/** The write that queues a send; lazy, so it joins the caller's transaction. */
export function enqueue(db: Db, item: OutboxItem, now: Date) {
  return db.outbox.upsert({
    where: { dedupeKey: item.dedupeKey },
    create: {
      dedupeKey: item.dedupeKey,
      channel: item.channel,
      target: item.target,
      payload: item.payload,
      handoffId: item.handoffId ?? null,
      urgent: item.urgent ?? false,
      nextAttemptAt: now,
    },
    update: {},
  });
}

export async function claimDueSends(
  db: Db,
  now: Date,
  leaseMs: number,
  limit = 20,
  filter?: SendFilter,
): Promise<ClaimedSend[]> {
  const due = await db.outbox.findMany({
    where: {
      ...filter,
      status: { in: ['pending', 'sending'] },
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    orderBy: { nextAttemptAt: 'asc' },
    take: limit,
  });
  const claimed: ClaimedSend[] = [];
  for (const row of due) {
    const { count } = await db.outbox.updateMany({
      where: { id: row.id, attempts: row.attempts, status: row.status },
      data: { status: 'sending', attempts: { increment: 1 }, lockedUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count === 1) {
      claimed.push({
        id: row.id,
        dedupeKey: row.dedupeKey,
        channel: row.channel as OutboxChannel,
        target: row.target,
        payload: row.payload as JsonObject,
        handoffId: row.handoffId,
        urgent: row.urgent,
        attempts: row.attempts + 1,
      });
    }
  }
  return claimed;
}

export function markSent(db: Db, id: string, result: SendResult, now: Date) {
  return db.outbox.update({
    where: { id },
    data: { status: 'sent', sentAt: now, lockedUntil: null, providerId: result.providerId ?? null, lastError: null },
  });
}

export function markRetry(db: Db, id: string, error: string, retryAt: Date) {
  return db.outbox.update({
    where: { id },
    data: { status: 'pending', lockedUntil: null, nextAttemptAt: retryAt, lastError: error.slice(0, 500) },
  });
}

export function markDead(db: Db, id: string, error: string) {
  return db.outbox.update({
    where: { id },
    data: { status: 'dead', lockedUntil: null, lastError: error.slice(0, 500) },
  });
}
