// The mentee's side of a turn: safety first, then the intake machine, in one transaction that takes the person's turn
// lock (bot/db/turn-lock.ts), reads the conversation, and saves the snapshot (with a version check), the message and
// every effect. Webhook turns return their replies; turns started by a coordinator or a reminder send theirs through
// the outbox.
import { randomUUID } from 'node:crypto';
import type { IntakeEvent } from '../../flows/intake/index.js';
import { renderIntakeMessages } from '../../dialogs/intake/index.js';
import type { Channel } from '../../shared/channel.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { scrubFreedSpace, type Db, type Queries } from '../db/client.js';
import { lockTurn } from '../db/turn-lock.js';
import { isNotFound, isUniqueViolation } from '../db/errors.js';
import type { Op } from '../db/ops.js';
import type { Logger } from '../logger.js';
import {
  lexiconNet,
  recordSafetyEvent,
  type Assessment,
  type ContextResult,
  type SafetyNet,
  type SafetyResult,
} from '../safety/net.js';
import { NOTHING_RECENT, recentInbound, type UrgentAlert } from '../safety/recent.js';
import { readSafeAnswer } from '../../flows/safety/safe-answer.js';
import { STANDING } from '../../flows/safety/index.js';
import { conversationIdOf } from '../staff/directory.js';
import { KeyedLock } from '../util/keyed-lock.js';
import { isJsonObject, stringsOf, type JsonObject } from '../../shared/json.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import { enqueue } from '../work/outbox.js';
import type { IntakeEffects } from './effects.js';
import { loadPerson, type LoadedPerson } from './people.js';
import { runMachine, type MachineTurn } from './run-machine.js';
import { turnWrites } from './writes.js';

export interface InboundText {
  channel: Channel;
  /** E.164 phone for SMS; AAD object id for Teams. */
  address: string;
  /** 'sms:<MessageSid>' or 'teams:<activity id>': a retry with the same id changes nothing. */
  providerId: string;
  text: string;
  media: number;
  /** Teams only: where to send proactive messages later. */
  teamsRef?: JsonObject | undefined;
}

export interface TurnOutcome {
  replies: string[];
  duplicate: boolean;
  level: 'urgent' | 'concern' | 'none';
}

/** Events that come from staff or the clock rather than from the person. */
export type DispatchedEvent = Exclude<IntakeEvent, { type: 'MESSAGE' } | { type: 'URGENT' }>;

export interface IntakeDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
  /** Called after a commit that queued work, so the worker picks it up at once. */
  wake: () => void;
  /** Whether a coordinator chat can be reached now (asked only for a crisis reply, which says what happens next). */
  teamReachable?: () => Promise<boolean>;
  /** The safety net with its semantic layer (default: the lexicon and word model alone). */
  safety?: SafetyNet;
}

/** What a turn decided, before it is written. */
interface ReceivedTurn {
  person: LoadedPerson | null;
  personId: string;
  messageId: string;
  safety: Assessment;
  effects: IntakeEffects;
  turn: MachineTurn;
  replies: string[];
}

/** What the safety net made of a message, and whether a coordinator can be reached (asked for urgent ones only). */
interface Judged {
  safety: Assessment;
  teamReachable: boolean;
}

// Serialised turns rarely meet a conflict now; the retries stay for a conversation changed outside a turn (an erasure
// by `admin erase`) and for SQLite files shared by two processes.
const MAX_RETRIES = 8;

/** A turn waits its go behind at most one other instance's turn for the same person; a connection comes quickly. */
const TURN_TRANSACTION = { maxWait: 5_000, timeout: 10_000 };

/** The conversation's version as a turn read it (-1: no conversation yet; -2: no person yet). */
function versionOf(person: LoadedPerson | null): number {
  return person ? (person.conversation?.version ?? -1) : -2;
}

class VersionConflict extends Error {}

export class IntakeService {
  private readonly lock = new KeyedLock();

  constructor(private readonly deps: IntakeDeps) {}

  /** The safety net every message from a person or staff member goes through first. */
  get safety(): SafetyNet {
    return this.deps.safety ?? lexiconNet;
  }

  /** One inbound message from a person. Messages from one address are handled one after the other. */
  async receive(msg: InboundText): Promise<TurnOutcome> {
    return this.lock.run(`${msg.channel}:${msg.address}`, () => this.retrying(() => this.receiveOnce(msg)));
  }

