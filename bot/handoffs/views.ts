// Loads what the coordinator cards show, in one query each: a handoff with its person, claimant and safety flags;
// a safety alert with its message, person and acknowledger. Also the one mapping from a handoff row to the person
// the coordinators' words name (personOf).
import { QUESTION_ORDER, type Profile } from '../../flows/intake/questions.js';
import { profileName, readProfile } from '../../flows/intake/stored-profile.js';
import type { AlertView, HandoffStatus, HandoffView, PersonView } from '../../dialogs/coordinator/index.js';
import { isFollowUp, isOutcome } from '../../dialogs/coordinator/index.js';
import { isObject } from '../../shared/json.js';
import type { Db } from '../db/client.js';

const STATUSES: readonly HandoffStatus[] = ['open', 'claimed', 'returned', 'closed'];

export async function loadHandoffView(db: Db, id: string): Promise<HandoffView | null> {
  const row = await db.handoff.findUnique({
    where: { id },
    include: {
      person: {
        select: {
          phone: true,
          safetyEvents: {
            orderBy: { createdAt: 'desc' },
            take: 5,
            select: { level: true, createdAt: true, acknowledgedAt: true },
          },
        },
      },
      claimedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  const profile = readProfile(row.profile);
  return {
    id: row.id,
    createdAt: row.createdAt,
    person: personOf(row),
    reason: row.reason,
    status: STATUSES.find((s) => s === row.status) ?? 'open',
    urgent: row.urgent,
    answers: answerList(profile),
    goals: profile.goals,
    claimedBy: row.claimedBy?.name ?? null,
    outcome: isOutcome(row.outcome) ? row.outcome : null,
    deliveryIssue: row.deliveryIssue,
    safety: row.person.safetyEvents.map((s) => ({
      level: s.level === 'urgent' ? 'urgent' : 'concern',
      at: s.createdAt,
      acknowledged: s.acknowledgedAt !== null,
    })),
  };
}

export async function loadAlertView(db: Db, id: string, round: number): Promise<AlertView | null> {
  const row = await db.safetyEvent.findUnique({
    where: { id },
    include: {
      person: {
        select: {
          id: true,
          phone: true,
          erasedAt: true,
          optedOutAt: true,
          teamsRef: true,
          conversation: { select: { snapshot: true } },
          handoffs: {
            orderBy: { createdAt: 'desc' },
            take: 1,
            select: { id: true, status: true, profile: true, claimedBy: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  const [message, staff, acknowledger, followUp] = await Promise.all([
    row.messageId ? db.message.findUnique({ where: { id: row.messageId }, select: { body: true } }) : null,
    row.staffId ? db.staff.findUnique({ where: { id: row.staffId }, select: { name: true } }) : null,
    row.acknowledgedById ? db.staff.findUnique({ where: { id: row.acknowledgedById }, select: { name: true } }) : null,
    loadFollowUp(db, row.id),
  ]);
  const handoff = row.person?.handoffs[0];
  const openHandoff = handoff && (handoff.status === 'open' || handoff.status === 'claimed') ? handoff.id : null;
  const name = profileName(
    readProfile(handoff ? handoff.profile : field(field(row.person?.conversation?.snapshot, 'context'), 'profile')),
  );
  const person: PersonView | null = row.person
    ? { name, phone: row.person.phone, channel: row.channel === 'teams' ? 'teams' : 'sms' }
    : row.staffId
      ? null
      : { name: null, phone: null, channel: row.channel === 'teams' ? 'teams' : 'sms' };
  return {
    followUp,
    id: row.id,
    level: row.level === 'urgent' ? 'urgent' : 'concern',
    at: row.createdAt,
    person,
    staffName: staff?.name ?? null,
    text: message?.body ?? null,
    reasons: Array.isArray(row.reasons) ? row.reasons.filter((r): r is string => typeof r === 'string') : [],
    round,
    acknowledgedBy: acknowledger?.name ?? (row.acknowledgedAt ? 'a coordinator' : null),
    acknowledgedAt: row.acknowledgedAt,
    handoffId: openHandoff,
    claimedBy: openHandoff && handoff?.status === 'claimed' ? (handoff.claimedBy?.name ?? 'A coordinator') : null,
    reachable: Boolean(
      row.person &&
      !row.person.erasedAt &&
      ((row.person.phone && !row.person.optedOutAt) || (row.channel === 'teams' && row.person.teamsRef)),
    ),
  };
}

/** The follow-up recorded on an alert (the audit line `safety.followup`), with who recorded it. */
async function loadFollowUp(db: Db, id: string): Promise<AlertView['followUp']> {
  const line = await db.auditEvent.findFirst({
    where: { action: 'safety.followup', subjectType: 'safety', subjectId: id },
    orderBy: { at: 'desc' },
    select: { at: true, actor: true, detail: true },
  });
  const outcome = isObject(line?.detail) ? line.detail['outcome'] : undefined;
  if (!line || !isFollowUp(outcome)) return null;
  const staffId = line.actor.startsWith('staff:') ? line.actor.slice('staff:'.length) : null;
  const by = staffId ? await db.staff.findUnique({ where: { id: staffId }, select: { name: true } }) : null;
  return { outcome, by: by?.name ?? 'a coordinator', at: line.at };
}

/** The person a handoff is about, as the coordinators' cards and messages name them. */
export function personOf(handoff: { profile: unknown; channel: string; person: { phone: string | null } }): PersonView {
  return {
    name: profileName(readProfile(handoff.profile)),
    phone: handoff.person.phone,
    channel: handoff.channel === 'teams' ? 'teams' : 'sms',
  };
}

/** Their answers in the order the questions are asked (goals apart). */
function answerList(profile: Profile): { question: string; answer: string }[] {
  return QUESTION_ORDER.flatMap((question) => {
    const answer = question === 'goals' ? undefined : profile.answers[question];
    return answer === undefined ? [] : [{ question, answer }];
  });
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}
