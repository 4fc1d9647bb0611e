// The relay between a person and the coordinator who claimed them: the person's messages (handoffRelay jobs) go to
// that coordinator's chat, or to every coordinator chat while nobody has claimed them; the coordinator's plain
// messages go back to the person through the outbox, by text or Teams.
import { coordinatorMessages as say } from '../../dialogs/coordinator/index.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { Op } from '../db/ops.js';
import type { Logger } from '../logger.js';
import type { JsonObject } from '../../shared/json.js';
import { enqueue } from '../work/outbox.js';
import type { StaffEntry } from '../staff/directory.js';
import { conversationIdOf } from '../staff/directory.js';
import type { TeamsOutbox } from '../teams/services.js';
import { personOf } from './views.js';
import { audit } from '../audit.js';

export interface RelayDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  outbox: TeamsOutbox;
}

/** A person's message for whoever has (or should pick up) their handoff. */
export async function relayToCoordinator(deps: RelayDeps, handoffId: string, messageId: string): Promise<void> {
  const { db, outbox } = deps;
  const [handoff, message, urgent] = await Promise.all([
    db.handoff.findUnique({ where: { id: handoffId }, include: { person: { select: { phone: true } } } }),
    db.message.findUnique({ where: { id: messageId }, select: { body: true } }),
    db.safetyEvent.count({ where: { messageId, level: 'urgent' } }),
  ]);
  if (!handoff || !message?.body) return; // erased since: nothing to pass on
  if (handoff.status !== 'open' && handoff.status !== 'claimed') return;
  const person = personOf(handoff);
  if (handoff.status === 'claimed' && handoff.claimedById) {
    const write = await outbox.toStaffOp(
      handoff.claimedById,
      `relay:${messageId}`,
      {
        text: urgent > 0 ? say.relayUrgentFromPerson(person, message.body) : say.relayFromPerson(person, message.body),
      },
      handoffId,
    );
    if (write) return outbox.commit([write.op]);
    deps.log.warn({ handoffId }, 'the claiming coordinator has no chat with the bot yet: relaying to everyone');
  }
  await outbox.notifyCoordinators({
    dedupeKey: `relay:${messageId}`,
    text: say.relayWhileUnclaimed(person, message.body),
    handoffId,
  });
}

export type RelayOutcome = { sent: true } | { sent: false; reply: string };

/** A coordinator's plain message in their own chat, for the person they are talking with. */
export async function relayToPerson(
  deps: RelayDeps,
  staff: StaffEntry,
  text: string,
  activityId: string,
): Promise<RelayOutcome> {
  const { db, clock } = deps;
  const me = await db.staff.findUnique({ where: { id: staff.id }, select: { activeHandoffId: true } });
  const handoffId = me?.activeHandoffId;
  const handoff = handoffId
    ? await db.handoff.findUnique({
        where: { id: handoffId },
        include: { person: { select: { id: true, phone: true, optedOutAt: true, teamsRef: true } } },
      })
    : null;
  if (!handoff || handoff.status !== 'claimed' || handoff.claimedById !== staff.id) {
    if (handoffId) await db.staff.update({ where: { id: staff.id }, data: { activeHandoffId: null } });
    return { sent: false, reply: say.noActiveRelay() };
  }
  const person = personOf(handoff);
  const now = clock.now();
  const ops: Op[] = [];
  const dedupeKey = `coordinator:${activityId}`;
  if (handoff.channel === 'teams') {
    const ref = handoff.person.teamsRef;
    const conversationId = conversationIdOf(ref);
    if (!conversationId) return { sent: false, reply: say.cannotReach(person, 'we have no Teams chat with them') };
    ops.push(
      enqueue(
        db,
        {
          dedupeKey,
          channel: 'teams',
          target: conversationId,
          payload: { text, reference: ref as JsonObject },
          handoffId: handoff.id,
        },
        now,
      ),
      db.message.create({
        data: {
          createdAt: now,
          personId: handoff.person.id,
          staffId: staff.id,
          handoffId: handoff.id,
          direction: 'out',
          channel: 'teams',
          body: text,
          status: 'queued',
        },
      }),
    );
  } else {
    if (!handoff.person.phone)
      return { sent: false, reply: say.cannotReach(person, 'we have no phone number for them') };
    if (handoff.person.optedOutAt)
      return { sent: false, reply: say.cannotReach(person, 'they have opted out of texts (STOP)') };
    // The SMS's Message row is written when Twilio accepts it (bot/sms/sent.ts), keyed by its SID.
    ops.push(
      enqueue(
        db,
        { dedupeKey, channel: 'sms', target: handoff.person.phone, payload: { text }, handoffId: handoff.id },
        now,
      ),
    );
  }
  ops.push(audit(db, now, `staff:${staff.id}`, 'handoff.message', 'handoff', handoff.id));
  await deps.outbox.commit(ops);
  return { sent: true };
}
