// The writes of one intake turn, built before anything runs: the new snapshot (with its version check), handoffs and
// their notifications, relays, reminders, or erasure. The caller runs them in one transaction.
import { randomUUID } from 'node:crypto';
import type { Channel } from '../../shared/channel.js';
import type { Config } from '../config.js';
import type { Queries } from '../db/client.js';
import type { Op } from '../db/ops.js';
import { addWorkingMinutes, reminderTime } from '../schedule/hours.js';
import type { JsonObject } from '../../shared/json.js';
import { cancelJob, scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import { audit } from '../audit.js';
import { countOp, waitOp } from '../figures.js';
import { milestones } from '../../flows/intake/index.js';
import type { IntakeEffects } from './effects.js';
import { eraseOps } from './erase.js';
import { openHandoffId, type LoadedPerson } from './people.js';
import type { MachineTurn } from './run-machine.js';

export interface TurnWrite {
  personId: string;
  person: LoadedPerson | null;
  channel: Channel;
  turn: MachineTurn;
  effects: IntakeEffects;
  messageId: string | null;
  urgent: boolean;
}

/** The writes for the snapshot and every effect the machine asked for, to run in the turn's one transaction. */
export async function turnWrites(db: Queries, config: Config, t: TurnWrite, now: Date): Promise<Op[]> {
  const { personId, person, effects, turn } = t;
  const ops: Op[] = [];
  const conversation = person?.conversation;

  if (effects.forget) {
    // The version check still guards the turn; then the same erase rules as `admin erase`.
    if (conversation) {
      ops.push(db.conversation.delete({ where: { id: conversation.id, version: conversation.version } }));
    }
    const target = { id: personId, phone: person?.phone ?? null, optedOutAt: person?.optedOutAt ?? null };
    ops.push(...(await eraseOps(db, target, effects.forget, 'system', now)));
    return ops;
  }

  if (conversation) {
    ops.push(
      db.conversation.update({
        where: { id: conversation.id, version: conversation.version },
        data: {
          snapshot: turn.snapshot,
          state: turn.state,
          version: { increment: 1 },
          channel: t.channel,
          ...(t.messageId ? { lastInboundAt: now } : {}),
        },
      }),
    );
  } else {
    ops.push(
      db.conversation.create({
        data: { personId, channel: t.channel, snapshot: turn.snapshot, state: turn.state, lastInboundAt: now },
      }),
    );
  }

  // The service's anonymous figures (bot/figures.ts): a first contact, consent given, the checks passed.
  if (!person) ops.push(countOp(db, now, 'contact'));
  for (const name of milestones(conversation?.state ?? 'welcome', turn.state)) ops.push(countOp(db, now, name));
  let handoffId: string | undefined;
  if (effects.handoff) {
    handoffId = randomUUID();
    ops.push(
      db.handoff.create({
        data: {
          id: handoffId,
          createdAt: now,
          personId,
          channel: t.channel,
          reason: effects.handoff.reason,
          urgent: t.urgent,
          profile: effects.handoff.profile as unknown as JsonObject,
        },
      }),
      scheduleJob(db, {
        kind: JobKinds.handoffCreated,
        key: `handoff:${handoffId}:created`,
        runAt: now,
        payload: { handoffId },
      }),
      scheduleJob(db, {
        kind: JobKinds.handoffEscalate,
        key: `handoff:${handoffId}:escalate`,
        runAt: addWorkingMinutes(
          now,
          config.handoffRemindAfterMinutes,
          config.timeZone,
          config.workingDays,
          config.workingHours,
        ),
        payload: { handoffId },
      }),
      countOp(db, now, 'handoff'),
      waitOp(db, now, 'contact-to-handoff', person?.createdAt ?? now),
      audit(db, now, `person:${personId}`, 'handoff.created', 'handoff', handoffId, {
        reason: effects.handoff.reason,
      }),
    );
  }
  if (!handoffId && person && effects.relays.length > 0) handoffId = await openHandoffId(db, personId);
  if (handoffId && t.messageId) {
    effects.relays.forEach((_, i) => {
      ops.push(
        scheduleJob(db, {
          kind: JobKinds.handoffRelay,
          key: `relay:${t.messageId}:${i}`,
          runAt: now,
          payload: { handoffId, messageId: t.messageId },
        }),
      );
    });
  }
  if (effects.reminder === 'schedule') {
    ops.push(
      scheduleJob(db, {
        kind: JobKinds.intakeReminder,
        key: `reminder:${personId}`,
        runAt: reminderTime(now, config.reminderAfterDays, config.timeZone, config.daytimeHours),
        payload: { personId },
      }),
    );
  } else if (effects.reminder === 'cancel') {
    ops.push(cancelJob(db, `reminder:${personId}`));
  }
  return ops;
}