  /** An event from a coordinator or a scheduled job; replies go out through the outbox. Returns false if the
   * person no longer exists (erased). */
  async dispatch(personId: string, event: DispatchedEvent): Promise<boolean> {
    const found = await this.deps.db.person.findUnique({
      where: { id: personId },
      select: { phone: true, teamsUserId: true },
    });
    if (!found) return false;
    const key = found.phone ? `sms:${found.phone}` : `teams:${found.teamsUserId ?? personId}`;
    return this.lock.run(key, () => this.retrying(() => this.dispatchOnce(key, personId, event)));
  }

  private async teamReachable(): Promise<boolean> {
    try {
      return (await this.deps.teamReachable?.()) ?? true;
    } catch (err) {
      this.deps.log.error({ err }, 'could not tell whether a coordinator can be reached');
      return false; // the wording that promises less
    }
  }

  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await attempt();
      } catch (err) {
        if (!(err instanceof VersionConflict) || i >= MAX_RETRIES) throw err;
        this.deps.log.debug({ attempt: i }, 'conversation changed under us; running the turn again');
        // Another instance is writing the same conversation: step aside a little, more each time, so the two do not
        // keep colliding.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * i));
      }
    }
  }

  private async receiveOnce(msg: InboundText): Promise<TurnOutcome> {
    const { db, clock } = this.deps;
    const now = clock.now();
    // Judged before the transaction, so the sentence model's wait holds neither a connection nor the lock; judged
    // again inside only when another instance's turn for this person landed in between.
    const seen = await loadPerson(db, msg.channel, msg.address);
    const early = await this.judge(db, seen, msg.text, now);
    let turn: { outcome: TurnOutcome; forget: boolean; wake: boolean };
    try {
      turn = await db.$transaction(async (tx) => {
        await lockTurn(db, tx, `${msg.channel}:${msg.address}`);
        const earlier = await tx.message.findUnique({
          where: { providerId: msg.providerId },
          select: { replies: true },
        });
        if (earlier) {
          const outcome = { replies: stringsOf(earlier.replies), duplicate: true, level: early.safety.level };
          return { outcome, forget: false, wake: false };
        }
        const person = await loadPerson(tx, msg.channel, msg.address);
        const judged = versionOf(person) === versionOf(seen) ? early : await this.judge(tx, person, msg.text, now);
        return this.decideAndWrite(tx, msg, person, judged, now);
      }, TURN_TRANSACTION);
    } catch (err) {
      if (isUniqueViolation(err)) {
        const earlier = await db.message.findUnique({
          where: { providerId: msg.providerId },
          select: { replies: true },
        });
        if (earlier) return { replies: stringsOf(earlier.replies), duplicate: true, level: early.safety.level };
        throw new VersionConflict('a person or conversation was created at the same time', { cause: err });
      }
      if (isNotFound(err)) {
        throw new VersionConflict('the conversation changed during the turn', { cause: err });
      }
      throw err;
    }
    if (turn.forget) await scrubFreedSpace(db);
    // Wake the worker only when this turn left it something to do: most turns leave nothing.
    if (turn.wake) this.deps.wake();
    return turn.outcome;
  }

  /** The safety net's reading of a message from this person, in the context of their recent messages. */
  private async judge(q: Queries, person: LoadedPerson | null, text: string, now: Date): Promise<Judged> {
    const { config } = this.deps;
    const window = { messages: config.safetyContextMessages, hours: config.safetyContextHours };
    const recent = person ? await recentInbound(q, person.id, now, window) : NOTHING_RECENT;
    const read = answeredNotSafe(person, text) ?? (await this.safety.assess(text, recent.messages));
    const own = read.standing;
    const alert = recent.urgentAlert;
    const safety = own && alert !== 'none' ? afterAlert(own, alert, read.late) : read;
    return { safety, teamReachable: safety.level === 'urgent' ? await this.teamReachable() : true };
  }

  /** Steps the machine on what the transaction read, renders the replies and writes everything in `tx`. */
  private async decideAndWrite(
    tx: Queries,
    msg: InboundText,
    person: LoadedPerson | null,
    judged: Judged,
    now: Date,
  ): Promise<{ outcome: TurnOutcome; forget: boolean; wake: boolean }> {
    const { config } = this.deps;
    const { safety } = judged;
    const event: IntakeEvent =
      safety.level === 'urgent'
        ? { type: 'URGENT', text: msg.text, at: now.toISOString(), reasons: safety.reasons }
        : {
            type: 'MESSAGE',
            text: msg.text,
            at: now.toISOString(),
            concern: safety.level === 'concern',
            media: msg.media,
            ask: safety.ask,
          };
    const { turn, effects } = runMachine(person, { channel: msg.channel, area: config.dialog.area }, event);
    // After STOP nothing is sent by SMS, but the turn still runs: the safety alert and relay must still happen.
    const silenced = msg.channel === 'sms' && Boolean(person?.optedOutAt);
    const facts = { teamReachable: judged.teamReachable };
    const replies = silenced
      ? []
      : effects.replies.flatMap((r) => renderIntakeMessages(r, msg.channel, config.dialog, facts));
    const personId = person?.id ?? randomUUID();
    const messageId = randomUUID();
    const received = { person, personId, messageId, safety, effects, turn, replies };
    // One statement at a time: a transaction has one connection.
    for (const op of await this.writes(tx, msg, received, now)) await op;
    return {
      outcome: { replies, duplicate: false, level: safety.level },
      forget: effects.forget !== undefined,
      wake: safety.level !== 'none' || safety.late || queuesWork(effects),
    };
  }

  /** Every write of a turn as lazy Prisma operations, to run in the turn's transaction. */
  private async writes(db: Queries, msg: InboundText, t: ReceivedTurn, now: Date): Promise<Op[]> {
    const { config } = this.deps;
    const { person, personId, messageId, safety, effects, turn } = t;
    const ops: Op[] = [];
    if (!person) {
      ops.push(
        db.person.create({
          data: {
            id: personId,
            createdAt: now,
            ...(msg.channel === 'sms' ? { phone: msg.address } : { teamsUserId: msg.address }),
            teamsRef: msg.teamsRef ?? undefined,
          },
        }),
      );
    } else if (msg.teamsRef) {
      ops.push(db.person.update({ where: { id: personId }, data: { teamsRef: msg.teamsRef } }));
    }
    const erased = effects.forget !== undefined;
    ops.push(
      db.message.create({
        data: {
          id: messageId,
          createdAt: now,
          personId: erased ? null : personId,
          direction: 'in',
          channel: msg.channel,
          providerId: msg.providerId,
          body: erased ? null : msg.text,
          replies: t.replies,
        },
      }),
    );
    if (safety.level !== 'none') {
      const recorded = recordSafetyEvent(db, {
        personId: erased ? null : personId,
        messageId: erased ? null : messageId,
        channel: msg.channel,
        result: safety,
        flowState: person?.conversation?.state ?? null,
        at: now,
      });
      ops.push(...recorded.ops);
    }
    if (safety.late && safety.level !== 'urgent' && !erased) {
      // The semantic layer answered too late for this turn: the message is scored again in full in the background.
      ops.push(
        scheduleJob(db, {
          kind: JobKinds.safetyRescore,
          key: `rescore:${messageId}`,
          runAt: now,
          payload: { messageId },
        }),
      );
    }
    ops.push(
      ...(await turnWrites(
        db,
        config,
        { personId, person, channel: msg.channel, turn, effects, messageId, urgent: safety.level === 'urgent' },
        now,
      )),
    );
    return ops;
  }

  /**
   * A message found urgent after its turn (the semantic layer answered late): records the safety event, which alerts
   * the coordinators, and runs the machine with the urgent message, so the crisis reply goes out as a follow-up
   * through the outbox like any reply the person did not wait for. Returns false when the message or person is gone
   * or the event is already recorded (a retried job).
   */
  async lateUrgent(messageId: string, result: SafetyResult): Promise<boolean> {
    const { db } = this.deps;
    const message = await db.message.findUnique({ where: { id: messageId }, select: { personId: true, body: true } });
    if (!message?.personId || message.body === null) return false;
    const known = await db.safetyEvent.findFirst({ where: { messageId, level: 'urgent' }, select: { id: true } });
    if (known) return false;
    const personId = message.personId;
    const found = await db.person.findUnique({ where: { id: personId }, select: { phone: true, teamsUserId: true } });
    if (!found) return false;
    const key = found.phone ? `sms:${found.phone}` : `teams:${found.teamsUserId ?? personId}`;
    const at = this.deps.clock.now().toISOString();
    const event: IntakeEvent = { type: 'URGENT', text: message.body, at, reasons: result.reasons };
    return this.lock.run(key, () =>
      this.retrying(() => this.dispatchOnce(key, personId, event, { messageId, result })),
    );
  }

  private async dispatchOnce(
    key: string,
    personId: string,
    event: IntakeEvent,
    late?: { messageId: string; result: SafetyResult },
  ): Promise<boolean> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const facts = late ? { teamReachable: await this.teamReachable(), late: true } : undefined;
    let wake: boolean | null;
    try {
      wake = await db.$transaction(async (tx) => {
        await lockTurn(db, tx, key);
        const person = await loadPerson(tx, 'id', personId);
        if (!person?.conversation) return null;
        const ops = await this.dispatchWrites(tx, person, person.conversation, event, now, facts, late);
        // One statement at a time: a transaction has one connection.
        for (const op of ops.writes) await op;
        return ops.wake;
      }, TURN_TRANSACTION);
    } catch (err) {
      if (isNotFound(err) || isUniqueViolation(err)) throw new VersionConflict('conversation changed', { cause: err });
      throw err;
    }
    if (wake === null) return false;
    if (wake) this.deps.wake();
    return true;
  }

  /** The writes of a turn started by staff or the clock: its replies go through the outbox. */
  private async dispatchWrites(
    tx: Queries,
    person: LoadedPerson,
    conversation: { channel: string; state: string },
    event: IntakeEvent,
    now: Date,
    facts: { teamReachable: boolean; late: boolean } | undefined,
    late: { messageId: string; result: SafetyResult } | undefined,
  ): Promise<{ writes: Op[]; wake: boolean }> {
    const { config } = this.deps;
    const personId = person.id;
    const channel = conversation.channel as Channel;
    const { turn, effects } = runMachine(person, { channel, area: config.dialog.area }, event);
    const ops: Op[] = await turnWrites(
      tx,
      config,
      { personId, person, channel, turn, effects, messageId: null, urgent: late !== undefined },
      now,
    );
    if (late) {
      const recorded = recordSafetyEvent(tx, {
        personId,
        messageId: late.messageId,
        channel,
        result: late.result,
        flowState: conversation.state,
        at: now,
      });
      ops.push(...recorded.ops);
    }
    const texts = effects.replies.flatMap((r) => renderIntakeMessages(r, channel, config.dialog, facts));
    // A late crisis reply goes in the urgent lane, never behind other sends.
    const urgent = late !== undefined;
    texts.forEach((text, i) => {
      const key = `intake:${personId}:${turn.version}:${i}`;
      if (channel === 'sms' && person.phone && !person.optedOutAt) {
        ops.push(enqueue(tx, { dedupeKey: key, channel: 'sms', target: person.phone, payload: { text }, urgent }, now));
      } else if (channel === 'teams' && isJsonObject(person.teamsRef)) {
        // A reference without a conversation id could never be delivered: better not queued than queued forever.
        const target = conversationIdOf(person.teamsRef);
        if (target) {
          ops.push(
            enqueue(
              tx,
              { dedupeKey: key, channel: 'teams', target, payload: { text, reference: person.teamsRef }, urgent },
              now,
            ),
          );
        }
      }
    });
    return { writes: ops, wake: texts.length > 0 || late !== undefined || queuesWork(effects) };
  }
}

