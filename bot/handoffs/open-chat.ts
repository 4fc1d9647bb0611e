// "Open a chat with them" on an urgent alert for someone with no handoff: the coordinator who taps it gets a new
// handoff, already claimed by them, and the relay starts at once; the alert counts as acknowledged by them. The
// acknowledgement is the lock: of two coordinators tapping at once, one opens the chat, the other is told who did.
import { randomUUID } from 'node:crypto';
import { coordinatorMessages as say } from '../../dialogs/coordinator/index.js';
import { audit } from '../audit.js';
import { acknowledgeAlert } from './acknowledge.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { IntakeService } from '../intake/service.js';
import type { Logger } from '../logger.js';
import type { StaffMember } from '../staff/member.js';
import type { TeamsOutbox } from '../teams/services.js';
import type { JsonObject } from '../../shared/json.js';
import { isObject } from '../../shared/json.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import type { HandoffDesk } from './desk.js';
import { personOf } from './views.js';

export interface OpenChatDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  intake: IntakeService;
  outbox: TeamsOutbox;
  desk: HandoffDesk;
}

/** Opens (or, if one appeared meanwhile, claims) the person's handoff; returns what to tell the coordinator. */
export async function openChatFromAlert(
  deps: OpenChatDeps,
  staff: StaffMember,
  safetyEventId: string,
): Promise<string> {
  const { db, clock } = deps;
  const event = await db.safetyEvent.findUnique({
    where: { id: safetyEventId },
    select: {
      personId: true,
      acknowledgedById: true,
      person: { select: { phone: true, erasedAt: true, conversation: { select: { snapshot: true, channel: true } } } },
    },
  });
  if (!event?.personId || !event.person || event.person.erasedAt) return say.notFound();
  const open = await db.handoff.findFirst({
    where: { personId: event.personId, status: { in: ['open', 'claimed'] } },
    select: { id: true },
  });
  if (open) {
    // A handoff was opened meanwhile: this is Claim (or "already claimed by …").
    const result = await deps.desk.act(staff, open.id, { kind: 'claim' });
    if (result.changed) await acknowledgeAlert(db, clock.now(), staff.id, safetyEventId);
    return result.message ?? say.alreadyYours();
  }
  const now = clock.now();
  const won = await acknowledgeAlert(db, now, staff.id, safetyEventId);
  if (!won) {
    const by =
      event.acknowledgedById ?? (await db.safetyEvent.findUnique({ where: { id: safetyEventId } }))?.acknowledgedById;
    const name = by ? (await db.staff.findUnique({ where: { id: by }, select: { name: true } }))?.name : null;
    return say.alreadyAcknowledged(name ?? 'Another coordinator');
  }
  const snapshot: unknown = event.person.conversation?.snapshot;
  const context: unknown = isObject(snapshot) ? snapshot['context'] : undefined;
  const profile = (isObject(context) && isObject(context['profile']) ? context['profile'] : {}) as JsonObject;
  const channel = event.person.conversation?.channel === 'teams' ? 'teams' : 'sms';
  const handoffId = randomUUID();
  await db.$transaction([
    db.handoff.create({
      data: {
        id: handoffId,
        createdAt: now,
        personId: event.personId,
        channel,
        reason: 'safety',
        urgent: true,
        profile,
        status: 'claimed',
        claimedById: staff.id,
        claimedAt: now,
      },
    }),
    db.staff.update({ where: { id: staff.id }, data: { activeHandoffId: handoffId } }),
    audit(db, now, `staff:${staff.id}`, 'handoff.opened', 'handoff', handoffId, { from: 'safety' }),
    // Its card, with Return and Close, goes to the coordinators' chats like any handoff's.
    scheduleJob(db, {
      kind: JobKinds.handoffCreated,
      key: `handoff:${handoffId}:created`,
      runAt: now,
      payload: { handoffId },
    }),
  ]);
  try {
    await deps.intake.dispatch(event.personId, {
      type: 'COORDINATOR_CLAIMED',
      at: now.toISOString(),
      coordinatorName: staff.name,
    });
  } catch (err) {
    deps.log.error({ err, handoffId }, 'could not tell the person a coordinator opened a chat with them');
  }
  await deps.outbox.commit(await deps.outbox.refreshOps('safety', safetyEventId));
  // The handoff just opened, as personOf reads any handoff.
  return say.relayStarted(personOf({ profile, channel, person: event.person }));
}
