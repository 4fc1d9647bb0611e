// The outbox: every message that is not a direct webhook reply is written here in the same transaction as the
// change that caused it, then sent by the worker with retries, so a crash or an outage loses nothing.
import type { Db, Queries } from '../db/client.js';
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
  /** An earlier attempt may have reached the provider (it timed out, or the process died during it): since when.
   * The sender checks before sending again where the provider allows. */
  uncertainSince: Date | null;
  /** The process died during an earlier attempt (it was still marked as sending when its lease ran out). */
  interrupted: boolean;
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

/** Raised by a sender when the request may have reached the provider without an answer (a timeout, a dropped
 * connection): the retry checks first where it can. */
export class UncertainSendError extends Error {
  override name = 'UncertainSendError';
}

/** Raised by a sender when an earlier attempt may have been delivered and there is no way to check: the send is not
 * made again (status `unknown`), since a second copy could show someone the same card twice. */
export class OutcomeUnknownError extends Error {
  override name = 'OutcomeUnknownError';
}

export interface Sender {
  send(item: ClaimedSend): Promise<SendResult>;
}

/** The write that queues a send; lazy, so it joins the caller's transaction. */
export function enqueue(db: Queries, item: OutboxItem, now: Date) {
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
      // The attempt is recorded before the send goes out: if this process dies during it, the next claim knows.
      data: {
        status: 'sending',
        attempts: { increment: 1 },
        lockedUntil: new Date(now.getTime() + leaseMs),
        inFlightSince: row.inFlightSince ?? now,
      },
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
        uncertainSince: row.inFlightSince,
        interrupted: row.status === 'sending',
      });
    }
  }
  return claimed;
}

/** The start of the dedupe key of a send that names someone already erased (a replacement in their own Teams chat):
 * its row is deleted once it is sent or given up, not kept like other sends, so nothing of theirs stays. */
export const FORGET_WHEN_DONE = 'erase:own-chat:';

/** Deletes the row of a finished send that must leave nothing behind (FORGET_WHEN_DONE); other rows stay. */
export async function forgetWhenDone(db: Db, send: Pick<ClaimedSend, 'id' | 'dedupeKey'>): Promise<void> {
  if (send.dedupeKey.startsWith(FORGET_WHEN_DONE)) await db.outbox.deleteMany({ where: { id: send.id } });
}

export function markSent(db: Db, id: string, result: SendResult, now: Date) {
  return db.outbox.update({
    where: { id },
    data: {
      status: 'sent',
      sentAt: now,
      lockedUntil: null,
      inFlightSince: null,
      providerId: result.providerId ?? null,
      lastError: null,
    },
  });
}

/** `uncertain`: the failed attempt may still have reached the provider, so the next one checks first. */
export function markRetry(db: Db, id: string, error: string, retryAt: Date, uncertain: boolean) {
  return db.outbox.update({
    where: { id },
    data: {
      status: 'pending',
      lockedUntil: null,
      nextAttemptAt: retryAt,
      lastError: error.slice(0, 500),
      ...(uncertain ? {} : { inFlightSince: null }),
    },
  });
}

export function markUnknown(db: Db, id: string, error: string) {
  return db.outbox.update({
    where: { id },
    data: { status: 'unknown', lockedUntil: null, inFlightSince: null, lastError: error.slice(0, 500) },
  });
}

export function markDead(db: Db, id: string, error: string) {
  return db.outbox.update({
    where: { id },
    data: { status: 'dead', lockedUntil: null, inFlightSince: null, lastError: error.slice(0, 500) },
  });
}