function queuesWork(effects: IntakeEffects): boolean {
  // An erasure queues the updates of the Teams cards that showed the person: they should not wait for the next poll.
  return (
    effects.handoff !== undefined ||
    effects.relays.length > 0 ||
    effects.reminder === 'schedule' ||
    effects.forget !== undefined
  );
}

/**
 * A text urgent only because an earlier one's danger still stands (flows/safety/context/standing.ts), after that
 * text's alert went out: no second crisis reply or alert. While nobody has acknowledged the alert, the team gets a
 * concern note and the person is asked gently whether they are safe right now (once in a while at most:
 * flows/intake), where "no" is urgent; once a coordinator has it, the text is read as it is on its own (in a live
 * chat the coordinator reads every message already).
 */
function afterAlert(own: ContextResult, alert: Exclude<UrgentAlert, 'none'>, late: boolean): Assessment {
  if (alert === 'seen') return { ...own, late };
  return { level: 'concern', reasons: [STANDING, ...own.reasons], ask: true, late };
}

/** Asked whether they are safe right now, they said no or that they do not know: that is urgent. */
function answeredNotSafe(person: LoadedPerson | null, text: string): Assessment | null {
  if (person?.conversation?.state !== 'checking-safe' || readSafeAnswer(text) !== 'not-safe') return null;
  return { level: 'urgent', reasons: ['not-safe-answer'], ask: false, late: false };
}
